import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['lambdakit-source'] },
  ssr: { resolve: { conditions: ['lambdakit-source'] } },
  test: {
    include: ['{src,events,decorators,test}/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});

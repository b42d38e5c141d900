import { defineConfig } from 'vitest/config';

/** The browser tests (`npm run test:browser`): Chromium through playwright-core, apart from `npm test`. */
export default defineConfig({
  resolve: { conditions: ['lambdakit-source'] },
  ssr: { resolve: { conditions: ['lambdakit-source'] } },
  test: {
    include: ['test-browser/**/*.test.ts'],
    testTimeout: 90_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});

import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.js';
import { type Emulator, type EmulatorOptions, startEmulator } from '../../src/emulator/index.js';
import { captureIo } from '../cli/support/capture.js';
import { REPO_ROOT } from '../cli/support/project.js';
import { readZip } from './support/read-zip.js';
import { readSamTemplate } from './support/sam-template.js';

function sample(name: string): unknown {
  return JSON.parse(readFileSync(join(REPO_ROOT, 'events', 'examples', `${name}.json`), 'utf8'));
}

/** Each example, and one invocation its deployed function must answer. */
const EXAMPLES: {
  name: string;
  emulator?: Partial<EmulatorOptions>;
  /** `module`: the bundle stays an ES module (no script start, no code cache). @default 'script' */
  start?: 'module';
  tryIt(emulator: Emulator): Promise<void>;
}[] = [
  {
    name: 'hello',
    async tryIt(emulator) {
      expect(await (await fetch(`${emulator.url}/hello/zip`)).json()).toEqual({ message: 'Hello, zip!' });
    },
  },
  {
    name: 'queue-worker',
    async tryIt(emulator) {
      expect((await emulator.invoke(sample('sqs'))).json()).toEqual({ batchItemFailures: [] });
    },
  },
  {
    name: 'schedule',
    async tryIt(emulator) {
      const report = (await emulator.invoke(sample('scheduled'))).json();
      expect(report).toMatchObject({
        rule: 'arn:aws:events:us-east-1:123456789012:rule/nightly-report',
        scheduledFor: '2024-11-27T08:00:00Z',
      });
    },
  },
  {
    name: 'stream',
    emulator: { httpFormat: 'function-url' },
    // It starts its loop with a top-level await, which only an ES module can hold.
    start: 'module',
    async tryIt(emulator) {
      const response = await fetch(`${emulator.url}/count/3`);
      expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(await response.text()).toBe('line 1 of 3\nline 2 of 3\nline 3 of 3\n');
    },
  },
];

describe.each(EXAMPLES)(
  'examples/$name deploys with SAM',
  { timeout: 180_000 },
  ({ name, emulator: options, start, tryIt }) => {
    const folder = join(REPO_ROOT, 'examples', name);
    const unzipped = mkdtempSync(join(tmpdir(), `lambdakit-${name}-zip-`));
    afterAll(() => rmSync(unzipped, { recursive: true, force: true }));

    it('has a template whose every function runs what `lambdakit build --zip` makes', async () => {
      const template = readSamTemplate(join(folder, 'template.yaml'));
      expect(template.transform).toBe('AWS::Serverless-2016-10-31');
      expect(template.functions.length).toBeGreaterThan(0);

      const build = captureIo(folder);
      // The template's own command, bundling lambdakit from its sources (the tests run without dist/).
      expect(await runCli(['build', 'index.ts', '--zip', '--conditions', 'lambdakit-source'], build.io)).toBe(
        0,
      );
      expect(build.out.join('\n')).toMatch(/zip\s+dist-lambda\.zip\s+[\d.]+ [kM]B/);

      for (const { properties } of template.functions) {
        expect(properties.Runtime).toBe('provided.al2023');
        expect(String(properties.CodeUri)).toMatch(/^dist-lambda\/?$/);
        const code = resolve(folder, String(properties.CodeUri));
        expect(existsSync(join(code, String(properties.Handler)))).toBe(true);
        expect(existsSync(join(code, 'index.mjs'))).toBe(true);
      }

      const entries = await readZip(readFileSync(join(folder, 'dist-lambda.zip')));
      expect(entries.map((entry) => [entry.name, entry.mode.toString(8)])).toEqual([
        ['bootstrap', '100755'],
        ['index.mjs', '100644'],
        ['index.mjs.map', '100644'],
        ['index.mjs.LEGAL.txt', '100644'],
        ...(start === 'module'
          ? []
          : [
              ['start.cjs', '100644'],
              ['index.mjs.cache', '100644'],
            ]),
      ]);
      for (const entry of entries)
        writeFileSync(join(unzipped, entry.name), entry.data, { mode: entry.mode & 0o777 });
    });

    it("serves invocations from the Runtime API with the zip's bootstrap", async () => {
      const emulator = await startEmulator({
        command: [join(unzipped, 'bootstrap')],
        output: 'ignore',
        ...options,
      });
      try {
        await tryIt(emulator);
      } finally {
        await emulator.stop();
      }
    });
  },
);

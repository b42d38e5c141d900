import { afterEach, describe, expect, it } from 'vitest';
import { type ExtensionsFolder, extensionsFolder } from './support/extensions.js';
import { VERSATILE_FUNCTION } from './support/functions.js';
import { eventually, record, startTestEmulator, type TestEmulator } from './support/start.js';

/** The versatile function, plus `{ action: 'lines', n }`: prints n lines, then answers. */
const CHATTY_FUNCTION = VERSATILE_FUNCTION.replace(
  "case 'echo': {",
  `case 'lines': {
      for (let i = 0; i < event.n; i += 1) console.log('line ' + i);
      return respond(id, { printed: event.n });
    }
    case 'echo': {`,
);

describe('Telemetry API and Logs API', () => {
  let t: TestEmulator | undefined;
  let folder: ExtensionsFolder | undefined;
  afterEach(async () => {
    await t?.close();
    folder?.cleanup();
    t = undefined;
    folder = undefined;
  });

  async function start(subscription: object, path?: string) {
    folder = extensionsFolder(['watcher']);
    t = await startTestEmulator(
      {
        extensionsDir: folder.dir,
        prewarm: true,
        env: {
          EXT_LOG: folder.logFile,
          EXT_MODE_watcher: 'telemetry',
          EXT_SUBSCRIBE: JSON.stringify(subscription),
          ...(path ? { EXT_SUBSCRIBE_PATH: path } : {}),
        },
      },
      CHATTY_FUNCTION,
    );
    return { t, folder };
  }

  const records = (folder: ExtensionsFolder) =>
    folder.steps('batch').flatMap((entry) => (Array.isArray(entry.records) ? entry.records : []).map(record));

  it('delivers the requested types, in order, with measured durations and memory', async () => {
    const { t, folder } = await start({
      schemaVersion: '2022-12-13',
      types: ['platform', 'function'],
      buffering: { maxItems: 1000, maxBytes: 262144, timeoutMs: 25 },
    });
    const result = await t.emulator.invoke({ action: 'echo' });
    await eventually(() => records(folder).some((r) => r.type === 'platform.report'), 10_000);
    expect(folder.steps('subscribe')[0]).toMatchObject({ status: 200, body: 'OK' });
    const all = records(folder);
    const types = all.map((r) => r.type);
    expect(types).not.toContain('extension');
    expect(types.filter((type) => type !== 'function')).toEqual([
      'platform.initStart',
      'platform.extension',
      'platform.telemetrySubscription',
      'platform.initRuntimeDone',
      'platform.initReport',
      'platform.start',
      'platform.runtimeDone',
      'platform.report',
    ]);
    const line = all.find((r) => r.type === 'function' && r.record === `echo ${result.requestId}`);
    expect(types.indexOf('function', types.indexOf('platform.start'))).toBe(all.indexOf(line!));
    for (const r of all) expect(Number.isNaN(Date.parse(String(r.time)))).toBe(false);
    const report = record(all.find((r) => r.type === 'platform.report')?.record);
    expect(report.requestId).toBe(result.requestId);
    expect(report.status).toBe('success');
    const metrics = record(report.metrics);
    expect(metrics.durationMs).toBeGreaterThan(0);
    expect(metrics.billedDurationMs).toBe(Math.ceil(Number(metrics.durationMs)));
    expect(metrics.memorySizeMB).toBe(128);
    expect(metrics.maxMemoryUsedMB).toBeGreaterThan(10);
    expect(metrics.initDurationMs).toBeGreaterThan(0);
    const runtimeDone = record(all.find((r) => r.type === 'platform.runtimeDone')?.record);
    expect(runtimeDone.status).toBe('success');
    expect(record(runtimeDone.metrics).producedBytes).toBeGreaterThan(0);
    expect((runtimeDone.spans as unknown[]).map((span) => record(span).name)).toEqual([
      'responseLatency',
      'responseDuration',
    ]);
    // A warm invocation's report has no init duration.
    await t.emulator.invoke({ action: 'echo' });
    await eventually(() => records(folder).filter((r) => r.type === 'platform.report').length === 2, 10_000);
    const warm = records(folder).filter((r) => r.type === 'platform.report')[1];
    expect(record(record(warm?.record).metrics).initDurationMs).toBeUndefined();
  });

  it('flushes a batch as soon as it holds maxItems records', async () => {
    const { t, folder } = await start({
      schemaVersion: '2022-07-01',
      types: ['function'],
      buffering: { maxItems: 1000, maxBytes: 1048576, timeoutMs: 30000 },
    });
    await t.emulator.invoke({ action: 'lines', n: 1200 });
    // Long before the 30 s timeout, the first thousand lines arrive as one batch.
    await eventually(() => folder.steps('batch').length >= 1, 10_000);
    const batch = folder.steps('batch')[0]?.records;
    if (!Array.isArray(batch)) throw new TypeError('the first batch is not an array');
    expect(batch).toHaveLength(1000);
    expect(record(batch[0]).record).toBe('line 0');
  });

  it('answers buffering outside AWS ranges with 400 ValidationError', async () => {
    const { folder } = await start({
      schemaVersion: '2022-07-01',
      types: ['platform'],
      buffering: { maxItems: 10, maxBytes: 262144, timeoutMs: 20 },
    });
    await eventually(() => folder.steps('subscribe').length === 1, 10_000);
    const [answer] = folder.steps('subscribe');
    expect(answer?.status).toBe(400);
    expect(record(answer?.body).errorType).toBe('ValidationError');
    expect(String(record(answer?.body).errorMessage)).toContain('buffering.maxItems');
    expect(String(record(answer?.body).errorMessage)).toContain('buffering.timeoutMs');
  });

  it('serves the older Logs API with its own record shapes', async () => {
    const { t, folder } = await start(
      { types: ['platform', 'function'], buffering: { timeoutMs: 25 } },
      '/2020-08-15/logs',
    );
    const result = await t.emulator.invoke({ action: 'echo' });
    await eventually(() => records(folder).some((r) => r.type === 'platform.report'), 10_000);
    const types = records(folder).map((r) => r.type);
    expect(types).not.toContain('platform.initStart');
    expect(types).toContain('platform.logsSubscription');
    expect(types).toContain('platform.end');
    const started = records(folder).find((r) => r.type === 'platform.start');
    expect(started?.record).toEqual({ requestId: result.requestId, version: '$LATEST' });
  });
});

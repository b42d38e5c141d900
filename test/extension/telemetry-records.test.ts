import { Extension, OnLogs, OnTelemetry } from 'lambdakit';
import {
  ExtensionConfigError,
  ReportRecord,
  StartRecord,
  type TelemetryEvent,
  TelemetryParseError,
} from 'lambdakit/extension';
import { describe, expect, it } from 'vitest';
import { defineExtension } from '../../src/extension/extension-definition.js';
import { parseTelemetryBatch } from '../../src/extension/telemetry/parse-telemetry.js';
import { LOGS_API_SCHEMA, TELEMETRY_SCHEMA } from '../../src/extension/telemetry/telemetry-events.js';

const TRACE = {
  spanId: '24cd7d670fa455f0',
  type: 'X-Amzn-Trace-Id',
  value: 'Root=1-6352a70e-1e2c502e358361800241fd45;Sampled=1',
};
const ID = '459921b5-681c-4a96-beb0-81e0aa586026';

/** A batch as the Telemetry API (schema 2022-12-13) posts it, one record of each kind. */
const BATCH = [
  {
    time: '2026-12-02T04:00:00.000Z',
    type: 'platform.initStart',
    record: {
      initializationType: 'on-demand',
      phase: 'init',
      runtimeVersion: 'nodejs:22.v40',
      functionName: 'orders',
      functionVersion: '$LATEST',
    },
  },
  {
    time: '2026-12-02T04:00:00.010Z',
    type: 'platform.telemetrySubscription',
    record: { name: 'timings', state: 'Subscribed', types: ['platform', 'function'] },
  },
  {
    time: '2026-12-02T04:00:00.200Z',
    type: 'platform.initRuntimeDone',
    record: { initializationType: 'on-demand', phase: 'init', status: 'success' },
  },
  {
    time: '2026-12-02T04:00:00.201Z',
    type: 'platform.initReport',
    record: {
      initializationType: 'on-demand',
      phase: 'init',
      status: 'success',
      metrics: { durationMs: 201.5 },
    },
  },
  {
    time: '2026-12-02T04:00:00.300Z',
    type: 'platform.start',
    record: { requestId: ID, version: '$LATEST', tracing: TRACE },
  },
  {
    time: '2026-12-02T04:00:00.305Z',
    type: 'function',
    record: '2026-12-02T04:00:00.305Z\tabc\tINFO\thello\n',
  },
  {
    time: '2026-12-02T04:00:00.306Z',
    type: 'function',
    record: { timestamp: '2026-12-02T04:00:00.306Z', level: 'INFO', requestId: ID, message: { a: 1 } },
  },
  {
    time: '2026-12-02T04:00:00.310Z',
    type: 'platform.runtimeDone',
    record: {
      requestId: ID,
      status: 'success',
      tracing: TRACE,
      spans: [{ name: 'responseLatency', start: '2026-12-02T04:00:00.300Z', durationMs: 9.5 }],
      metrics: { durationMs: 10.2, producedBytes: 8 },
    },
  },
  {
    time: '2026-12-02T04:00:00.311Z',
    type: 'platform.report',
    record: {
      requestId: ID,
      status: 'success',
      metrics: {
        durationMs: 10.4,
        billedDurationMs: 11,
        memorySizeMB: 128,
        maxMemoryUsedMB: 70,
        initDurationMs: 201.5,
      },
      tracing: TRACE,
    },
  },
  { time: '2026-12-02T04:00:00.400Z', type: 'platform.restoreStart', record: { runtimeVersion: 'x' } },
];

describe('Telemetry API batches', () => {
  it('turns every known record into its validated class and keeps log lines as they came', async () => {
    const events = (await parseTelemetryBatch(JSON.stringify(BATCH), TELEMETRY_SCHEMA)) as TelemetryEvent[];
    expect(events.map((event) => event.type)).toEqual([
      'platform.initStart',
      'platform.telemetrySubscription',
      'platform.initRuntimeDone',
      'platform.initReport',
      'platform.start',
      'function',
      'function',
      'platform.runtimeDone',
      'platform.report',
      'untyped',
    ]);
    const start = events[4]!;
    expect(start.record).toBeInstanceOf(StartRecord);
    const report = events[8]!;
    if (report.type !== 'platform.report') throw new Error('expected a report');
    expect(report.record).toBeInstanceOf(ReportRecord);
    expect(report.record.metrics).toMatchObject({
      durationMs: 10.4,
      billedDurationMs: 11,
      initDurationMs: 201.5,
    });
    expect(report.record.tracing?.value).toBe(TRACE.value);
    expect(events[5]!.record).toBe('2026-12-02T04:00:00.305Z\tabc\tINFO\thello\n');
    expect(events[6]!.record).toEqual(BATCH[6]!.record);
  });

  it('passes a record type it does not know on untyped, with the type Lambda sent', async () => {
    const events = (await parseTelemetryBatch(
      JSON.stringify(BATCH.slice(-1)),
      TELEMETRY_SCHEMA,
    )) as TelemetryEvent[];
    expect(events).toEqual([
      {
        time: '2026-12-02T04:00:00.400Z',
        type: 'untyped',
        recordType: 'platform.restoreStart',
        record: { runtimeVersion: 'x' },
      },
    ]);
  });

  it('passes a known record that does not validate on untyped, saying why', async () => {
    const broken = [{ time: 't', type: 'platform.report', record: { requestId: ID, status: 'success' } }];
    const [event] = (await parseTelemetryBatch(JSON.stringify(broken), TELEMETRY_SCHEMA)) as TelemetryEvent[];
    expect(event).toMatchObject({
      type: 'untyped',
      recordType: 'platform.report',
      record: broken[0]!.record,
    });
    expect(event?.type === 'untyped' && event.problem).toMatch(/metrics/);
  });

  it('reads Logs API batches with their own record types', async () => {
    const batch = [
      { time: 't1', type: 'platform.start', record: { requestId: ID, version: '$LATEST' } },
      { time: 't2', type: 'platform.end', record: { requestId: ID } },
      {
        time: 't3',
        type: 'platform.report',
        record: {
          requestId: ID,
          metrics: { durationMs: 1, billedDurationMs: 1, memorySizeMB: 128, maxMemoryUsedMB: 60 },
        },
      },
      { time: 't4', type: 'platform.fault', record: 'RequestId: x Process exited before completing request' },
      {
        time: 't5',
        type: 'platform.logsSubscription',
        record: { name: 'x', state: 'Subscribed', types: ['function'] },
      },
    ];
    const events = (await parseTelemetryBatch(JSON.stringify(batch), LOGS_API_SCHEMA)) as { type: string }[];
    expect(events.map((event) => event.type)).toEqual(batch.map((item) => item.type));
  });

  it.each([
    ['not JSON', '[{"time":'],
    ['not an array', '{"time":"t","type":"function","record":"x"}'],
    ['an item without a type', '[{"time":"t","record":"x"}]'],
  ])('refuses a batch that is %s with a TelemetryParseError', async (_case, text) => {
    await expect(parseTelemetryBatch(text, TELEMETRY_SCHEMA)).rejects.toBeInstanceOf(TelemetryParseError);
  });
});

describe('extension declarations Lambda would refuse fail at init, naming the class', () => {
  it('an internal extension asking for SHUTDOWN', () => {
    @Extension()
    class Closer {
      onShutdown() {}
    }
    expect(() => defineExtension(Closer, 'internal')).toThrow(/Closer asks for SHUTDOWN/);
    expect(defineExtension(Closer, 'external').events).toEqual(['SHUTDOWN']);
  });

  it('an event without its method', () => {
    @Extension({ events: ['INVOKE'] })
    class Silent {}
    expect(() => defineExtension(Silent, 'external')).toThrow(
      'Silent registers for INVOKE but has no onInvoke(event) method',
    );
  });

  it('two subscriptions', () => {
    @Extension()
    class Greedy {
      @OnTelemetry() a() {}
      @OnLogs() b() {}
    }
    expect(() => defineExtension(Greedy, 'external')).toThrow(/Greedy has 2 @OnTelemetry\/@OnLogs methods/);
  });

  it.each([
    [{ maxItems: 999 }, 'buffering.maxItems is 999; Lambda accepts whole numbers from 1000 to 10000'],
    [
      { maxBytes: 2_000_000 },
      'buffering.maxBytes is 2000000; Lambda accepts whole numbers from 262144 to 1048576',
    ],
    [{ timeoutMs: 10 }, 'buffering.timeoutMs is 10; Lambda accepts whole numbers from 25 to 30000'],
  ])('buffering out of AWS range %o', (buffering, message) => {
    @Extension()
    class Buffered {
      @OnTelemetry({ buffering }) receive() {}
    }
    expect(() => defineExtension(Buffered, 'external')).toThrow(ExtensionConfigError);
    expect(() => defineExtension(Buffered, 'external')).toThrow(`Buffered: telemetry ${message}`);
  });

  it('fills in AWS defaults for buffering', () => {
    @Extension()
    class Defaults {
      @OnTelemetry({ buffering: { timeoutMs: 100 } }) receive() {}
    }
    expect(defineExtension(Defaults, 'internal').subscription).toMatchObject({
      api: 'telemetry',
      types: ['platform', 'function'],
      buffering: { maxItems: 1000, maxBytes: 262_144, timeoutMs: 100 },
    });
  });
});

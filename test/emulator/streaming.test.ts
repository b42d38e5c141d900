import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startTestEmulator, type TestEmulator } from './support/start.js';

interface Received {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  /** Each chunk with the time it arrived, in ms since the request was sent. */
  readonly chunks: { text: string; at: number }[];
  readonly trailers: Record<string, string | undefined>;
}

/** Invokes with node:http so chunk arrival times and trailers are visible. */
function invokeRaw(url: string, event: unknown): Promise<Received> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(`${url}/2015-03-31/functions/function/invocations`, { method: 'POST' }, (res) => {
      const chunks: { text: string; at: number }[] = [];
      res.on('data', (chunk: Buffer) =>
        chunks.push({ text: chunk.toString(), at: performance.now() - started }),
      );
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, chunks, trailers: res.trailers }),
      );
    });
    req.on('error', reject);
    req.end(JSON.stringify(event));
  });
}

describe('streamed responses', () => {
  let t: TestEmulator;
  beforeAll(async () => {
    t = await startTestEmulator();
  });
  afterAll(() => t.close());

  it('pipes chunks to the invoker as they arrive', async () => {
    const received = await invokeRaw(t.emulator.url, { action: 'stream', gapMs: 600 });
    expect(received.status).toBe(200);
    expect(received.headers['content-type']).toBe('text/plain');
    expect(received.headers['transfer-encoding']).toBe('chunked');
    expect(received.chunks.map((chunk) => chunk.text).join('')).toBe('one,two,three');
    const first = received.chunks[0]!;
    const last = received.chunks.at(-1)!;
    expect(first.text).toBe('one,');
    // The first chunk reached the invoker before the function had written the second.
    expect(last.at - first.at).toBeGreaterThanOrEqual(300);
    expect(received.trailers).toEqual({});
  });

  it('passes a mid-stream error through as trailers', async () => {
    const received = await invokeRaw(t.emulator.url, { action: 'stream-error' });
    expect(received.status).toBe(200);
    expect(received.chunks.map((chunk) => chunk.text).join('')).toBe('partial');
    expect(received.trailers['lambda-runtime-function-error-type']).toBe('StreamBroke');
    const body = Buffer.from(
      received.trailers['lambda-runtime-function-error-body'] ?? '',
      'base64',
    ).toString();
    expect(JSON.parse(body)).toEqual({ errorType: 'StreamBroke', errorMessage: 'half way' });
    await eventually(() => t.reports.some((report) => report.errorType === 'StreamBroke'));
    expect(t.reports.find((report) => report.errorType === 'StreamBroke')?.status).toBe('error');
  });

  it('exposes stream trailers through invoke() as well', async () => {
    const result = await t.emulator.invoke({ action: 'stream-error' });
    expect(result.payload).toBe('partial');
    expect(result.trailers['lambda-runtime-function-error-type']).toBe('StreamBroke');
  });

  it('ends a stream that runs past the timeout with timeout trailers', async () => {
    const short = await startTestEmulator({ timeoutSeconds: 0.5 });
    try {
      const received = await invokeRaw(short.emulator.url, { action: 'stream', gapMs: 3000 });
      expect(received.chunks.map((chunk) => chunk.text).join('')).toBe('one,');
      expect(received.trailers['lambda-runtime-function-error-type']).toBe('Sandbox.Timedout');
      const body = Buffer.from(
        received.trailers['lambda-runtime-function-error-body'] ?? '',
        'base64',
      ).toString();
      expect(JSON.parse(body).errorMessage).toMatch(/Task timed out after 0\.50 seconds$/);
    } finally {
      await short.close();
    }
  });
});

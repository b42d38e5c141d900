import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Context } from 'aws-lambda';
import { Controller, createApp, createHandler, Http } from 'lambdakit';
import { HttpResponse } from 'lambdakit/http';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../cli/support/project.js';

async function* lines() {
  yield 'line 1\n';
  yield 'line 2\n';
}

@Controller()
class Streams {
  @Http('GET /text')
  text() {
    return HttpResponse.stream(lines(), {
      contentType: 'text/plain; charset=utf-8',
      headers: { 'x-kind': 'text' },
    });
  }

  @Http('GET /bytes')
  bytes() {
    return HttpResponse.stream([Uint8Array.of(0, 1, 2, 255)], { contentType: 'application/octet-stream' });
  }
}

function functionUrlRequest(path: string): unknown {
  const event = JSON.parse(readFileSync(join(REPO_ROOT, 'events', 'examples', 'function-url.json'), 'utf8'));
  return {
    ...event,
    rawPath: path,
    requestContext: { ...event.requestContext, http: { ...event.requestContext.http, method: 'GET', path } },
  };
}

const context = { awsRequestId: 'req-1', getRemainingTimeInMillis: () => 30_000 } as unknown as Context;

describe('createHandler on a managed Node.js runtime (which buffers every result)', () => {
  const handler = createHandler(createApp({ controllers: [Streams] }));

  it("answers a streamed route's text with the body read to its end, status and headers kept", async () => {
    expect(await handler(functionUrlRequest('/text'), context)).toEqual({
      statusCode: 200,
      headers: expect.objectContaining({ 'content-type': 'text/plain; charset=utf-8', 'x-kind': 'text' }),
      body: 'line 1\nline 2\n',
      isBase64Encoded: false,
    });
  });

  it('sends streamed bytes base64-encoded', async () => {
    expect(await handler(functionUrlRequest('/bytes'), context)).toMatchObject({
      statusCode: 200,
      body: Buffer.from([0, 1, 2, 255]).toString('base64'),
      isBase64Encoded: true,
    });
  });
});

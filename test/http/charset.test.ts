import { Readable } from 'node:stream';
import { Body, Controller, Http, Param, StreamResponse } from 'lambdakit';
import { createHttpHandler, HttpResponse } from 'lambdakit/http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { context } from './support/context.js';
import { eventFor, ROUTABLE_SOURCES } from './support/events.js';

const LATIN1 = 'text/plain; charset=iso-8859-1';

@Controller()
class Texts {
  @Http('GET /text/{charset}')
  text(@Param('charset') charset: string) {
    const words: Record<string, string> = {
      'iso-8859-1': 'café',
      'windows-1252': '5 € – “ok”',
      'us-ascii': 'plain',
    };
    return HttpResponse.text(words[charset] ?? 'café', {
      headers: { 'content-type': `text/plain; charset=${charset}` },
    });
  }

  @Http('GET /bytes')
  bytes() {
    return HttpResponse.binary(Buffer.from('café', 'latin1'), LATIN1);
  }

  @Http('GET /stream')
  stream() {
    return HttpResponse.stream(Readable.from(['caf', 'é']), { contentType: LATIN1 });
  }

  @Http('GET /euro/{charset}')
  euro(@Param('charset') charset: string) {
    return HttpResponse.text('5 €', { headers: { 'content-type': `text/plain; charset=${charset}` } });
  }

  @Http('GET /utf8')
  utf8() {
    return 'café';
  }

  @Http('POST /echo')
  echo(@Body(String) text: string) {
    return { text };
  }
}

const http = createHttpHandler({ controllers: [{ instance: new Texts() }] });
const restStreaming = createHttpHandler({ controllers: [{ instance: new Texts() }], streamRestApi: true });

/** The status, content type and body bytes a result carries, buffered or streamed. */
async function received(result: unknown): Promise<{ status: number; type: string; bytes: Buffer }> {
  if (result instanceof StreamResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of Readable.from(result.body as AsyncIterable<Uint8Array>))
      chunks.push(Buffer.from(chunk));
    const prelude = result.options.prelude ?? {};
    return {
      status: prelude.statusCode ?? 200,
      type: prelude.headers?.['content-type'] ?? '',
      bytes: Buffer.concat(chunks),
    };
  }
  const r = result as {
    statusCode: number;
    body: string;
    isBase64Encoded: boolean;
    headers?: Record<string, string>;
    multiValueHeaders?: Record<string, string[]>;
  };
  const type = r.headers?.['content-type'] ?? r.multiValueHeaders?.['content-type']?.[0] ?? '';
  return { status: r.statusCode, type, bytes: Buffer.from(r.body, r.isBase64Encoded ? 'base64' : 'utf8') };
}

const get = async (source: (typeof ROUTABLE_SOURCES)[number], url: string, handler = http) =>
  received(await handler.handle(eventFor(source, { url }), context));

afterEach(() => {
  vi.restoreAllMocks();
});

describe.each(ROUTABLE_SOURCES)('response text in its declared charset, to %s', (source) => {
  it('sends ISO-8859-1 and windows-1252 text as those bytes, with the header as declared', async () => {
    const latin1 = await get(source, '/text/iso-8859-1');
    expect(latin1.type).toBe(LATIN1);
    expect([...latin1.bytes]).toEqual([0x63, 0x61, 0x66, 0xe9]);
    const windows = await get(source, '/text/windows-1252');
    expect(windows.bytes.toString('hex')).toBe(
      Buffer.from('5 \x80 \x96 \x93ok\x94', 'latin1').toString('hex'),
    );
  });

  it('keeps bytes already encoded, and encodes streamed text chunks', async () => {
    expect((await get(source, '/bytes')).bytes.toString('latin1')).toBe('café');
    expect((await get(source, '/stream')).bytes.toString('latin1')).toBe('café');
  });

  it('leaves UTF-8 text as it was', async () => {
    const utf8 = await get(source, '/utf8');
    expect(utf8.bytes.toString('utf8')).toBe('café');
    expect(utf8.type).toBe('text/plain; charset=utf-8');
  });

  it('answers 500 and logs Http.ResponseEncoding for text the charset cannot carry', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    for (const charset of ['iso-8859-1', 'us-ascii', 'shift_jis']) {
      const failed = await get(source, `/euro/${charset}`);
      expect(failed.status).toBe(500);
      expect(failed.type).toBe('application/problem+json');
    }
    const types = logged.mock.calls.map(([error]) => (error as { errorType?: string }).errorType);
    expect(types).toEqual(['Http.ResponseEncoding', 'Http.ResponseEncoding', 'Http.ResponseEncoding']);
  });
});

describe('a REST API with response streaming', () => {
  it('sends buffered and streamed ISO-8859-1 text as its bytes', async () => {
    const buffered = await get('apigw-v1', '/text/iso-8859-1', restStreaming);
    expect(buffered.bytes.toString('latin1')).toBe('café');
    const streamed = await get('apigw-v1', '/stream', restStreaming);
    expect(streamed.bytes.toString('latin1')).toBe('café');
  });
});

describe.each(ROUTABLE_SOURCES)('request bodies in their declared charset, from %s', (source) => {
  const post = async (charset: string, bytes: Buffer) => {
    const event = eventFor(source, {
      method: 'POST',
      url: '/echo',
      headers: { 'content-type': [`text/plain; charset=${charset}`] },
      body: bytes,
    });
    const result = await received(await http.handle(event, context));
    return { status: result.status, json: JSON.parse(result.bytes.toString('utf8')) as unknown };
  };

  it('decodes ISO-8859-1, windows-1252 and Shift_JIS bytes as text', async () => {
    expect(await post('ISO-8859-1', Buffer.from('café', 'latin1'))).toEqual({
      status: 200,
      json: { text: 'café' },
    });
    expect((await post('windows-1252', Buffer.from([0x35, 0x20, 0x80]))).json).toEqual({ text: '5 €' });
    expect((await post('shift_jis', Buffer.from([0x82, 0xa0]))).json).toEqual({ text: 'あ' });
  });

  it('answers an unknown charset with a 415 problem', async () => {
    const refused = await post('x-unknown', Buffer.from('abc'));
    expect(refused.status).toBe(415);
    expect(refused.json).toMatchObject({ status: 415, title: 'Unsupported Media Type' });
  });
});

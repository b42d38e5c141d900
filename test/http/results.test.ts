import { describe, expect, it } from 'vitest';
import { Http } from '../../decorators/http.js';
import { createHttpHandler } from '../../src/http/handler.js';
import { HttpResponse } from '../../src/http/response.js';
import { context } from './support/context.js';
import { eventFor } from './support/events.js';

class Results {
  @Http('GET /object') object() {
    return { a: 1 };
  }
  @Http('GET /array') array() {
    return [1, 'two'];
  }
  @Http('GET /string') string() {
    return 'plain';
  }
  @Http('GET /bytes') bytes() {
    return new Uint8Array([1, 2, 3]);
  }
  @Http('GET /nothing') nothing() {
    return undefined;
  }
  @Http('GET /redirect') redirect() {
    return HttpResponse.redirect('/elsewhere', 301);
  }
  @Http('POST /created') created() {
    return HttpResponse.json({ id: 7 }, { status: 201, headers: { location: '/created/7' } });
  }
  @Http('GET /svg') svg() {
    return HttpResponse.text('<svg/>').header('content-type', 'image/svg+xml');
  }
}

type Json = Record<string, unknown>;
const http = createHttpHandler({ controllers: [{ instance: new Results() }] });
const get = async (url: string, method = 'GET') =>
  (await http.handle(eventFor('apigw-v2', { method, url }), context)) as Json;

describe('route results', () => {
  it.each([
    ['/object', 200, 'application/json', '{"a":1}', false],
    ['/array', 200, 'application/json', '[1,"two"]', false],
    ['/string', 200, 'text/plain; charset=utf-8', 'plain', false],
    ['/bytes', 200, 'application/octet-stream', 'AQID', true],
    ['/nothing', 204, undefined, '', false],
    ['/svg', 200, 'image/svg+xml', '<svg/>', false],
  ])('%s → %i %s', async (url, status, type, body, base64) => {
    const result = await get(url);
    expect(result).toMatchObject({ statusCode: status, body, isBase64Encoded: base64 });
    expect((result.headers as Json)['content-type']).toBe(type);
  });

  it('builders set status, location and headers', async () => {
    expect(await get('/redirect')).toMatchObject({
      statusCode: 301,
      headers: { location: '/elsewhere' },
      body: '',
    });
    expect(await get('/created', 'POST')).toMatchObject({
      statusCode: 201,
      headers: { location: '/created/7', 'content-type': 'application/json' },
      body: '{"id":7}',
    });
  });
});

import { IsString } from 'class-validator';
import { Body, Controller, Cookie, createApp, Header, Http, Param, Query, Req } from 'lambdakit';
import type { HttpRequest } from 'lambdakit/http';
import { afterEach, describe, expect, it } from 'vitest';
import { context } from './support/context.js';
import { eventFor, ROUTABLE_SOURCES, type RoutableSource } from './support/events.js';

const KEYS = ['__proto__', 'constructor', 'prototype'] as const;

class Note {
  @IsString() text!: string;
}

@Controller()
class Probe {
  @Http('GET /keys/{name}')
  keys(
    @Req() req: HttpRequest,
    @Param('name') name: string,
    @Query('__proto__') query: unknown,
    @Header('__proto__') header: unknown,
    @Cookie('__proto__') cookie: unknown,
    @Cookie('constructor') cookieCtor: unknown,
    @Cookie('toString') absent: unknown,
  ) {
    return {
      name,
      query,
      queries: KEYS.map((key) => req.query.getAll(key)),
      header,
      cookie,
      cookieCtor,
      absent: typeof absent,
      inherited: ['toString', 'hasOwnProperty'].filter((key) => key in req.cookies || key in req.params),
      pathParameters: Object.keys(req.pathParameters).sort(),
    };
  }

  @Http('POST /notes')
  create(@Body(Note) note: Note) {
    return { isNote: note instanceof Note, keys: Object.getOwnPropertyNames(note).sort(), text: note.text };
  }
}

const app = createApp({ controllers: [Probe] });
const pristine = Object.getOwnPropertyNames(Object.prototype).sort();

/** Adds own `__proto__`/`constructor`/`prototype` entries (as JSON.parse makes them) to a map. */
function addOwnKeys(map: unknown, multi: boolean): void {
  if (typeof map !== 'object' || map === null) return;
  for (const key of KEYS) {
    Object.defineProperty(map, key, { value: multi ? ['x'] : 'x', enumerable: true, writable: true });
  }
}

/** An event of `source` whose query, header and path-parameter maps carry the dangerous keys. */
function hostileEvent(source: RoutableSource): Record<string, unknown> {
  const event = eventFor(source, {
    url: '/keys/__proto__?a=1',
    headers: { cookie: ['__proto__=c; constructor=c'], 'x-a': ['1'] },
  });
  if (typeof event.rawQueryString === 'string') {
    event.rawQueryString += KEYS.map((k) => `&${k}=x`).join('');
  }
  addOwnKeys(event.headers, source === 'lattice-v2');
  addOwnKeys(event.multiValueHeaders, true);
  addOwnKeys(event.queryStringParameters, source === 'lattice-v2');
  addOwnKeys(event.multiValueQueryStringParameters, true);
  addOwnKeys(event.query_string_parameters, false);
  event.pathParameters = JSON.parse('{"__proto__":"x","constructor":"x","name":"__proto__"}');
  return event;
}

afterEach(() => {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(pristine);
  expect(Reflect.get({}, 'polluted')).toBeUndefined();
});

describe.each(ROUTABLE_SOURCES)('__proto__, constructor and prototype keys from %s', (source) => {
  it('arrive as plain data in query, headers, cookies and parameters, inheriting nothing', async () => {
    const result = (await app.dispatch(hostileEvent(source), context)) as {
      statusCode: number;
      body: string;
    };
    expect(result.statusCode).toBe(200);
    const seen = JSON.parse(result.body);
    expect(seen).toMatchObject({
      name: '__proto__',
      query: 'x',
      header: expect.stringContaining('x'),
      cookie: 'c',
      cookieCtor: 'c',
      absent: 'undefined',
      inherited: [],
    });
    expect(seen.queries.every((values: string[]) => values.includes('x'))).toBe(true);
    if (source === 'apigw-v1' || source === 'apigw-v2' || source === 'function-url') {
      expect(seen.pathParameters).toEqual(['__proto__', 'constructor', 'name']);
    }
  });

  it('are dropped from a @Body(Dto), which still validates', async () => {
    const post = (body: string) =>
      app.dispatch(
        eventFor(source, {
          method: 'POST',
          url: '/notes',
          headers: { 'content-type': ['application/json'] },
          body,
        }),
        context,
      ) as Promise<{ statusCode: number; body: string }>;
    const hostile =
      '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"prototype":1,"text":"hi"}';
    const accepted = await post(hostile);
    expect(JSON.parse(accepted.body)).toEqual({ isNote: true, keys: ['prototype', 'text'], text: 'hi' });
    const invalid = await post('{"__proto__":{"text":"inherited"},"constructor":{"name":"Object"}}');
    expect(invalid.statusCode).toBe(400);
  });
});

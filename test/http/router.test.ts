import { describe, expect, it } from 'vitest';
import { Http } from '../../decorators/http.js';
import { createHttpHandler } from '../../src/http/handler.js';
import type { HttpRequest } from '../../src/http/request.js';
import { RouteConflictError, RouteDefinitionError } from '../../src/http/router/route-errors.js';
import { Router } from '../../src/http/router/router.js';
import { context } from './support/context.js';
import { eventFor } from './support/events.js';

describe('Router', () => {
  const router = new Router<string>();
  router.add('GET /users/me', 'me');
  router.add('GET /users/{id}', 'user');
  router.add('GET /users/{proxy+}', 'users-greedy');
  router.add('ANY /files/{path+}', 'files');
  router.add('POST /files/upload', 'upload');
  router.add('DELETE /users/{id}', 'delete-user');
  router.add('/anything', 'bare-any');

  it.each([
    ['GET', '/users/me', 'me', {}],
    ['GET', '/users/42', 'user', { id: '42' }],
    ['GET', '/users/42/posts/7', 'users-greedy', { proxy: '42/posts/7' }],
    ['DELETE', '/users/me', 'delete-user', { id: 'me' }],
    ['PUT', '/files/a/b.txt', 'files', { path: 'a/b.txt' }],
    ['POST', '/files/upload', 'upload', {}],
    ['GET', '/files/upload', 'files', { path: 'upload' }],
    ['PATCH', '/anything', 'bare-any', {}],
    ['GET', '/users/a%20b/', 'user', { id: 'a b' }],
  ])('%s %s → %s', (method, path, value, params) => {
    expect(router.match(method, path)).toMatchObject({ kind: 'found', value, params });
  });

  it('static beats param beats greedy whatever the order they were added in', () => {
    const reversed = new Router<string>();
    reversed.add('GET /{proxy+}', 'greedy');
    reversed.add('GET /a/{x}', 'param');
    reversed.add('GET /a/b', 'static');
    expect(reversed.match('GET', '/a/b')).toMatchObject({ value: 'static' });
    expect(reversed.match('GET', '/a/c')).toMatchObject({ value: 'param' });
    expect(reversed.match('GET', '/a/c/d')).toMatchObject({ value: 'greedy' });
    expect(reversed.match('GET', '/')).toEqual({ kind: 'not-found' });
  });

  it('an exact method beats ANY on the same shape, and HEAD falls back to GET', () => {
    const r = new Router<string>();
    r.add('ANY /x', 'any');
    r.add('GET /x', 'get');
    expect(r.match('GET', '/x')).toMatchObject({ value: 'get' });
    expect(r.match('HEAD', '/x')).toMatchObject({ value: 'get' });
    expect(r.match('POST', '/x')).toMatchObject({ value: 'any' });
    r.add('HEAD /x', 'head');
    expect(r.match('HEAD', '/x')).toMatchObject({ value: 'head' });
  });

  it('405 lists the allowed methods; 404 when no path matches', () => {
    expect(router.match('PUT', '/users/7')).toEqual({
      kind: 'method-not-allowed',
      allow: ['DELETE', 'GET', 'HEAD'],
    });
    expect(router.match('GET', '/nowhere')).toEqual({ kind: 'not-found' });
    expect(router.match('GET', '/files')).toEqual({ kind: 'not-found' });
  });

  it('rejects conflicting routes and malformed ones', () => {
    const r = new Router<string>();
    r.add('GET /users/{id}', 'a');
    expect(() => r.add('GET /users/{name}/', 'b')).toThrow(RouteConflictError);
    expect(() => r.add('get /users/{other}', 'b')).toThrow(/conflicts with "GET \/users\/\{id\}"/);
    expect(() => r.add('POST /users/{name}', 'c')).not.toThrow();
    expect(() => r.add('GET users', 'd')).toThrow(RouteDefinitionError);
    expect(() => r.add('GET /{p+}/x', 'd')).toThrow(RouteDefinitionError);
    expect(() => r.add('GET /file.{ext}', 'd')).toThrow(RouteDefinitionError);
    expect(new RouteConflictError('x').errorType).toBe('Runtime.InitError');
  });
});

class Users {
  @Http('GET /users/{id}')
  show(req: HttpRequest) {
    return { id: req.params.id, path: req.path, rawPath: req.rawPath };
  }

  @Http('POST /users')
  create() {
    return { created: true };
  }
}

class Health {
  @Http('GET /health')
  health() {
    return 'ok';
  }
}

type Json = Record<string, unknown>;

describe('HTTP handler routing', () => {
  const http = createHttpHandler({
    controllers: [{ instance: new Users(), prefix: '/v1/' }, { instance: new Health() }],
  });

  it('lists routes with prefixes applied', () => {
    expect(http.routes).toEqual([
      { method: 'GET', path: '/v1/users/{id}', controller: 'Users', handler: 'show' },
      { method: 'POST', path: '/v1/users', controller: 'Users', handler: 'create' },
      { method: 'GET', path: '/health', controller: 'Health', handler: 'health' },
    ]);
  });

  it('404 and 405 (with Allow) are problem+json responses', async () => {
    const missing = (await http.handle(eventFor('apigw-v2', { url: '/v1/nothing' }), context)) as Json;
    expect(missing.statusCode).toBe(404);
    expect((missing.headers as Json)['content-type']).toBe('application/problem+json');
    expect(JSON.parse(String(missing.body))).toMatchObject({ status: 404, title: 'Not Found' });
    const wrong = (await http.handle(
      eventFor('apigw-v1', { method: 'DELETE', url: '/v1/users' }),
      context,
    )) as Json;
    expect(wrong.statusCode).toBe(405);
    expect(wrong.multiValueHeaders).toMatchObject({ allow: ['POST'] });
  });

  it('HEAD is served by the GET route without a body', async () => {
    const result = (await http.handle(eventFor('alb', { method: 'HEAD', url: '/health' }), context)) as Json;
    expect(result).toMatchObject({ statusCode: 200, body: '' });
    expect(result.multiValueHeaders).toMatchObject({ 'content-type': ['text/plain; charset=utf-8'] });
  });

  it('conflicting controllers fail when the handler is built', () => {
    expect(() =>
      createHttpHandler({ controllers: [{ instance: new Health() }, { instance: new Health() }] }),
    ).toThrow(RouteConflictError);
  });

  describe('stage in the path', () => {
    const v2WithStage = () => {
      const event = eventFor('apigw-v2', { url: '/prod/v1/users/7' });
      const rc = event.requestContext as Json;
      return { ...event, requestContext: { ...rc, stage: 'prod' } };
    };

    it('is stripped by default (HTTP API named stage)', async () => {
      const body = JSON.parse(String(((await http.handle(v2WithStage(), context)) as Json).body));
      expect(body).toEqual({ id: '7', path: '/v1/users/7', rawPath: '/prod/v1/users/7' });
    });

    it('is kept with stripStage: false', async () => {
      const keep = createHttpHandler({
        controllers: [{ instance: new Users(), prefix: '/prod/v1' }],
        stripStage: false,
      });
      const body = JSON.parse(String(((await keep.handle(v2WithStage(), context)) as Json).body));
      expect(body).toEqual({ id: '7', path: '/prod/v1/users/7', rawPath: '/prod/v1/users/7' });
      const strip = (await http.handle(v2WithStage(), context)) as Json;
      expect(strip.statusCode).toBe(200);
    });

    it('REST paths carrying the stage, and custom-domain base paths, are stripped too', async () => {
      const rest = eventFor('apigw-v1', { url: '/testStage/v1/users/8' });
      expect(JSON.parse(String(((await http.handle(rest, context)) as Json).body)).path).toBe('/v1/users/8');
      const based = createHttpHandler({ controllers: [{ instance: new Users() }], basePath: '/api' });
      const mapped = eventFor('apigw-v1', { url: '/api/users/9' });
      expect(JSON.parse(String(((await based.handle(mapped, context)) as Json).body)).id).toBe('9');
    });

    it('the fixture REST path (no stage prefix) is untouched', async () => {
      const rest = eventFor('apigw-v1', { url: '/v1/users/10' });
      expect(JSON.parse(String(((await http.handle(rest, context)) as Json).body)).path).toBe('/v1/users/10');
    });
  });
});

import 'reflect-metadata';
import { Type } from 'class-transformer';
import { IsInt, IsString, Min, ValidateNested } from 'class-validator';
import { describe, expect, it } from 'vitest';
import { Http } from '../../decorators/http.js';
import { Body, Cookie, Header, Param, Query, Req } from '../../decorators/http-params.js';
import { createHttpHandler } from '../../src/http/handler.js';
import { HttpRequest } from '../../src/http/request.js';
import { context } from './support/context.js';
import { eventFor, ROUTABLE_SOURCES } from './support/events.js';

class Line {
  @IsString() sku!: string;
  @IsInt() @Min(1) qty!: number;
}

class CreateOrder {
  @IsString() customer!: string;
  @ValidateNested({ each: true }) @Type(() => Line) lines!: Line[];
}

class Orders {
  @Http('GET /orders/{id}')
  show(
    @Param('id', Number) id: number,
    @Query('verbose', Boolean) verbose: boolean | undefined,
    @Query('tag', Array) tags: string[],
    @Header('x-tenant') tenant: string | undefined,
    @Cookie('session') session: string | undefined,
    @Req() req: HttpRequest,
  ) {
    return { id, verbose, tags, tenant, session, isRequest: req instanceof HttpRequest };
  }

  @Http('POST /orders')
  create(@Body(CreateOrder) order: CreateOrder) {
    return { isDto: order instanceof CreateOrder, lineIsDto: order.lines[0] instanceof Line, order };
  }

  @Http('POST /raw')
  raw(@Body(String) text: string, @Body(Buffer) bytes: Buffer, @Body() json: unknown) {
    return { text, size: bytes.length, json };
  }

  @Http('GET /emitted/{n}')
  emitted(@Param('n') n: number) {
    return { type: typeof n };
  }

  @Http('GET /plain/{id}')
  plain(req: HttpRequest, ctx: unknown) {
    return { id: req.params.id, same: ctx === context };
  }
}

type Json = Record<string, unknown>;
const SINGLE = new Set<string>(['alb-single', 'lattice-v1']);
const http = createHttpHandler({ controllers: [{ instance: new Orders() }] });
const call = async (event: unknown) => {
  const result = (await http.handle(event, context)) as Json;
  return { status: result.statusCode, body: JSON.parse(String(result.body)) as Json };
};

describe.each(ROUTABLE_SOURCES)('parameter decorators over %s', (source) => {
  it('convert path, query, header and cookie values by type', async () => {
    const event = eventFor(source, {
      url: '/orders/42?verbose=true&tag=a&tag=b%20c',
      headers: { 'x-tenant': ['acme'], cookie: ['session=s1; other=2'] },
    });
    expect(await call(event)).toEqual({
      status: 200,
      // Single-value integrations keep only the last value of a repeated query key.
      body: {
        id: 42,
        verbose: true,
        tags: SINGLE.has(source) ? ['b c'] : ['a', 'b c'],
        tenant: 'acme',
        session: 's1',
        isRequest: true,
      },
    });
  });

  it('a path parameter that is not a number is a 400, not a 500', async () => {
    const { status, body } = await call(eventFor(source, { url: '/orders/abc' }));
    expect(status).toBe(400);
    expect(body.detail).toBe('path parameter "id" must be a number');
  });

  it('@Body(Dto) transforms and validates; failures list each field as problem+json', async () => {
    const good = { customer: 'c1', lines: [{ sku: 'x', qty: 2 }] };
    const ok = await call(eventFor(source, { method: 'POST', url: '/orders', body: JSON.stringify(good) }));
    expect(ok).toEqual({ status: 200, body: { isDto: true, lineIsDto: true, order: good } });
    const bad = { customer: 5, lines: [{ sku: 'x', qty: 0 }] };
    const result = (await http.handle(
      eventFor(source, { method: 'POST', url: '/orders', body: JSON.stringify(bad) }),
      context,
    )) as Json;
    expect(result.statusCode).toBe(400);
    const problem = JSON.parse(String(result.body)) as Json;
    expect(problem).toMatchObject({ type: 'about:blank', title: 'Bad Request', status: 400 });
    expect(problem.errors).toEqual([
      { path: 'customer', constraints: { isString: 'customer must be a string' } },
      { path: 'lines.0.qty', constraints: { min: 'qty must not be less than 1' } },
    ]);
  });
});

describe('parameter decorators', () => {
  it('malformed JSON bodies are a 400', async () => {
    const { status, body } = await call(
      eventFor('apigw-v2', { method: 'POST', url: '/orders', body: '{"customer":' }),
    );
    expect(status).toBe(400);
    expect(body.detail).toBe('the request body is not valid JSON');
  });

  it('@Body reads text, bytes or JSON by type', async () => {
    const { body } = await call(eventFor('alb', { method: 'POST', url: '/raw', body: '{"a":[1]}' }));
    expect(body).toEqual({ text: '{"a":[1]}', size: 9, json: { a: [1] } });
  });

  it('without an explicit type, converts by the emitted design type (vitest emits decorator metadata)', async () => {
    const { body } = await call(eventFor('apigw-v1', { url: '/emitted/5' }));
    const emitted = (Reflect.getMetadata('design:paramtypes', Orders.prototype, 'emitted') as unknown[])[0];
    expect(emitted).toBe(Number);
    expect(body.type).toBe('number');
  });

  it('undecorated methods receive (req, context)', async () => {
    expect((await call(eventFor('function-url', { url: '/plain/z' }))).body).toEqual({ id: 'z', same: true });
  });
});

import { IsInt, IsString, Min } from 'class-validator';
import {
  Body,
  Controller,
  Cookie,
  createApp,
  createHandler,
  Http,
  type Middleware,
  Param,
  Query,
  Req,
} from 'lambdakit';
import { type HttpRequest, HttpResponse } from 'lambdakit/http';

/** An HTTP app on the real framework, served through the emulator's HTTP front in tests. */

class CreateOrder {
  @IsString() item!: string;
  @IsInt() @Min(1) quantity!: number;
}

/** The 8-byte PNG signature followed by bytes that are not valid UTF-8. */
export const PNG_BYTES = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0x00, 0xfe]);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function* ticks(count: number, gapMs: number, pad: number): AsyncGenerator<string> {
  for (let i = 1; i <= count; i += 1) {
    if (i > 1) await sleep(gapMs);
    yield `tick ${i}\n`.padStart(pad, '.');
  }
}

@Controller()
class Orders {
  @Http('GET /orders/{id}')
  show(@Param('id', Number) id: number, @Query('expand', Array) expand: string[]) {
    return { id, expand };
  }

  @Http('POST /orders')
  create(@Body(CreateOrder) order: CreateOrder) {
    return HttpResponse.json({ id: 'ord-1001', ...order }, { status: 201 }).header(
      'location',
      '/orders/1001',
    );
  }

  @Http('GET /logo.png')
  logo() {
    return HttpResponse.binary(PNG_BYTES, 'image/png');
  }

  @Http('GET /session')
  session(@Cookie('theme') theme?: string) {
    return HttpResponse.json({ theme: theme ?? null })
      .cookie('session=s-42; Path=/; HttpOnly')
      .cookie('visited=1; Max-Age=3600');
  }

  @Http('GET /ticks')
  stream(
    @Query('gap', Number) gap?: number,
    @Query('count', Number) count?: number,
    @Query('pad', Number) pad?: number,
  ) {
    const body = ticks(count ?? 3, gap ?? 400, pad ?? 0);
    return HttpResponse.stream(body, { contentType: 'text/plain; charset=utf-8' });
  }

  @Http('GET /broken-stream')
  broken() {
    async function* halfway(): AsyncGenerator<string> {
      yield 'first part\n';
      await sleep(100);
      throw new RangeError('the source broke');
    }
    return HttpResponse.stream(halfway(), { contentType: 'text/plain' });
  }

  @Http('GET /slow')
  async slow() {
    await sleep(5000);
    return 'too late';
  }

  @Http('ANY /echo/{proxy+}')
  echo(@Req() req: HttpRequest) {
    return {
      source: req.source,
      method: req.method,
      path: req.path,
      query: Object.fromEntries(req.query),
      host: req.headers.get('host'),
      body: req.body.toString('utf8'),
    };
  }
}

/** Fails the invocation itself (not the route): the runtime reports a function error. */
const crashOnPurpose: Middleware = async (invocation, next) => {
  const event = invocation.event;
  const path = typeof event === 'object' && event !== null ? Reflect.get(event, 'rawPath') : undefined;
  if (path === '/crash') throw new TypeError('the function crashed on purpose');
  return next();
};

/** `HTTP_APP_STREAM_REST_API=1`: the REST API integration streams (tests set it per emulator). */
const http = { streamRestApi: process.env.HTTP_APP_STREAM_REST_API === '1' };

export const handler = createHandler(
  createApp({ controllers: [Orders], middleware: [crashOnPurpose], http }),
);

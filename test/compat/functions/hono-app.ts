import { Hono } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { stream } from 'hono/streaming';
import { currentContext } from 'lambdakit';
import type { LambdaFetchEnv } from 'lambdakit/http';

/** The bytes of a 1×1 PNG's signature and header start: binary, not UTF-8. */
export const PNG_BYTES = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff];

/** A Hono app as users write one, run on lambdakit through its `fetch`. */
export const app = new Hono<{ Bindings: LambdaFetchEnv }>();

app.get('/users/:id', (c) =>
  c.json({ id: c.req.param('id'), q: c.req.query('q') ?? null, tags: c.req.queries('tag') ?? [] }),
);

app.post('/echo', async (c) => {
  const body: unknown = await c.req.json();
  return c.json({ received: body, type: c.req.header('content-type') }, 201, { location: '/echo/1' });
});

app.get('/headers', (c) => {
  c.header('x-reply', `saw ${c.req.header('x-custom') ?? 'nothing'}`);
  return c.text('ok');
});

app.get('/cookies', (c) => {
  setCookie(c, 'session', 's-42', { path: '/', httpOnly: true });
  setCookie(c, 'visited', '1', { maxAge: 3600 });
  return c.json({ theme: getCookie(c, 'theme') ?? null, lang: getCookie(c, 'lang') ?? null });
});

app.get('/logo.png', (c) => c.body(new Uint8Array(PNG_BYTES), 200, { 'content-type': 'image/png' }));

app.get('/ticks', (c) => {
  const gap = Number(c.req.query('gap') ?? '0');
  c.header('content-type', 'text/plain; charset=utf-8');
  return stream(c, async (out) => {
    for (let i = 1; i <= 3; i += 1) {
      if (i > 1) await out.sleep(gap);
      await out.write(`tick ${i}\n`);
    }
  });
});

app.get('/context', (c) =>
  c.json({
    fromEnv: c.env.lambdaContext.awsRequestId,
    fromCurrentContext: currentContext()?.awsRequestId ?? null,
    eventHasRequestContext:
      typeof c.env.event === 'object' && c.env.event !== null && 'requestContext' in c.env.event,
  }),
);

app.get('/boom', () => {
  throw new Error('the route broke');
});

app.on('MESSAGE', '/$default', async (c) => c.json({ message: await c.req.text() }));
app.on('DISCONNECT', '/$disconnect', (c) => c.body(null, 204));

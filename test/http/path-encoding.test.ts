import { Controller, Http, Param, StreamResponse } from 'lambdakit';
import { createHttpHandler } from 'lambdakit/http';
import { describe, expect, it } from 'vitest';
import { context } from './support/context.js';
import { eventFor, ROUTABLE_SOURCES } from './support/events.js';

@Controller()
class Files {
  @Http('GET /files/{name}')
  get(@Param('name') name: string) {
    return { name };
  }

  @Http('GET /tree/{path+}')
  tree(@Param('path') path: string) {
    return { path };
  }
}

const http = createHttpHandler({ controllers: [{ instance: new Files() }] });

async function call(source: (typeof ROUTABLE_SOURCES)[number], url: string): Promise<unknown> {
  const result = await http.handle(eventFor(source, { url }), context);
  if (result instanceof StreamResponse) throw new Error('expected a buffered response');
  return JSON.parse(String(result.body));
}

describe.each(ROUTABLE_SOURCES)('path parameters from %s', (source) => {
  it('are decoded exactly once, whether the integration sends the path encoded or decoded', async () => {
    expect(await call(source, '/files/100%25%20done%3F')).toEqual({ name: '100% done?' });
    expect(await call(source, '/files/caf%C3%A9')).toEqual({ name: 'café' });
    expect(await call(source, '/tree/a%20b/c%25')).toEqual({ path: 'a b/c%' });
  });

  it('leave an encoded percent sequence as sent once decoded: %2525 is %25, not %', async () => {
    expect(await call(source, '/files/%2525')).toEqual({ name: '%25' });
    expect(await call(source, '/files/50%2525%2520off')).toEqual({ name: '50%25%20off' });
    expect(await call(source, '/tree/%2525/x%252Fy')).toEqual({ path: '%25/x%2Fy' });
  });
});

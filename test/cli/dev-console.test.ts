import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.js';
import { captureIo, waitFor } from './support/capture.js';
import { CONSOLE_APP } from './support/console-app.js';
import { createProject, type TestProject } from './support/project.js';

interface Summary {
  requestId: string;
  source: string;
  status: string;
  cold: boolean;
  http?: { method: string; path: string };
}

/** A Server-Sent Events client over fetch that keeps every event it received. */
async function subscribe(url: string) {
  const controller = new AbortController();
  const events: { event: string; data: Record<string, unknown> }[] = [];
  const response = await fetch(url, { signal: controller.signal });
  expect(response.headers.get('content-type')).toContain('text/event-stream');
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  void (async () => {
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      buffer += value;
      for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = /^event: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (event && data) events.push({ event, data: JSON.parse(data) });
      }
    }
  })();
  return { events, close: () => controller.abort() };
}

describe('lambdakit dev: OpenAPI document, API docs and console', () => {
  let project: TestProject;
  let controller: AbortController;
  let dev: ReturnType<typeof captureIo>;
  let running: Promise<number>;
  let url: string;
  const api = () => `${url}/_lambdakit/api`;
  const record = async (id: string) =>
    (await (await fetch(`${api()}/invocations/${id}`)).json()) as Summary & {
      event: string;
      result?: string;
      logs: string[];
    };
  /** Polls the history until the invocation finished (the console's own JSON API). */
  const finished = async (id: string) => {
    const end = Date.now() + 30_000;
    for (;;) {
      const found = await record(id).catch(() => undefined);
      if (found && found.status !== 'running') return found;
      if (Date.now() > end) throw new Error(`invocation ${id} did not finish`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  };

  beforeAll(async () => {
    project = createProject();
    project.write('app.ts', CONSOLE_APP);
    controller = new AbortController();
    dev = captureIo(project.dir, controller.signal);
    running = runCli(['dev', 'app.ts', '--port', '0', '--conditions', 'lambdakit-source'], dev.io);
    const banner = await waitFor(() => dev.out.find((line) => line.startsWith('Console: ')), 60_000);
    url = /(http:\/\/127\.0\.0\.1:\d+)\/_lambdakit\//.exec(banner)![1]!;
  }, 90_000);

  afterAll(async () => {
    controller.abort();
    await running;
    project.cleanup();
  });

  it('prints where the console and the API docs are', () => {
    expect(dev.out).toContain(`Console: ${url}/_lambdakit/   API docs: ${url}/_lambdakit/docs`);
  });

  it('serves a valid OpenAPI 3.1 document of the app, whose server is dev itself', async () => {
    for (const path of ['/_lambdakit/openapi.json', '/openapi.json']) {
      const response = await fetch(`${url}${path}`);
      expect(response.status).toBe(200);
      const document = (await response.json()) as { servers: { url: string }[]; paths: object };
      expect((await new Validator().validate(document)).valid).toBe(true);
      expect(document.servers[0]?.url).toBe(url);
      expect(Object.keys(document.paths)).toEqual(['/hello/{name}', '/orders']);
    }
  });

  it('serves Swagger UI from the installed swagger-ui-dist, with no CDN', async () => {
    const page = await (await fetch(`${url}/_lambdakit/docs`)).text();
    expect(page).toContain('/_lambdakit/docs/swagger-ui-bundle.js');
    expect(page).toContain("url: '/_lambdakit/openapi.json'");
    expect(page).not.toMatch(/https?:\/\//);
    for (const file of ['swagger-ui-bundle.js', 'swagger-ui-standalone-preset.js', 'swagger-ui.css']) {
      const response = await fetch(`${url}/_lambdakit/docs/${file}`);
      expect(response.status).toBe(200);
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
    expect((await fetch(`${url}/_lambdakit/docs/package.json`)).status).toBe(404);
  });

  it('keeps /_lambdakit/ from the function: an unknown path there is a 404 and no invocation', async () => {
    const before = ((await (await fetch(`${api()}/invocations`)).json()) as Summary[]).length;
    expect((await fetch(`${url}/_lambdakit/nothing-here`)).status).toBe(404);
    const after = ((await (await fetch(`${api()}/invocations`)).json()) as Summary[]).length;
    expect(after).toBe(before);
  });

  it('streams each invocation (route, status, cold or warm) and its log lines over SSE', async () => {
    const stream = await subscribe(`${api()}/stream`);
    try {
      const answer = await fetch(`${url}/hello/sse`);
      expect(await answer.json()).toEqual({ message: 'Hello, sse!' });
      const done = await waitFor(() =>
        stream.events.find(
          (e) =>
            e.event === 'invocation' &&
            (e.data as unknown as Summary).http?.path === '/hello/sse' &&
            e.data.status === 'success',
        ),
      );
      const summary = done.data as unknown as Summary;
      expect(summary).toMatchObject({ source: 'http', http: { method: 'GET', path: '/hello/sse' } });
      expect(typeof summary.cold).toBe('boolean');
      const log = await waitFor(() =>
        stream.events.find((e) => e.event === 'log' && e.data.requestId === summary.requestId),
      );
      expect(String(log.data.line)).toContain('greeting sse');
      const details = await record(summary.requestId);
      expect(JSON.parse(details.event)).toMatchObject({ rawPath: '/hello/sse' });
      expect(JSON.parse(details.result ?? '{}')).toMatchObject({ statusCode: 200 });
      expect(details.logs.some((line) => line.includes('greeting sse'))).toBe(true);
    } finally {
      stream.close();
    }
  });

  it('replays an invocation with the same event, and marks later invocations warm', async () => {
    const first = await fetch(`${url}/hello/replay`);
    const firstId = ((await (await fetch(`${api()}/invocations`)).json()) as Summary[])
      .filter((s) => s.http?.path === '/hello/replay')
      .at(-1)!.requestId;
    expect(first.status).toBe(200);
    const original = await finished(firstId);
    const replay = await fetch(`${api()}/invocations/${firstId}/replay`, { method: 'POST' });
    expect(replay.status).toBe(202);
    const { requestId } = (await replay.json()) as { requestId: string };
    expect(requestId).not.toBe(firstId);
    const replayed = await finished(requestId);
    expect(replayed).toMatchObject({ status: 'success', cold: false, source: 'invoke' });
    expect(replayed.event).toBe(original.event);
    expect(JSON.parse(replayed.result ?? '{}')).toMatchObject({ statusCode: 200 });
    expect((await fetch(`${api()}/invocations/nope/replay`, { method: 'POST' })).status).toBe(404);
  });

  it('sends a sample event by name or any JSON, and refuses text that is not JSON', async () => {
    const names = (await (await fetch(`${api()}/examples`)).json()) as string[];
    expect(names).toContain('sqs');
    const sample = await fetch(`${api()}/examples/sqs`);
    expect(JSON.parse(await sample.text())).toHaveProperty('Records');
    const sent = await fetch(`${api()}/invoke`, {
      method: 'POST',
      body: JSON.stringify({ sku: 'A-1', qty: 2 }),
    });
    expect(sent.status).toBe(202);
    const { requestId } = (await sent.json()) as { requestId: string };
    const done = await finished(requestId);
    expect(done).toMatchObject({ status: 'success', source: 'invoke' });
    expect(JSON.parse(done.result ?? '{}')).toEqual({ placed: 'A-1' });
    expect(done.logs.some((line) => line.includes('direct order A-1'))).toBe(true);
    const bad = await fetch(`${api()}/invoke`, { method: 'POST', body: '{not json' });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toBe('application/problem+json');
  });

  it('serves the console page and its script', async () => {
    const page = await fetch(`${url}/_lambdakit/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('/_lambdakit/page/console.js');
    const script = await fetch(`${url}/_lambdakit/page/console.js`);
    expect(script.headers.get('content-type')).toContain('text/javascript');
    expect(await script.text()).toContain('EventSource');
  });
});

describe('lambdakit dev: a route under /_lambdakit', () => {
  it('is an init error naming the route', async () => {
    const project = createProject();
    try {
      project.write(
        'clash.ts',
        `import { Controller, createApp, createHandler, Http } from 'lambdakit';
@Controller()
class Clash {
  @Http('GET /_lambdakit/status')
  status() { return 'ok'; }
}
export const handler = createHandler(createApp({ controllers: [Clash] }));
`,
      );
      const io = captureIo(project.dir);
      const code = await runCli(
        ['dev', 'clash.ts', '--port', '0', '--conditions', 'lambdakit-source'],
        io.io,
      );
      expect(code).toBe(1);
      expect(io.err.join('\n')).toContain('GET /_lambdakit/status');
      expect(io.err.join('\n')).toContain('lambdakit dev keeps for its console');
    } finally {
      project.cleanup();
    }
  }, 60_000);
});

import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examplesDir } from '../../src/cli/examples.js';
import { runCli } from '../../src/cli/index.js';
import { captureIo, waitFor } from './support/capture.js';
import { createProject, REPO_ROOT, type TestProject } from './support/project.js';

/** An app on the real framework: an SQS handler and an HTTP route, bundled by `lambdakit dev`. */
const APP = `
import { Controller, createApp, createHandler, Handler, Http, Param } from 'lambdakit';
import { SqsEvent } from 'lambdakit/events';

@Controller()
class Orders {
  @Handler(SqsEvent)
  received(event: SqsEvent) {
    return { messageIds: event.Records.map((record) => record.messageId), orders: event.Records.map((record) => record.json()) };
  }

  @Http('GET /hello/{name}')
  hello(@Param('name') name: string) {
    return { hello: name };
  }
}

export const handler = createHandler(createApp({ controllers: [Orders] }));
`;

describe('lambdakit invoke --example and the HTTP front of lambdakit dev', () => {
  let project: TestProject;
  beforeAll(() => {
    project = createProject();
    project.write('app.ts', APP);
  });
  afterAll(() => project.cleanup());

  it('finds the sample events from the sources and from the compiled dist/ layout', () => {
    const expected = join(REPO_ROOT, 'events', 'examples');
    expect(examplesDir()).toBe(expected);
    expect(examplesDir(join(REPO_ROOT, 'dist', 'src', 'cli'))).toBe(expected);
    expect(() => examplesDir('/')).toThrow(/sample events .* are missing/);
  });

  it('lists the sample events without an emulator', async () => {
    const list = captureIo(project.dir);
    expect(await runCli(['invoke', '--list-examples'], list.io)).toBe(0);
    expect(list.out).toEqual(expect.arrayContaining(['sqs', 'apigw-v2', 'cloudwatch-logs', 'kinesis']));
    expect(list.out).toEqual([...list.out].sort());

    const unknown = captureIo(project.dir);
    expect(await runCli(['invoke', '--example', 'carrier-pigeon'], unknown.io)).toBe(2);
    expect(unknown.err.join('\n')).toMatch(/no example named 'carrier-pigeon'; known: .*\bsqs\b/);

    const both = captureIo(project.dir);
    expect(await runCli(['invoke', '--example', 'sqs', '--data', '{}'], both.io)).toBe(2);
    expect(both.err.join('\n')).toContain('give one of --data, --file and --example');
  });

  it("dev prints the HTTP URL and the app's entry points; --example sqs and an HTTP request reach the function", async () => {
    const controller = new AbortController();
    const dev = captureIo(project.dir, controller.signal);
    const running = runCli(
      ['dev', 'app.ts', '--port', '0', '--timeout', '5', '--conditions', 'lambdakit-source'],
      dev.io,
    );
    try {
      const httpLine = await waitFor(() => dev.out.find((line) => line.startsWith('HTTP: curl ')));
      const base =
        /(http:\/\/127\.0\.0\.1:\d+)\/<path> {3}\(sent to the function as API Gateway HTTP API \(v2\) events\)$/.exec(
          httpLine,
        )?.[1];
      expect(base).toBeDefined();
      const port = new URL(base!).port;
      expect(dev.out).toContainEqual(
        expect.stringContaining(`lambdakit invoke --port ${port} --example NAME`),
      );
      // The function starts at once and prints the app's entry points.
      const points = await waitFor(() => {
        const at = dev.functionLines.indexOf("lambdakit dev: the app's entry points");
        return at >= 0 && dev.functionLines.length >= at + 3
          ? dev.functionLines.slice(at + 1, at + 3)
          : undefined;
      });
      expect(points).toEqual([
        `  GET    ${base}/hello/{name}`,
        `  Orders.received(SqsEvent): lambdakit invoke --port ${port} --example sqs`,
      ]);

      const invoked = captureIo(project.dir);
      expect(await runCli(['invoke', '--port', port, '--example', 'sqs'], invoked.io)).toBe(0);
      expect(invoked.err).toEqual([]);
      const payload = JSON.parse(invoked.out.join('\n'));
      expect(payload.messageIds).toHaveLength(1);
      expect(payload.orders).toEqual([
        { orderId: 'ord-1001', customerId: 'cus-77', total: 42.5, currency: 'EUR' },
      ]);

      const res = await fetch(`${base}/hello/World?lang=en`);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ hello: 'World' });

      const lines = await waitFor(() =>
        dev.out.filter((line) => / ms$/.test(line)).length >= 2 ? dev.out : undefined,
      );
      expect(lines).toContainEqual(expect.stringMatching(/^[\da-f-]{36} {2}success {2}[\d.]+ ms$/));
      expect(lines).toContainEqual(
        expect.stringMatching(/^[\da-f-]{36} {2}GET \/hello\/World\?lang=en {2}success {2}[\d.]+ ms$/),
      );
    } finally {
      controller.abort();
      expect(await running).toBe(0);
    }
  });

  it('dev rejects an unknown --http-format', async () => {
    const dev = captureIo(project.dir);
    expect(await runCli(['dev', 'app.ts', '--http-format', 'soap'], dev.io)).toBe(2);
    expect(dev.err.join('\n')).toContain('--http-format must be one of v2, v1, alb, function-url');
  });
});

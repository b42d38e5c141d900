import { createSocket, type Socket } from 'node:dgram';
import { afterEach, describe, expect, it } from 'vitest';
import { type FunctionProcess, startFunction } from '../support/function-process.js';
import { MockRuntimeApi } from '../support/mock-runtime-api.js';
import { bundleCompatFunction } from './support.js';

type Json = Record<string, unknown>;

/** A stand-in X-Ray daemon: the UDP documents the X-Ray SDK sends, parsed. */
async function startDaemon(): Promise<{ socket: Socket; address: string; documents: Json[] }> {
  const socket = createSocket('udp4');
  const documents: Json[] = [];
  socket.on('message', (message) => {
    // Each datagram is a header line then one segment document.
    const body = message.toString().split('\n')[1];
    if (body) documents.push(JSON.parse(body) as Json);
  });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  return { socket, address: `127.0.0.1:${socket.address().port}`, documents };
}

/** The Lambda environment of the managed Node.js runtime, where Tracer turns itself on. */
const LAMBDA_LIKE = {
  AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs20.x',
  AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
  LAMBDA_TASK_ROOT: '/var/task',
  _HANDLER: 'index.handler',
};
const TRACE_ROOT = '1-6b0f91fe-aa3fab8e4af987cb119f21f0';
const SAMPLED = { 'Lambda-Runtime-Trace-Id': `Root=${TRACE_ROOT};Parent=0123456789abcdef;Sampled=1` };

describe.each(['powertools-decorators', 'powertools-middy'])('Powertools Tracer on run(), %s', (name) => {
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });

  async function start(env: Record<string, string>): Promise<{ api: MockRuntimeApi; fn: FunctionProcess }> {
    const api = await MockRuntimeApi.start();
    cleanup.push(() => api.close());
    const fn = startFunction(await bundleCompatFunction(name), api.address, env);
    cleanup.push(() => fn.stop());
    return { api, fn };
  }

  it('stays out of the way with POWERTOOLS_TRACE_ENABLED=false: the result is intact, no X-Ray error printed', async () => {
    const { api, fn } = await start({ ...LAMBDA_LIKE, POWERTOOLS_TRACE_ENABLED: 'false' });
    const answer = await api.invoke({ sku: 'A-1', qty: 2 }, { headers: SAMPLED });
    expect(answer.kind).toBe('response');
    expect(answer.json()).toMatchObject({ placed: 'A-1', total: 6 });
    expect(fn.output()).not.toMatch(/X-Ray|Error/);
  });

  it("sends the handler's subsegments to the daemon under the invocation's trace id", async () => {
    const daemon = await startDaemon();
    cleanup.push(async () => {
      daemon.socket.close();
    });
    const { api } = await start({ ...LAMBDA_LIKE, AWS_XRAY_DAEMON_ADDRESS: daemon.address });
    const answer = await api.invoke({ sku: 'A-1', qty: 2 }, { headers: SAMPLED });
    expect(answer.json()).toMatchObject({ placed: 'A-1', total: 6 });

    await api.waitFor(
      () => daemon.documents.some((doc) => doc.name === '## index.handler'),
      'the handler subsegment',
    );
    const handler = daemon.documents.find((doc) => doc.name === '## index.handler');
    expect(handler).toMatchObject({
      trace_id: TRACE_ROOT,
      parent_id: '0123456789abcdef',
      type: 'subsegment',
      annotations: { ColdStart: true, Service: 'orders' },
    });
    const price = daemon.documents.find((doc) => doc.name === 'price') ?? findChild(handler, 'price');
    expect(price).toMatchObject({ annotations: { sku: 'A-1' } });
  });
});

/** A subsegment sent inside its parent's document rather than on its own. */
function findChild(parent: Json | undefined, name: string): Json | undefined {
  const children = Array.isArray(parent?.subsegments) ? (parent.subsegments as Json[]) : [];
  return children.find((child) => child.name === name);
}

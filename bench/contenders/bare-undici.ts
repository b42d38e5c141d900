/**
 * The floor: the least a Node runtime must do, on undici's `Client.dispatch` (the class alone, not
 * the package index): GET /next, parse the event, call the handler, POST its JSON. No context, no
 * logging, no error handling beyond dying. `AWS_LAMBDA_MAX_CONCURRENCY=N` runs N such loops.
 */
import type { Client } from 'undici';
import ClientClass from 'undici/lib/dispatcher/client.js';
import { handler } from './handler.js';

const ORIGIN = `http://${process.env.AWS_LAMBDA_RUNTIME_API}`;
const NEXT = '/2018-06-01/runtime/invocation/next';
const REQUEST_ID = 'lambda-runtime-aws-request-id';

interface Reply {
  readonly requestId: string;
  readonly body: Buffer;
}

function exchange(client: Client, method: 'GET' | 'POST', path: string, body: string | null): Promise<Reply> {
  return new Promise((resolve, reject) => {
    let requestId = '';
    const chunks: Buffer[] = [];
    client.dispatch(
      { method, path, body, headers: body === null ? undefined : { 'content-type': 'application/json' } },
      {
        onConnect() {},
        onHeaders(_status, raw) {
          for (let i = 0; raw && i + 1 < raw.length; i += 2) {
            if (raw[i]!.toString('latin1').toLowerCase() === REQUEST_ID) requestId = raw[i + 1]!.toString();
          }
          return true;
        },
        onData(chunk) {
          chunks.push(chunk);
          return true;
        },
        onComplete() {
          resolve({ requestId, body: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks) });
        },
        onError: reject,
      },
    );
  });
}

async function loop(): Promise<never> {
  const client: Client = new ClientClass(ORIGIN, {
    keepAliveTimeout: 600_000,
    headersTimeout: 0,
    bodyTimeout: 0,
  });
  for (;;) {
    const next = await exchange(client, 'GET', NEXT, null);
    const result = await handler(JSON.parse(next.body.toString('utf8')), { awsRequestId: next.requestId });
    await exchange(
      client,
      'POST',
      `/2018-06-01/runtime/invocation/${next.requestId}/response`,
      JSON.stringify(result),
    );
  }
}

const loops = Math.max(1, Number.parseInt(process.env.AWS_LAMBDA_MAX_CONCURRENCY ?? '1', 10) || 1);
await Promise.all(Array.from({ length: loops }, loop));

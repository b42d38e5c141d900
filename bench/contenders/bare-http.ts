/**
 * A bare loop on node:http with a keep-alive Agent: GET /next, parse the event, call the handler,
 * POST its JSON. `AWS_LAMBDA_MAX_CONCURRENCY=N` runs N such loops over an Agent of N sockets.
 */
import { Agent, request } from 'node:http';
import { handler } from './handler.js';

const [HOST, PORT] = (process.env.AWS_LAMBDA_RUNTIME_API ?? '').split(':') as [string, string];
const NEXT = '/2018-06-01/runtime/invocation/next';
const loops = Math.max(1, Number.parseInt(process.env.AWS_LAMBDA_MAX_CONCURRENCY ?? '1', 10) || 1);
const agent = new Agent({ keepAlive: true, maxSockets: loops });

interface Reply {
  readonly requestId: string;
  readonly body: Buffer;
}

function exchange(method: 'GET' | 'POST', path: string, body: string | null): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: HOST, port: PORT, method, path, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const requestId = res.headers['lambda-runtime-aws-request-id'];
        resolve({ requestId: typeof requestId === 'string' ? requestId : '', body: Buffer.concat(chunks) });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    if (body === null) req.end();
    else {
      req.setHeader('content-type', 'application/json');
      req.end(body);
    }
  });
}

async function loop(): Promise<never> {
  for (;;) {
    const next = await exchange('GET', NEXT, null);
    const result = await handler(JSON.parse(next.body.toString('utf8')), { awsRequestId: next.requestId });
    await exchange(
      'POST',
      `/2018-06-01/runtime/invocation/${next.requestId}/response`,
      JSON.stringify(result),
    );
  }
}

await Promise.all(Array.from({ length: loops }, loop));

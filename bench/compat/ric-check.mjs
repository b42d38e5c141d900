// Runs a lambdakit app exported with createHandler under the official Node.js runtime interface
// client (aws-lambda-ric, from bench/node_modules) against a mock Runtime API, and checks each answer.
// Usage, from the repository root: npm --prefix bench ci && node bench/compat/ric-check.mjs
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const outdir = join(here, '..', 'dist', 'ric-check');
const ric = createRequire(join(here, '..', 'package.json')).resolve('aws-lambda-ric');

// The app bundled as one ES module with lambdakit's sources, as `lambdakit build` bundles it.
await build({
  entryPoints: [join(here, 'ric-app.ts')],
  outfile: join(outdir, 'index.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  mainFields: ['module', 'main'],
  conditions: ['lambdakit-source'],
  // bench/ has its own package.json, so `lambdakit` is not found by name from here: point at the sources.
  alias: {
    lambdakit: join(root, 'src', 'index.ts'),
    'lambdakit/http': join(root, 'src', 'http', 'index.ts'),
  },
  keepNames: true,
  tsconfig: join(root, 'tsconfig.json'),
  banner: {
    js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  },
  logLevel: 'warning',
});

const fixture = JSON.parse(
  readFileSync(
    join(root, 'test', 'fixtures', 'events-aws-lambda-go', 'apigw-v2-request-no-authorizer.json'),
    'utf8',
  ),
);
const httpGet = (rawPath, rawQueryString = '') => ({
  ...fixture,
  rawPath,
  rawQueryString,
  body: undefined,
  isBase64Encoded: false,
  requestContext: {
    ...fixture.requestContext,
    stage: '$default',
    http: { ...fixture.requestContext.http, method: 'GET', path: rawPath },
  },
});

/** Each event, and what its answer must be. */
const CASES = [
  {
    name: "a validated DTO handler gets the event and the runtime client's context",
    event: { sku: 'A-1', qty: 2 },
    check: (a, id) =>
      a.kind === 'response' &&
      isDeepStrictEqual(a.body, { placed: 'A-1', qty: 2, requestId: id, functionName: 'ric-check' }),
  },
  {
    name: 'an invalid event fails the invocation with the validation error',
    event: { sku: 'A-1', qty: 0 },
    check: (a) =>
      a.kind === 'error' && /EventValidationError/.test(a.body.errorType) && /qty/.test(a.body.errorMessage),
  },
  {
    name: 'an HTTP API event reaches its @Http route',
    event: httpGet('/orders/42', 'tag=blue'),
    check: (a) =>
      a.kind === 'response' &&
      a.body.statusCode === 200 &&
      isDeepStrictEqual(JSON.parse(a.body.body), { id: '42', tag: 'blue' }),
  },
  {
    name: 'an unknown path is a 404 problem document',
    event: httpGet('/nope'),
    check: (a) =>
      a.kind === 'response' &&
      a.body.statusCode === 404 &&
      a.body.headers['content-type'] === 'application/problem+json',
  },
];

// The mock Runtime API: one queued event per case, answers recorded by request id.
const ids = CASES.map(() => randomUUID());
const queue = CASES.map((c, i) => ({ ...c, id: ids[i] }));
const answers = new Map();
let parked;
let initError;
let finish;
const done = new Promise((resolve) => {
  finish = resolve;
});
const hand = (res) => {
  const next = queue.shift();
  if (!next) {
    parked = res;
    return;
  }
  res.writeHead(200, {
    'content-type': 'application/json',
    'lambda-runtime-aws-request-id': next.id,
    'lambda-runtime-deadline-ms': String(Date.now() + 30_000),
    'lambda-runtime-invoked-function-arn': 'arn:aws:lambda:us-east-1:123456789012:function:ric-check',
    'lambda-runtime-trace-id': 'Root=1-6b0f91fe-aa3fab8e4af987cb119f21f0;Parent=0123456789abcdef;Sampled=0',
  });
  res.end(JSON.stringify(next.event));
};
const server = createServer((req, res) => {
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    const text = Buffer.concat(chunks).toString('utf8');
    const answer = req.url.match(/\/invocation\/([^/]+)\/(response|error)$/);
    if (req.method === 'GET' && req.url.endsWith('/invocation/next')) return hand(res);
    if (answer) {
      answers.set(answer[1], { kind: answer[2], body: JSON.parse(text) });
      res.writeHead(202).end('{}');
      if (answers.size === CASES.length) finish();
      return;
    }
    if (req.url.endsWith('/init/error')) {
      initError = text;
      finish();
    }
    res.writeHead(202).end('{}');
  });
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));

const child = spawn(process.execPath, [ric], {
  cwd: outdir,
  env: {
    PATH: process.env.PATH,
    AWS_LAMBDA_RUNTIME_API: `127.0.0.1:${server.address().port}`,
    LAMBDA_TASK_ROOT: outdir,
    _HANDLER: 'index.handler',
    AWS_LAMBDA_FUNCTION_NAME: 'ric-check',
    AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '128',
    AWS_LAMBDA_LOG_GROUP_NAME: '/aws/lambda/ric-check',
    AWS_LAMBDA_LOG_STREAM_NAME: '2026/12/02/[$LATEST]0123456789abcdef',
    AWS_REGION: 'us-east-1',
  },
  stdio: ['ignore', 'pipe', 'pipe'],
});
let output = '';
child.stdout.on('data', (chunk) => (output += chunk));
child.stderr.on('data', (chunk) => (output += chunk));
child.on('exit', (code) => {
  initError ??= `aws-lambda-ric exited with ${code}`;
  finish();
});
const timer = setTimeout(() => {
  initError ??= 'no answers within 60 s';
  finish();
}, 60_000);
await done;
clearTimeout(timer);
child.kill('SIGKILL');
parked?.destroy();
server.close();

let failed = initError !== undefined;
if (initError) console.log(`FAIL init: ${initError}`);
for (const [i, c] of CASES.entries()) {
  const id = ids[i];
  const answer = answers.get(id);
  const ok = answer !== undefined && c.check(answer, id);
  failed ||= !ok;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${c.name}${ok ? '' : `: ${JSON.stringify(answer)}`}`);
}
if (failed) console.log(`--- aws-lambda-ric output ---\n${output}`);
console.log(
  failed
    ? 'aws-lambda-ric check FAILED'
    : `aws-lambda-ric ran createHandler(app): ${CASES.length} answers as expected`,
);
process.exit(failed ? 1 : 0);

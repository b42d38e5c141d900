import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Plain-JS helpers every test function starts with: the Runtime API over fetch. */
const PRELUDE = `
import { request } from 'node:http';
const host = process.env.AWS_LAMBDA_RUNTIME_API;
const api = 'http://' + host + '/2018-06-01/runtime';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function next() {
  const res = await fetch(api + '/invocation/next');
  const headers = Object.fromEntries(res.headers);
  return { id: headers['lambda-runtime-aws-request-id'], headers, event: await res.json() };
}
async function respond(id, value) {
  const res = await fetch(api + '/invocation/' + id + '/response', { method: 'POST', body: JSON.stringify(value) });
  return { status: res.status, body: await res.json() };
}
async function fail(id, error) {
  const res = await fetch(api + '/invocation/' + id + '/error', {
    method: 'POST',
    headers: { 'Lambda-Runtime-Function-Error-Type': error.errorType },
    body: JSON.stringify(error),
  });
  return res.status;
}
function stream(id, chunks, trailers) {
  return new Promise((resolve, reject) => {
    const req = request(api + '/invocation/' + id + '/response', {
      method: 'POST',
      headers: {
        'Lambda-Runtime-Function-Response-Mode': 'streaming',
        'Content-Type': 'text/plain',
        'Transfer-Encoding': 'chunked',
        Trailer: 'Lambda-Runtime-Function-Error-Type, Lambda-Runtime-Function-Error-Body',
      },
    }, (res) => { res.resume(); res.on('end', () => resolve(res.statusCode)); });
    req.on('error', reject);
    (async () => {
      for (const chunk of chunks) {
        if (typeof chunk === 'number') await sleep(chunk);
        else req.write(chunk);
      }
      if (trailers) req.addTrailers(trailers);
      req.end();
    })();
  });
}
`;

/**
 * A function driven by its event: `{ action: 'echo' | 'error' | 'sleep' | 'exit' | 'stream' |
 * 'stream-error' | 'overlap' }`. It runs AWS_LAMBDA_MAX_CONCURRENCY pollers.
 */
export const VERSATILE_FUNCTION = `${PRELUDE}
const ENV_NAMES = ['AWS_LAMBDA_RUNTIME_API', 'AWS_LAMBDA_FUNCTION_NAME', 'AWS_LAMBDA_FUNCTION_VERSION',
  'AWS_LAMBDA_FUNCTION_MEMORY_SIZE', 'AWS_LAMBDA_LOG_GROUP_NAME', 'AWS_LAMBDA_LOG_STREAM_NAME', 'AWS_REGION',
  'AWS_DEFAULT_REGION', '_HANDLER', 'LAMBDA_TASK_ROOT', 'AWS_LAMBDA_INITIALIZATION_TYPE', 'TZ',
  'AWS_LAMBDA_MAX_CONCURRENCY', 'EXTRA'];
let inFlight = 0;
async function handle({ id, headers, event }) {
  switch (event.action) {
    case 'echo': {
      console.log('echo ' + id);
      const env = Object.fromEntries(ENV_NAMES.map((name) => [name, process.env[name]]));
      return respond(id, { event, headers, env, pid: process.pid });
    }
    case 'error':
      return fail(id, { errorType: 'MyError', errorMessage: 'boom', stackTrace: ['at handler (index.mjs:1:1)'] });
    case 'sleep':
      console.log('sleeping ' + id);
      await sleep(event.ms);
      return respond(id, { slept: event.ms });
    case 'exit':
      process.exit(event.code);
      break;
    case 'stream':
      return stream(id, ['one,', event.gapMs, 'two,', 'three']);
    case 'stream-error': {
      const error = { errorType: 'StreamBroke', errorMessage: 'half way' };
      return stream(id, ['partial'], {
        'Lambda-Runtime-Function-Error-Type': 'StreamBroke',
        'Lambda-Runtime-Function-Error-Body': Buffer.from(JSON.stringify(error)).toString('base64'),
      });
    }
    case 'overlap': {
      console.log('overlapping ' + id);
      inFlight += 1;
      let most = inFlight;
      for (let i = 0; i < event.ms / 20; i += 1) { await sleep(20); most = Math.max(most, inFlight); }
      inFlight -= 1;
      return respond(id, { most, pid: process.pid, max: process.env.AWS_LAMBDA_MAX_CONCURRENCY });
    }
  }
}
async function poller() {
  for (;;) await handle(await next());
}
const pollers = Number(process.env.AWS_LAMBDA_MAX_CONCURRENCY ?? '1');
for (let i = 0; i < pollers; i += 1) poller();
`;

/** A function whose init fails: it logs, reports `/init/error`, appends to a counter file, exits 1. */
export const INIT_ERROR_FUNCTION = `${PRELUDE}
import { appendFileSync } from 'node:fs';
appendFileSync(process.env.INIT_COUNTER, 'init\\n');
console.error('init is failing');
const res = await fetch(api + '/init/error', {
  method: 'POST',
  headers: { 'Lambda-Runtime-Function-Error-Type': 'Runtime.ImportModuleError' },
  body: JSON.stringify({ errorType: 'Runtime.ImportModuleError', errorMessage: 'Cannot find module x', stackTrace: [] }),
});
console.error('init/error answered ' + res.status);
process.exit(1);
`;

/** A temp directory for function files; `cleanup()` removes it. */
export function functionDir(): { dir: string; write(name: string, source: string): string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'lambdakit-emulator-'));
  return {
    dir,
    write(name, source) {
      const file = join(dir, name);
      writeFileSync(file, source);
      return file;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

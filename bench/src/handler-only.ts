import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleScript } from './bundle.js';
import { contenderCommand } from './process.js';
import { median } from './stats.js';

/** What `--handler-only` measured for one contender. */
export interface HandlerTiming {
  readonly name: string;
  /** µs per call of each round, in order. */
  readonly rounds: readonly number[];
}

/**
 * The timing program: imports the handler, then per round parses the event and awaits the handler
 * `calls` times, printing µs per call as JSON. The event is parsed on every call, as the runtime does.
 */
function timingSource(handlerModule: string, calls: number, rounds: number): string {
  return `import { readFileSync } from 'node:fs';
import { handler } from ${JSON.stringify(handlerModule)};
const raw = readFileSync(process.env.BENCH_EVENT_FILE, 'utf8');
const context = { awsRequestId: 'bench', functionName: 'bench', functionVersion: '$LATEST',
  invokedFunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:bench', memoryLimitInMB: '1024',
  logGroupName: '/aws/lambda/bench', logStreamName: 'bench', callbackWaitsForEmptyEventLoop: true,
  getRemainingTimeInMillis: () => 60000, done() {}, fail() {}, succeed() {} };
await handler(JSON.parse(raw), context);
const perCall = [];
for (let round = 0; round < ${rounds}; round += 1) {
  const started = process.hrtime.bigint();
  for (let i = 0; i < ${calls}; i += 1) await handler(JSON.parse(raw), context);
  perCall.push(Number(process.hrtime.bigint() - started) / 1000 / ${calls});
}
console.log(JSON.stringify(perCall));
`;
}

/**
 * Calls a contender's handler in a process of its own, without the invocation loop: what its
 * handler costs per call, apart from the Runtime API and the kernel.
 */
export async function measureHandler(
  name: string,
  handlerModule: string,
  event: Buffer,
  outdir: string,
  options: { calls: number; rounds: number },
): Promise<HandlerTiming> {
  mkdirSync(outdir, { recursive: true });
  const entry = join(outdir, 'timing.mjs');
  writeFileSync(entry, timingSource(handlerModule, options.calls, options.rounds));
  const eventFile = join(outdir, 'event.json');
  writeFileSync(eventFile, event);
  const script = await bundleScript(entry, join(outdir, 'bundle'));
  const [command, args] = contenderCommand([script]);
  const run = spawnSync(command, args, {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, BENCH_EVENT_FILE: eventFile },
  });
  if (run.status !== 0) throw new Error(`${name}: the handler timing failed\n${run.stderr}`);
  return { name, rounds: JSON.parse(run.stdout.trim().split('\n').pop() ?? '[]') as number[] };
}

/** The timings as a markdown table: median µs per call, and every round. */
export function handlerReport(timings: readonly HandlerTiming[], calls: number): string {
  return [
    `Handler only: ${calls} calls per round, each parsing the event first; µs per call.`,
    '',
    '| contender | µs/call (median) | per round |',
    '|---|--:|--:|',
    ...timings.map(
      (t) =>
        `| ${t.name} | ${median(t.rounds).toFixed(2)} | ${t.rounds.map((r) => r.toFixed(2)).join(' / ')} |`,
    ),
  ].join('\n');
}

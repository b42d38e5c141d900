import { currentContext, type LambdaContext } from 'lambdakit';

let started = 0;
const waiting: { target: number; release: () => void }[] = [];

/** Resolves once `group` invocations of this one's group have started: they overlap for sure. */
function barrier(group: number): Promise<void> {
  started += 1;
  const target = Math.ceil(started / group) * group;
  for (const entry of waiting.splice(0)) {
    if (entry.target <= started) entry.release();
    else waiting.push(entry);
  }
  if (target <= started) return Promise.resolve();
  return new Promise((release) => waiting.push({ target, release }));
}

/** Waits for its group to overlap, then reports which context it sees: each must see its own. */
export const handler = async (event: { group: number; tag: string }, context: LambdaContext) => {
  console.info(`start ${event.tag}`);
  await barrier(event.group);
  console.info(`end ${event.tag}`);
  return {
    tag: event.tag,
    requestId: context.awsRequestId,
    seen: currentContext()?.awsRequestId,
    traceEnv: process.env._X_AMZN_TRACE_ID ?? null,
  };
};

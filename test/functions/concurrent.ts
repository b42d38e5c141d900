import { currentContext, type LambdaContext } from 'lambdakit';

/** Waits `delay` ms, then reports which context it sees: each invocation must see its own. */
export const handler = async (event: { delay: number; tag: string }, context: LambdaContext) => {
  console.info(`start ${event.tag}`);
  await new Promise((r) => setTimeout(r, event.delay));
  console.info(`end ${event.tag}`);
  return {
    tag: event.tag,
    requestId: context.awsRequestId,
    seen: currentContext()?.awsRequestId,
    traceEnv: process.env._X_AMZN_TRACE_ID ?? null,
  };
};

import { currentContext, type LambdaContext } from 'lambdakit';

/** Echoes the event with what the context says about the invocation. */
export const handler = async (event: unknown, context: LambdaContext) => {
  console.log('echo', JSON.stringify(event));
  return {
    event,
    requestId: context.awsRequestId,
    sameContext: currentContext() === context,
    functionName: context.functionName,
    arn: context.invokedFunctionArn,
    remaining: context.getRemainingTimeInMillis(),
    deadline: context.deadline,
    traceId: context.xrayTraceId,
    traceEnv: process.env._X_AMZN_TRACE_ID,
    clientContext: context.clientContext,
    identity: context.identity,
    tenantId: context.tenantId,
  };
};

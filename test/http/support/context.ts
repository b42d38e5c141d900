import type { Context } from 'aws-lambda';

/** A fixed Lambda context for HTTP tests. */
export const context: Context = {
  callbackWaitsForEmptyEventLoop: false,
  functionName: 'http-test',
  functionVersion: '$LATEST',
  invokedFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:http-test',
  memoryLimitInMB: '128',
  awsRequestId: '00000000-0000-4000-8000-000000000000',
  logGroupName: '/aws/lambda/http-test',
  logStreamName: '2024/01/01/[$LATEST]0000',
  getRemainingTimeInMillis: () => 30_000,
  done: () => undefined,
  fail: () => undefined,
  succeed: () => undefined,
};

import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import { run } from 'lambdakit';

interface Greet {
  readonly name?: string;
  readonly fail?: boolean;
  readonly sleepMs?: number;
}

/** A plain handler as users write them for the managed runtime, wrapped by Middy unchanged. */
async function greet(event: Greet, context: Context, { signal }: { signal: AbortSignal }) {
  if (event.fail) throw new Error('asked to fail');
  if (event.sleepMs) await new Promise((resolve) => setTimeout(resolve, event.sleepMs, { signal }));
  return { hello: event.name, requestId: context.awsRequestId };
}

export const handler = middy(greet).use({
  before: async (request) => {
    request.event = { ...request.event, name: request.event.name?.toUpperCase() };
  },
  after: async (request) => {
    request.response = { ...request.response, trail: ['before', 'handler', 'after'] };
  },
  onError: async (request) => {
    if (request.error?.message === 'asked to fail') request.response = { recovered: request.error.message };
  },
});

await run(handler);

import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import { captureLambdaHandler } from '@aws-lambda-powertools/tracer/middleware';
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import { Controller, Ctx, createApp, createHandler, Event, Handler, run } from 'lambdakit';
import { logger, metrics, PlaceOrder, placeOrder, tracer } from './powertools-shared.js';

@Controller()
class Orders {
  @Handler(PlaceOrder)
  async place(@Event() order: PlaceOrder, @Ctx() context: Context) {
    return placeOrder(order, context.awsRequestId);
  }
}

/** Powertools' Middy middleware around `createHandler(app)`, as on the managed Node.js runtime. */
export const handler = middy(createHandler(createApp({ controllers: [Orders] })))
  .use(captureLambdaHandler(tracer))
  .use(injectLambdaContext(logger))
  .use(logMetrics(metrics, { captureColdStartMetric: true }));

await run(handler);

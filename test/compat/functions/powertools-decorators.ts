import type { Context } from 'aws-lambda';
import { Controller, Ctx, createApp, Event, Handler } from 'lambdakit';
import { logger, metrics, PlaceOrder, placeOrder, tracer } from './powertools-shared.js';

/**
 * Powertools' class-method decorators on a controller method. Their types want the class to have
 * a `handler(event, context)` method (Powertools' `LambdaInterface`), so the method is named so;
 * at run time they read the context from the second argument, which `@Ctx()` fills.
 */
@Controller()
class Orders {
  @Handler(PlaceOrder)
  @tracer.captureLambdaHandler()
  @logger.injectLambdaContext()
  @metrics.logMetrics({ captureColdStartMetric: true })
  async handler(@Event() order: PlaceOrder, @Ctx() context: Context) {
    return placeOrder(order, context.awsRequestId);
  }
}

await createApp({ controllers: [Orders] }).run();

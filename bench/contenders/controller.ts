/**
 * lambdakit-run's trivial function written as a class: one `@Handler` for the HTTP API (v2) event
 * class, validation off, so the figure is the class framework's own cost (detect, select,
 * transform, call) on the same event as lambdakit-run.
 */
import { Controller, createApp, createHandler, Handler } from 'lambdakit';
import { ApiGatewayProxyEventV2 } from 'lambdakit/events';
import { DELAY_MS, later } from './delay.js';
import { REPLY } from './reply.js';

@Controller()
class Greeter {
  @Handler(ApiGatewayProxyEventV2, { validate: false })
  greet(_event: ApiGatewayProxyEventV2): typeof REPLY | Promise<typeof REPLY> {
    return DELAY_MS > 0 ? later(REPLY) : REPLY;
  }
}

export const handler = createHandler(createApp({ controllers: [Greeter] }));

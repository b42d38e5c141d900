/**
 * The same class as `controller.ts` with class-validator on (`@Handler(ApiGatewayProxyEventV2)`, the
 * default): the whole HTTP API (v2) event validated against the event catalog's class.
 */
import { Controller, createApp, createHandler, Handler } from 'lambdakit';
import { ApiGatewayProxyEventV2 } from 'lambdakit/events';
import { DELAY_MS, later } from './delay.js';
import { REPLY } from './reply.js';

@Controller()
class Greeter {
  @Handler(ApiGatewayProxyEventV2)
  greet(_event: ApiGatewayProxyEventV2): typeof REPLY | Promise<typeof REPLY> {
    return DELAY_MS > 0 ? later(REPLY) : REPLY;
  }
}

export const handler = createHandler(createApp({ controllers: [Greeter] }));

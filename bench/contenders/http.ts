/**
 * An HTTP route as a lambdakit user writes it: `@Http('POST /orders/{id}')` with a path parameter and
 * a validated JSON body, fed an API Gateway HTTP API (v2) event.
 */
import { Controller, createApp, createHandler } from 'lambdakit';
import { Body, Http, Param } from 'lambdakit/http';
import { CreateOrder } from './create-order.js';
import { DELAY_MS, later } from './delay.js';
import { placed } from './order.js';

@Controller()
class Orders {
  @Http('POST /orders/{id}')
  create(@Param('id') id: string, @Body(CreateOrder) body: CreateOrder) {
    const order = placed(id, body);
    return DELAY_MS > 0 ? later(order) : order;
  }
}

export const handler = createHandler(createApp({ controllers: [Orders] }));

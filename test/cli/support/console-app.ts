/** The app the dev console tests run: a route that logs, a validated body, a direct handler that logs. */
export const CONSOLE_APP = `
import { IsInt, IsString, Min } from 'class-validator';
import { Body, Controller, createApp, createHandler, Handler, Http, Param } from 'lambdakit';

class PlaceOrder {
  @IsString() sku!: string;
  @IsInt() @Min(1) qty!: number;
}

@Controller()
class Orders {
  @Http('GET /hello/{name}')
  hello(@Param('name') name: string) {
    console.log('greeting', name);
    return { message: 'Hello, ' + name + '!' };
  }

  @Http('POST /orders')
  create(@Body(PlaceOrder) order: PlaceOrder) {
    return { id: '1', ...order };
  }

  @Handler(PlaceOrder)
  direct(order: PlaceOrder) {
    console.log('direct order', order.sku);
    return { placed: order.sku };
  }
}

export const handler = createHandler(createApp({ controllers: [Orders] }));
`;

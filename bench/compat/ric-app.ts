/**
 * A lambdakit app exported with `createHandler`, as deployed on the managed Node.js runtime
 * (`_HANDLER=index.handler`): one validated DTO handler and one HTTP route.
 */
import type { Context } from 'aws-lambda';
import { IsInt, IsString, Min } from 'class-validator';
import { Controller, Ctx, createApp, createHandler, Event, Handler } from 'lambdakit';
import { Http, type HttpRequest } from 'lambdakit/http';

class PlaceOrder {
  @IsString() sku!: string;
  @IsInt() @Min(1) qty!: number;
}

@Controller()
class Orders {
  @Handler(PlaceOrder)
  place(@Event() order: PlaceOrder, @Ctx() context: Context) {
    return {
      placed: order.sku,
      qty: order.qty,
      requestId: context.awsRequestId,
      functionName: context.functionName,
    };
  }

  @Http('GET /orders/{id}')
  show(req: HttpRequest) {
    return { id: req.params.id, tag: req.query.get('tag') };
  }
}

export const handler = createHandler(createApp({ controllers: [Orders] }));

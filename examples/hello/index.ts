/**
 * The example `npm start` runs on the built-in emulator: a controller with HTTP routes (validated
 * body, typed path parameter) and a handler for a plain JSON event, sharing one injected service.
 *
 *   curl http://127.0.0.1:9000/hello/world
 *   curl -X POST http://127.0.0.1:9000/orders -H 'content-type: application/json' -d '{"sku":"A-1","qty":2}'
 *   npx lambdakit invoke --data '{"sku":"A-1","qty":2}'
 */
import { IsInt, IsString, Max, Min } from 'class-validator';
import { Body, Controller, createApp, createHandler, Handler, Http, Injectable, Param } from 'lambdakit';
import { NotFoundError } from 'lambdakit/http';

/** What a client sends to place an order. */
class PlaceOrder {
  @IsString() sku!: string;
  @IsInt() @Min(1) @Max(100) qty!: number;
}

/** Keeps orders in memory: one instance per warm function. */
@Injectable()
class OrderBook {
  readonly #orders = new Map<string, PlaceOrder & { id: string }>();

  place(order: PlaceOrder) {
    const placed = { id: String(this.#orders.size + 1), ...order };
    this.#orders.set(placed.id, placed);
    return placed;
  }

  find(id: string) {
    const order = this.#orders.get(id);
    if (!order) throw new NotFoundError(`order ${id} does not exist`);
    return order;
  }
}

@Controller()
class Orders {
  constructor(private readonly book: OrderBook) {} // injected by type, from the emitted metadata

  @Http('GET /hello/{name}')
  hello(@Param('name') name: string) {
    return { message: `Hello, ${name}!` };
  }

  @Http('POST /orders')
  create(@Body(PlaceOrder) order: PlaceOrder) {
    return this.book.place(order);
  }

  @Http('GET /orders/{id}')
  get(@Param('id') id: string) {
    return this.book.find(id);
  }

  /** A direct invocation with a PlaceOrder JSON event (`lambdakit invoke`). */
  @Handler(PlaceOrder)
  placeDirect(order: PlaceOrder) {
    return this.book.place(order);
  }
}

export const handler = createHandler(createApp({ controllers: [Orders], providers: [OrderBook] }));

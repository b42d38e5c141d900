/** The same class as `controller.ts` with class-validator on (`@Handler(Greeting)`, the default). */
import { Controller, createApp, createHandler, Handler } from 'lambdakit';
import { Greeting, REPLY } from './greeting.js';

@Controller()
class Greeter {
  @Handler(Greeting)
  greet(_greeting: Greeting): { statusCode: number; body: string } {
    return REPLY;
  }
}

export const handler = createHandler(createApp({ controllers: [Greeter] }));

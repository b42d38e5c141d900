/**
 * lambdakit-run's trivial function written as a class: one `@Handler` for a plain DTO, validation
 * off, so the figure is the class framework's own cost (detect, select, transform, call).
 */
import { Controller, createApp, createHandler, Handler } from 'lambdakit';
import { Greeting, REPLY } from './greeting.js';

@Controller()
class Greeter {
  @Handler(Greeting, { validate: false })
  greet(_greeting: Greeting): { statusCode: number; body: string } {
    return REPLY;
  }
}

export const handler = createHandler(createApp({ controllers: [Greeter] }));

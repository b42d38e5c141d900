import { IsInt, IsString, Min } from 'class-validator';
import { Controller, createApp, createHandler, Handler, Http, Inject, Injectable, Param } from 'lambdakit';

/** An app bundled by esbuild, which emits no decorator metadata: injection goes through @Inject. */

@Injectable()
class Greeter {
  constructor(@Inject('GREETING') private readonly greeting: string) {}
  greet(name: string) {
    return `${this.greeting}, ${name}`;
  }
}

class Greet {
  @IsString() name!: string;
  @IsInt() @Min(1) times!: number;
}

@Controller()
class Greetings {
  constructor(@Inject(Greeter) private readonly greeter: Greeter) {}

  @Handler(Greet)
  greet(input: Greet) {
    return Array.from({ length: input.times }, () => this.greeter.greet(input.name));
  }

  @Http('GET /hello/{name}')
  hello(@Param('name') name: string, @Param('name') again: unknown) {
    return { message: this.greeter.greet(name), untyped: typeof again };
  }
}

export const handler = createHandler(
  createApp({ controllers: [Greetings], providers: [Greeter, { provide: 'GREETING', useValue: 'Hello' }] }),
);

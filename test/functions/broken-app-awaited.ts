import { Controller, createApp, createHandler, Handler, Inject } from 'lambdakit';

/** The recommended form for the managed runtime: the init is awaited at the top level. */
class Ping {
  ping = true;
}

@Controller()
class Broken {
  constructor(@Inject('MISSING') readonly missing: unknown) {}
  @Handler(Ping) ping() {}
}

export const handler = createHandler(createApp({ controllers: [Broken] }));
await handler.init();

import { Controller, createApp, createHandler, Handler, Inject } from 'lambdakit';

/** An app whose controller needs a provider nobody gives: its init fails. */
class Ping {
  ping = true;
}

@Controller()
class Broken {
  constructor(@Inject('MISSING') readonly missing: unknown) {}
  @Handler(Ping) ping() {}
}

export const handler = createHandler(createApp({ controllers: [Broken] }));

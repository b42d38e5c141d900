import {
  Controller,
  createApp,
  createHandler,
  Event,
  Extension,
  Handler,
  Inject,
  Injectable,
  OnTelemetry,
  onShutdown,
} from 'lambdakit';
import type { InvokeEvent, TelemetryEvent } from 'lambdakit/extension';

/** Shared by the controller and the internal extension: one container builds both. */
@Injectable()
class Trail {
  readonly seen: string[] = [];
}

@Extension({ name: 'audit' })
class Audit {
  constructor(@Inject(Trail) private readonly trail: Trail) {}

  onInvoke(event: InvokeEvent): void {
    this.trail.seen.push(event.requestId);
    console.log(`audit INVOKE ${event.requestId} ${event.invokedFunctionArn}`);
  }

  @OnTelemetry({ types: ['platform'], buffering: { timeoutMs: 25 } })
  onTelemetry(batch: TelemetryEvent[]): void {
    for (const event of batch) {
      if (event.type === 'platform.report')
        console.log(`audit REPORT ${event.record.requestId} ${event.record.status}`);
    }
  }
}

class Ping {
  name!: string;
}

@Controller()
class Pings {
  constructor(@Inject(Trail) private readonly trail: Trail) {}

  @Handler(Ping, { validate: false })
  ping(@Event() event: Ping) {
    return { pong: event.name, auditedBefore: [...this.trail.seen] };
  }
}

onShutdown(() => console.log('function hook ran'));

export const handler = createHandler(
  createApp({ controllers: [Pings], providers: [Trail], extensions: [Audit] }),
);

/**
 * A nightly job on an EventBridge schedule: the scheduled event is detected, validated and handed
 * to the method as a `ScheduledEvent`; the report it builds comes from an injected service.
 * Try it on the emulator (deploy it with template.yaml beside this file):
 *
 *   npx lambdakit dev examples/schedule/index.ts
 *   npx lambdakit invoke --example scheduled
 */
import { Controller, createApp, createHandler, Event, Handler, Injectable } from 'lambdakit';
import { ScheduledEvent } from 'lambdakit/events';

/** Builds the report for one scheduled run. */
@Injectable()
class ReportBuilder {
  build(rule: string, scheduledFor: string) {
    return { rule, scheduledFor, builtAt: new Date().toISOString() };
  }
}

@Controller()
class NightlyReport {
  constructor(private readonly reports: ReportBuilder) {}

  @Handler(ScheduledEvent)
  run(@Event() event: ScheduledEvent) {
    const report = this.reports.build(event.resources[0] ?? 'unknown rule', event.time);
    console.log(`report for ${report.rule}, scheduled for ${report.scheduledFor}`);
    return report;
  }
}

export const handler = createHandler(createApp({ controllers: [NightlyReport], providers: [ReportBuilder] }));

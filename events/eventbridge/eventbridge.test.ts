import '../support/metadata.js';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Type } from 'class-transformer';
import { IsNumber, IsString, ValidateNested } from 'class-validator';
import { describe, expect, it } from 'vitest';
import { EventSource, eventSourceOf } from '../../decorators/event-source.js';
import { transformAndValidate } from '../../src/dispatch/transform-and-validate.js';
import type { EventValidationError } from '../../src/errors/event-validation-error.js';
import { loadFixture } from '../../test/support/fixtures.js';
import { isEventBridgeOf } from '../support/detect.js';
import {
  AutoScalingLifecycleActionEvent,
  CodeBuildStateChangeEvent,
  CodeBuildStateDetail,
  CodePipelineActionStateChangeEvent,
  EventBridgeEvent,
  S3EventBridgeEvent,
  ScheduledEvent,
} from './index.js';

const sample = (name: string): unknown =>
  JSON.parse(
    readFileSync(join(dirname(fileURLToPath(import.meta.url)), `../support/samples/${name}.json`), 'utf8'),
  );

class OrderPlaced {
  @IsString() orderId!: string;
  @IsNumber() total!: number;
}

@EventSource<OrderPlacedEvent>({
  name: 'order-placed',
  specificity: 30,
  detect: (e) => isEventBridgeOf(e, 'shop.orders', ['Order Placed']),
})
class OrderPlacedEvent extends EventBridgeEvent<OrderPlaced, 'Order Placed'> {
  @ValidateNested() @Type(() => OrderPlaced) override detail!: OrderPlaced;
}

describe('EventBridgeEvent', () => {
  it('validates a user refinement with a typed detail', async () => {
    const event = await transformAndValidate(OrderPlacedEvent, sample('eventbridge-custom'));
    expect(event).toBeInstanceOf(EventBridgeEvent);
    expect(event.detail).toBeInstanceOf(OrderPlaced);
    expect(event.detail.total).toBe(12.5);
    expect(eventSourceOf(OrderPlacedEvent)?.detect(sample('eventbridge-custom'))).toBe(true);
    const raw = sample('eventbridge-custom') as { detail: Record<string, unknown> };
    raw.detail.total = 'twelve';
    const err = await transformAndValidate(OrderPlacedEvent, raw).catch((e: unknown) => e);
    expect((err as EventValidationError).details.map((d) => d.path)).toEqual(['detail.total']);
  });

  it('the generic class takes any EventBridge event, keeping detail as sent', async () => {
    const raw = loadFixture('codebuild-state-change.json');
    const event = await transformAndValidate(EventBridgeEvent, raw);
    expect(event.detail).toEqual((raw as { detail: unknown }).detail);
    expect(event.detail).not.toBeInstanceOf(CodeBuildStateDetail);
  });

  it('a refinement rejects another source’s event on source and detail-type', async () => {
    const err = await transformAndValidate(
      CodeBuildStateChangeEvent,
      loadFixture('ecr-image-push-event.json'),
    ).catch((e: unknown) => e);
    const paths = (err as EventValidationError).details.map((d) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['source', 'detail-type']));
  });

  it('reads typed details of AWS events', async () => {
    const build = await transformAndValidate(
      CodeBuildStateChangeEvent,
      loadFixture('codebuild-state-change.json'),
    );
    expect(build.detail['additional-information'].environment['environment-variables'][0]?.name).toBe('TEST');
    const action = await transformAndValidate(
      CodePipelineActionStateChangeEvent,
      loadFixture('codepipeline-action-execution-stage-change-event.json'),
    );
    expect(action.detail.type.provider).toBe('CodeDeploy');
    const hook = await transformAndValidate(
      AutoScalingLifecycleActionEvent,
      loadFixture('autoscaling-event-terminate-action.json'),
    );
    expect(hook.detail.NotificationMetadata).toBeUndefined();
    const schedule = await transformAndValidate(ScheduledEvent, sample('scheduled'));
    expect(schedule.detail).toEqual({});
    const s3 = await transformAndValidate(S3EventBridgeEvent, sample('s3-eventbridge-deleted'));
    expect(s3.detail['deletion-type']).toBe('Permanently Deleted');
  });
});

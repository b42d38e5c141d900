import { describe, expect, it } from 'vitest';
import { transformAndValidate } from '../../src/dispatch/transform-and-validate.js';
import type { EventValidationError } from '../../src/errors/event-validation-error.js';
import { loadFixture } from '../../test/support/fixtures.js';
import { isSesReceiptAction, SesEvent } from './index.js';

describe('SesEvent', () => {
  it.each([
    ['ses-lambda-event.json', 'Lambda'],
    ['ses-s3-event.json', 'S3'],
    ['ses-sns-event.json', 'SNS'],
  ])('%s carries a %s action', async (name, type) => {
    const event = await transformAndValidate(SesEvent, loadFixture(name));
    expect(event.Records[0]?.ses.receipt.action.type).toBe(type);
  });

  it('checks each action type’s own fields', async () => {
    expect(isSesReceiptAction({ type: 'S3', bucketName: 'b', objectKey: 'k' })).toBe(true);
    expect(isSesReceiptAction({ type: 'S3', bucketName: 'b' })).toBe(false);
    expect(isSesReceiptAction({ type: 'Stop' })).toBe(true);
    expect(isSesReceiptAction({ type: 'Fax' })).toBe(false);
    const raw = loadFixture('ses-lambda-event.json') as {
      Records: { ses: { receipt: Record<string, unknown> } }[];
    };
    raw.Records[0]!.ses.receipt.action = { type: 'Lambda' };
    const err = await transformAndValidate(SesEvent, raw).catch((e: unknown) => e);
    expect((err as EventValidationError).details.map((d) => d.path)).toEqual([
      'Records.0.ses.receipt.action',
    ]);
  });
});

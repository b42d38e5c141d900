import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { transformAndValidate } from '../../src/dispatch/transform-and-validate.js';
import { CloudFormationCustomResourceEvent, CustomResourceResponse } from './index.js';

const sample = (name: string): unknown =>
  JSON.parse(
    readFileSync(join(dirname(fileURLToPath(import.meta.url)), `../support/samples/${name}.json`), 'utf8'),
  );

describe('CloudFormation custom resources', () => {
  it('answers a Create with the request id as physical id by default', async () => {
    const event = await transformAndValidate(CloudFormationCustomResourceEvent, sample('cfn-create'));
    const body = JSON.parse(
      CustomResourceResponse.success(event, { data: { Arn: 'arn:aws:s3:::shop-uploads' } }).body(),
    );
    expect(body).toEqual({
      Status: 'SUCCESS',
      PhysicalResourceId: event.RequestId,
      StackId: event.StackId,
      RequestId: event.RequestId,
      LogicalResourceId: 'UploadsBucket',
      Data: { Arn: 'arn:aws:s3:::shop-uploads' },
    });
  });

  it('keeps the physical id of an Update unless told otherwise, and reports failures', async () => {
    const update = await transformAndValidate(
      CloudFormationCustomResourceEvent<{ BucketName: string }>,
      sample('cfn-update'),
    );
    expect(update.ResourceProperties.BucketName).toBe('shop-uploads-v2');
    expect(update.OldResourceProperties).toMatchObject({ BucketName: 'shop-uploads' });
    const failed = CustomResourceResponse.failed(update, 'bucket name taken', { noEcho: true }).response;
    expect(failed).toMatchObject({
      Status: 'FAILED',
      Reason: 'bucket name taken',
      PhysicalResourceId: 'shop-uploads',
      NoEcho: true,
    });
    const replaced = CustomResourceResponse.success(update, {
      physicalResourceId: 'shop-uploads-v2',
    }).response;
    expect(replaced.PhysicalResourceId).toBe('shop-uploads-v2');
  });
});

import { describe, expect, it } from 'vitest';
import { transformAndValidate } from '../../src/dispatch/transform-and-validate.js';
import { EventValidationError } from '../../src/errors/event-validation-error.js';
import { loadFixture } from '../../test/support/fixtures.js';
import { EventDecodeError } from '../support/event-decode-error.js';
import { S3BatchEvent, S3BatchEventV2, S3BatchResponse, S3Event, S3ObjectLambdaEvent } from './index.js';

function withKey(key: string): unknown {
  const raw = loadFixture('s3-event.json') as { Records: { s3: { object: Record<string, unknown> } }[] };
  raw.Records[0]!.s3.object.key = key;
  return raw;
}

describe('S3 object keys', () => {
  it.each([
    ['s3-event.json', 'Happy Face.jpg'],
    ['s3-glacier-event.json', 'glacier-test.txt'],
    ['s3-replication-event.json', 'replication-test.png'],
  ])('decodes the key of %s', async (name, key) => {
    const event = await transformAndValidate(S3Event, loadFixture(name));
    expect(event.Records[0]?.objectKey()).toBe(key);
  });

  it('turns + into spaces before percent-decoding, so %2B stays a plus', async () => {
    const event = await transformAndValidate(S3Event, withKey('photos/red+flower%2B%C3%A9.jpg'));
    expect(event.Records[0]?.s3.object.decodedKey()).toBe('photos/red flower+é.jpg');
  });

  it('reports broken percent-encoding as EventDecodeError', async () => {
    const event = await transformAndValidate(S3Event, withKey('bad%E0%A4%A.txt'));
    const err = (() => {
      try {
        return event.Records[0]?.objectKey();
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(EventDecodeError);
    expect((err as EventDecodeError).step).toBe('url');
  });

  it('accepts ObjectRemoved records, which have no size or eTag', async () => {
    const raw = loadFixture('s3-event.json') as { Records: Record<string, unknown>[] };
    const record = raw.Records[0] as { eventName: string; s3: { object: Record<string, unknown> } };
    record.eventName = 'ObjectRemoved:Delete';
    delete record.s3.object.size;
    delete record.s3.object.eTag;
    const event = await transformAndValidate(S3Event, raw);
    expect(event.Records[0]?.s3.object.size).toBeUndefined();
  });
});

describe('S3 Batch Operations', () => {
  it('builds a response that validates and echoes the invocation', async () => {
    const event = await transformAndValidate(
      S3BatchEvent,
      loadFixture('s3-batch-job-event-request-1.0.json'),
    );
    const task = event.tasks[0]!;
    const response = S3BatchResponse.for(event)
      .succeeded(task, 'copied')
      .temporaryFailure({ taskId: 't2' }, 'slow down')
      .permanentFailure({ taskId: 't3' }, 'no such key');
    const plain = JSON.parse(JSON.stringify(response));
    expect(plain).toEqual({
      invocationSchemaVersion: '1.0',
      treatMissingKeysAs: 'PermanentFailure',
      invocationId: event.invocationId,
      results: [
        { taskId: task.taskId, resultCode: 'Succeeded', resultString: 'copied' },
        { taskId: 't2', resultCode: 'TemporaryFailure', resultString: 'slow down' },
        { taskId: 't3', resultCode: 'PermanentFailure', resultString: 'no such key' },
      ],
    });
    await expect(transformAndValidate(S3BatchResponse, plain)).resolves.toBeInstanceOf(S3BatchResponse);
  });

  it('answers 2.0 invocations with user arguments', async () => {
    const event = await transformAndValidate(
      S3BatchEventV2,
      loadFixture('s3-batch-job-event-request-2.0.json'),
    );
    expect(event.job.userArguments).toEqual({ k1: 'v1', k2: 'v2' });
    const response = S3BatchResponse.for(event, { treatMissingKeysAs: 'TemporaryFailure' });
    expect(response.succeeded(event.tasks[0]!).treatMissingKeysAs).toBe('TemporaryFailure');
  });

  it('rejects an unknown result code', async () => {
    const raw = loadFixture('s3-batch-job-event-response.json') as { results: Record<string, unknown>[] };
    raw.results[0]!.resultCode = 'Maybe';
    const err = await transformAndValidate(S3BatchResponse, raw).catch((e: unknown) => e);
    expect((err as EventValidationError).details.map((d) => d.path)).toEqual(['results.0.resultCode']);
  });
});

describe('S3ObjectLambdaEvent', () => {
  it.each([
    ['s3-object-lambda-event-get-object-iam.json', 'GetObject'],
    ['s3-object-lambda-event-head-object-iam.json', 'HeadObject'],
    ['s3-object-lambda-event-list-objects-iam.json', 'ListObjects'],
    ['s3-object-lambda-event-list-objects-v2-iam.json', 'ListObjectsV2'],
  ])('%s is a %s request', async (name, operation) => {
    const event = await transformAndValidate(S3ObjectLambdaEvent, loadFixture(name));
    expect(event.operation).toBe(operation);
    expect(event.userRequest.headers.Host).toContain('s3-object-lambda');
  });

  it('keeps the assumed-role session issuer', async () => {
    const raw = loadFixture('s3-object-lambda-event-get-object-assumed-role.json');
    const event = await transformAndValidate(S3ObjectLambdaEvent, raw);
    expect(event.userIdentity.sessionContext?.sessionIssuer?.userName).toBe('Admin');
    expect(event.getObjectContext?.outputToken).toBe('OutputToken');
  });

  it('names a header that is not a string', async () => {
    const raw = loadFixture('s3-object-lambda-event-head-object-iam.json') as {
      userRequest: { headers: Record<string, unknown> };
    };
    raw.userRequest.headers['X-Count'] = 3;
    const err = await transformAndValidate(S3ObjectLambdaEvent, raw).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EventValidationError);
    const detail = (err as EventValidationError).details[0];
    expect(detail?.path).toBe('userRequest.headers');
    expect(Object.values(detail?.constraints ?? {}).join()).toContain('X-Count');
  });
});

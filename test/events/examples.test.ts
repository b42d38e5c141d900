import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as catalog from 'lambdakit/events';
import { describe, expect, it } from 'vitest';
import type { ClassType } from '../../decorators/class-type.js';
import { eventSourceOf } from '../../decorators/event-source.js';
import { examplesDir } from '../../src/cli/examples.js';
import { mostSpecificSources, registeredSources } from './registry-table.js';

const dir = examplesDir();
const examples = readdirSync(dir)
  .filter((file) => file.endsWith('.json'))
  .map((file) => ({
    name: file.slice(0, -'.json'.length),
    event: JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown,
  }));

function isClass(value: unknown): value is ClassType<object> {
  return typeof value === 'function';
}

/** The registered class of a source name. */
function classOf(name: string): ClassType<object> | undefined {
  return Object.values(catalog).find(
    (value): value is ClassType<object> => isClass(value) && eventSourceOf(value)?.name === name,
  );
}

describe('the sample events of `lambdakit invoke --example`', () => {
  it('cover every registered source, each file named after a registered source', () => {
    const names = new Set(examples.map((example) => example.name));
    const registered = registeredSources().map(({ spec }) => spec.name);
    expect(registered.filter((name) => !names.has(name))).toEqual([]);
    expect([...names].filter((name) => !registered.includes(name))).toEqual([]);
  });

  it.each(examples)('$name validates against its class with no error', async ({ name, event }) => {
    const type = classOf(name);
    expect(type).toBeDefined();
    const instance = await catalog.transformAndValidate(type!, event);
    expect(instance).toBeInstanceOf(type!);
  });

  it.each(examples)('$name is detected as exactly its own source', ({ name, event }) => {
    expect(mostSpecificSources(event).map(({ spec }) => spec.name)).toEqual([name]);
  });
});

describe('the encoded payloads of the sample events', () => {
  const eventOf = (name: string): unknown => examples.find((example) => example.name === name)?.event;
  const { transformAndValidate } = catalog;

  it('decode with the catalog helpers: logs gzip, stream and Kafka base64, DynamoDB images, S3 keys', async () => {
    const logs = await transformAndValidate(catalog.CloudWatchLogsEvent, eventOf('cloudwatch-logs'));
    const logData = await logs.decode();
    expect(logData.messageType).toBe('DATA_MESSAGE');
    expect(logData.logEvents.map((event) => event.message)).toEqual([
      expect.stringContaining('ERROR\tpayment declined'),
      expect.stringContaining('INFO\tretrying'),
    ]);

    const kinesis = await transformAndValidate(catalog.KinesisStreamEvent, eventOf('kinesis'));
    expect(kinesis.Records[0]!.json()).toMatchObject({ type: 'page_view' });

    const firehose = await transformAndValidate(catalog.FirehoseTransformationEvent, eventOf('firehose'));
    expect(firehose.records.map((record) => record.json())).toEqual([
      expect.objectContaining({ type: 'page_view' }),
      expect.objectContaining({ type: 'click' }),
    ]);

    const msk = await transformAndValidate(catalog.MskEvent, eventOf('msk'));
    const selfManaged = await transformAndValidate(
      catalog.SelfManagedKafkaEvent,
      eventOf('self-managed-kafka'),
    );
    for (const record of [msk.allRecords()[0], selfManaged.allRecords()[0]]) {
      expect(record!.keyText()).toBe('cus-77');
      expect(record!.valueJson()).toEqual({ orderId: 'ord-1001', status: 'PLACED' });
      expect(record!.headerText('content-type')).toBe('application/json');
    }

    const dynamo = await transformAndValidate(catalog.DynamoDbStreamEvent, eventOf('dynamodb'));
    expect(dynamo.Records[0]!.oldImage()).toMatchObject({ status: 'PLACED' });
    expect(dynamo.Records[0]!.newImage()).toMatchObject({ status: 'SHIPPED', total: 42.5 });

    const s3 = await transformAndValidate(catalog.S3Event, eventOf('s3'));
    expect(s3.Records[0]!.objectKey()).toBe('uploads/2024/invoice 1001.pdf');
  });

  it('carry consistent checksums (SQS md5OfBody)', async () => {
    const sqs = await transformAndValidate(catalog.SqsEvent, eventOf('sqs'));
    for (const record of sqs.Records) {
      expect(record.md5OfBody).toBe(createHash('md5').update(record.body).digest('hex'));
      expect(record.json()).toMatchObject({ orderId: 'ord-1001' });
    }
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ClassType } from '../../decorators/class-type.js';
import { eventSourceOf } from '../../decorators/event-source.js';
import { transformAndValidate } from '../../src/dispatch/transform-and-validate.js';
import { EventValidationError } from '../../src/errors/event-validation-error.js';
import { FIXTURE_DIR, fixtureNames, loadFixture } from '../../test/support/fixtures.js';
import { assertMutations } from '../../test/support/sample-mutation.js';
import { CloudFormationCustomResourceEvent } from '../cloudformation/index.js';
import {
  CloudWatchAlarmDetail,
  CloudWatchAlarmEvent,
  CloudWatchAlarmSnsEvent,
  CloudWatchAlarmSnsRecord,
  CloudWatchLogsEvent,
  CloudWatchLogsPayload,
} from '../cloudwatch/index.js';
import {
  DynamoDbRecord,
  DynamoDbStreamEvent,
  DynamoDbStreamRecord,
  DynamoDbTimeWindowEvent,
} from '../dynamodb/index.js';
import * as eb from '../eventbridge/index.js';
import {
  FirehoseKinesisMetadata,
  FirehoseRecord,
  FirehoseResultRecord,
  FirehoseTransformationEvent,
  FirehoseTransformationResponse,
} from '../firehose/index.js';
import { KafkaRecord, MskEvent, SelfManagedKafkaEvent } from '../kafka/index.js';
import {
  KinesisAnalyticsDeliveryResult,
  KinesisAnalyticsOutputDeliveryEvent,
  KinesisAnalyticsOutputDeliveryResponse,
  KinesisAnalyticsOutputRecord,
  KinesisPayload,
  KinesisRecord,
  KinesisStreamEvent,
  KinesisTimeWindowEvent,
} from '../kinesis/index.js';
import {
  ActiveMqDestination,
  ActiveMqEvent,
  ActiveMqMessage,
  RabbitMqBasicProperties,
  RabbitMqEvent,
  RabbitMqMessage,
} from '../mq/index.js';
import * as s3 from '../s3/index.js';
import { SecretsManagerRotationEvent } from '../secrets-manager/index.js';
import { SesCommonHeaders, SesEvent, SesMail, SesReceipt, SesRecord, SesVerdict } from '../ses/index.js';
import { SnsEvent, SnsMessage, SnsMessageAttribute, SnsRecord } from '../sns/index.js';
import { SqsEvent, SqsMessageAttribute, SqsRecord, SqsRecordAttributes } from '../sqs/index.js';
import { isRecord } from './guards.js';
import { TimeWindow } from './time-window.js';

type Nested = readonly [path: string, type: ClassType<object>];
interface Entry {
  readonly type: ClassType<object>;
  /** Real AWS fixtures, or names of constructed samples (`sample:…`) where no fixture exists. */
  readonly inputs: readonly string[];
  readonly nested: readonly Nested[];
  /** The class this one refines (its detector also accepts our inputs, with lower specificity). */
  readonly refines?: ClassType<object>;
}

const EB_NESTED: Nested[] = [];
const ebEntry = (type: ClassType<object>, inputs: string[], detail: ClassType<object>): Entry => ({
  type,
  inputs,
  refines: eb.EventBridgeEvent,
  nested: [...EB_NESTED, ['detail', detail]],
});

/** Every event class of these folders → the inputs it must accept. */
const EVENTS: readonly Entry[] = [
  {
    type: SqsEvent,
    inputs: ['sqs-event.json'],
    nested: [
      ['Records.0', SqsRecord],
      ['Records.0.attributes', SqsRecordAttributes],
      ['Records.0.messageAttributes.Attribute3', SqsMessageAttribute],
    ],
  },
  {
    type: SnsEvent,
    inputs: ['sns-event.json'],
    nested: [
      ['Records.0', SnsRecord],
      ['Records.0.Sns', SnsMessage],
      ['Records.0.Sns.MessageAttributes.Test', SnsMessageAttribute],
    ],
  },
  {
    type: CloudWatchAlarmSnsEvent,
    refines: SnsEvent,
    inputs: [
      'cloudwatch-alarm-sns-payload-multiple-metrics.json',
      'cloudwatch-alarm-sns-payload-single-metric.json',
    ],
    nested: [
      ['Records.0', CloudWatchAlarmSnsRecord],
      ['Records.0.Sns', SnsMessage],
    ],
  },
  {
    type: CloudWatchAlarmEvent,
    inputs: ['sample:cloudwatch-alarm-metric', 'sample:cloudwatch-alarm-composite'],
    nested: [['alarmData', CloudWatchAlarmDetail]],
  },
  {
    type: CloudWatchLogsEvent,
    inputs: ['cloudwatch-logs-event.json'],
    nested: [['awslogs', CloudWatchLogsPayload]],
  },
  {
    type: s3.S3Event,
    inputs: [
      's3-event.json',
      's3-event-with-decoded.json',
      's3-glacier-event.json',
      's3-intelligenttier-event.json',
      's3-lifecycle-event.json',
      's3-replication-event.json',
      's3-restore-event.json',
    ],
    nested: [
      ['Records.0', s3.S3EventRecord],
      ['Records.0.s3', s3.S3Entity],
      ['Records.0.s3.bucket.ownerIdentity', s3.S3Principal],
      ['Records.0.s3.object', s3.S3Object],
      ['Records.0.responseElements', s3.S3ResponseElements],
    ],
  },
  {
    type: s3.S3BatchEvent,
    inputs: ['s3-batch-job-event-request-1.0.json'],
    nested: [
      ['job', s3.S3BatchJob],
      ['tasks.0', s3.S3BatchTask],
    ],
  },
  {
    type: s3.S3BatchEventV2,
    inputs: ['s3-batch-job-event-request-2.0.json'],
    nested: [
      ['job', s3.S3BatchJobV2],
      ['tasks.0', s3.S3BatchTaskV2],
    ],
  },
  {
    type: s3.S3ObjectLambdaEvent,
    inputs: [
      's3-object-lambda-event-get-object-assumed-role.json',
      's3-object-lambda-event-get-object-iam.json',
      's3-object-lambda-event-head-object-iam.json',
      's3-object-lambda-event-list-objects-iam.json',
      's3-object-lambda-event-list-objects-v2-iam.json',
    ],
    nested: [
      ['configuration', s3.S3ObjectLambdaConfiguration],
      ['userRequest', s3.S3ObjectLambdaUserRequest],
      ['userIdentity', s3.S3ObjectLambdaUserIdentity],
    ],
  },
  {
    type: SesEvent,
    inputs: ['ses-lambda-event.json', 'ses-s3-event.json', 'ses-sns-event.json'],
    nested: [
      ['Records.0', SesRecord],
      ['Records.0.ses.mail', SesMail],
      ['Records.0.ses.mail.commonHeaders', SesCommonHeaders],
      ['Records.0.ses.receipt', SesReceipt],
      ['Records.0.ses.receipt.spamVerdict', SesVerdict],
    ],
  },
  { type: SecretsManagerRotationEvent, inputs: ['secretsmanager-secret-rotation-event.json'], nested: [] },
  {
    type: DynamoDbStreamEvent,
    inputs: ['dynamodb-event.json'],
    nested: [
      ['Records.1', DynamoDbRecord],
      ['Records.1.dynamodb', DynamoDbStreamRecord],
    ],
  },
  {
    type: DynamoDbTimeWindowEvent,
    refines: DynamoDbStreamEvent,
    inputs: ['dynamodb-time-window-event.json'],
    nested: [
      ['Records.2', DynamoDbRecord],
      ['window', TimeWindow],
    ],
  },
  {
    type: KinesisStreamEvent,
    inputs: ['kinesis-event.json'],
    nested: [
      ['Records.1', KinesisRecord],
      ['Records.1.kinesis', KinesisPayload],
    ],
  },
  {
    type: KinesisTimeWindowEvent,
    refines: KinesisStreamEvent,
    inputs: ['kinesis-time-window-event.json'],
    nested: [
      ['Records.0', KinesisRecord],
      ['window', TimeWindow],
    ],
  },
  {
    type: KinesisAnalyticsOutputDeliveryEvent,
    inputs: ['kinesis-analytics-output-delivery-event.json'],
    nested: [['records.0', KinesisAnalyticsOutputRecord]],
  },
  {
    type: FirehoseTransformationEvent,
    inputs: ['kinesis-firehose-event.json'],
    nested: [
      ['records.1', FirehoseRecord],
      ['records.1.kinesisRecordMetadata', FirehoseKinesisMetadata],
    ],
  },
  { type: MskEvent, inputs: ['kafka-event.json'], nested: [['records.AWSKafkaTopic-0.0', KafkaRecord]] },
  {
    type: SelfManagedKafkaEvent,
    inputs: ['sample:self-managed-kafka'],
    nested: [['records.orders-1.0', KafkaRecord]],
  },
  {
    type: ActiveMqEvent,
    inputs: ['activemq-event.json'],
    nested: [
      ['messages.0', ActiveMqMessage],
      ['messages.0.destination', ActiveMqDestination],
    ],
  },
  {
    type: RabbitMqEvent,
    inputs: ['rabbitmq-event.json'],
    nested: [
      ['rmqMessagesByQueue.test::/.0', RabbitMqMessage],
      ['rmqMessagesByQueue.test::/.0.basicProperties', RabbitMqBasicProperties],
    ],
  },
  {
    type: CloudFormationCustomResourceEvent,
    inputs: ['sample:cfn-create', 'sample:cfn-update', 'sample:cfn-delete'],
    nested: [],
  },
  { type: eb.EventBridgeEvent, inputs: ['sample:eventbridge-custom'], nested: [] },
  { ...ebEntry(eb.ScheduledEvent, ['sample:scheduled'], Object), nested: [] },
  ebEntry(
    eb.S3EventBridgeEvent,
    ['sample:s3-eventbridge-created', 'sample:s3-eventbridge-deleted'],
    eb.S3EventBridgeDetail,
  ),
  ebEntry(eb.CodeBuildStateChangeEvent, ['codebuild-state-change.json'], eb.CodeBuildStateDetail),
  ebEntry(eb.CodeBuildPhaseChangeEvent, ['codebuild-phase-change.json'], eb.CodeBuildPhaseDetail),
  ebEntry(eb.CodeDeployDeploymentEvent, ['codedeploy-deployment-event.json'], eb.CodeDeployDeploymentDetail),
  ebEntry(eb.CodeDeployInstanceEvent, ['codedeploy-instance-event.json'], eb.CodeDeployInstanceDetail),
  ebEntry(eb.EcrImageActionEvent, ['ecr-image-push-event.json'], eb.EcrImageActionDetail),
  ebEntry(eb.EcrImageScanEvent, ['ecr-image-scan-event.json'], eb.EcrImageScanDetail),
  ebEntry(
    eb.EcsContainerInstanceStateChangeEvent,
    ['ecs-container-instance-state-change.json'],
    eb.EcsContainerInstanceDetail,
  ),
  ebEntry(
    eb.AutoScalingActivityEvent,
    [
      'autoscaling-event-launch-successful.json',
      'autoscaling-event-launch-unsuccessful.json',
      'autoscaling-event-terminate-successful.json',
      'autoscaling-event-terminate-unsuccessful.json',
    ],
    eb.AutoScalingActivityDetail,
  ),
  ebEntry(
    eb.AutoScalingLifecycleActionEvent,
    ['autoscaling-event-lifecycle-action.json', 'autoscaling-event-terminate-action.json'],
    eb.AutoScalingLifecycleDetail,
  ),
  ebEntry(
    eb.CodePipelineExecutionStateChangeEvent,
    ['codepipeline-execution-state-change-event.json'],
    eb.CodePipelineExecutionDetail,
  ),
  ebEntry(
    eb.CodePipelineStageStateChangeEvent,
    ['codepipeline-execution-stage-change-event.json'],
    eb.CodePipelineStageDetail,
  ),
  ebEntry(
    eb.CodePipelineActionStateChangeEvent,
    ['codepipeline-action-execution-stage-change-event.json'],
    eb.CodePipelineActionDetail,
  ),
];

/** Response fixtures → the response class that must accept them (no detector: they are not events). */
const RESPONSES: readonly Entry[] = [
  {
    type: s3.S3BatchResponse,
    inputs: ['s3-batch-job-event-response.json'],
    nested: [['results.0', s3.S3BatchTaskResult]],
  },
  {
    type: KinesisAnalyticsOutputDeliveryResponse,
    inputs: ['kinesis-analytics-output-delivery-response.json'],
    nested: [['records.0', KinesisAnalyticsDeliveryResult]],
  },
];

const UNPARSABLE = 'dynamodb-event-malformed.2.json';
/** Fixtures that hold a response this catalogue validates but that Firehose itself would reject. */
const INVALID_RESPONSE = 'kinesis-firehose-response.json';

/** Constructed samples (our own values) for sources without an AWS fixture. */
const SAMPLE_DIR = join(dirname(fileURLToPath(import.meta.url)), 'samples');
const SAMPLE_NAMES = readdirSync(SAMPLE_DIR).map((file) => `sample:${file.replace(/\.json$/, '')}`);

function input(name: string): unknown {
  if (!name.startsWith('sample:')) return loadFixture(name);
  return JSON.parse(readFileSync(join(SAMPLE_DIR, `${name.slice('sample:'.length)}.json`), 'utf8'));
}

/** The value at a dotted path (no key used here contains a dot). */
function at(value: unknown, path: string): unknown {
  let node = value;
  for (const key of path.split('.'))
    node = isRecord(node) || Array.isArray(node) ? (node as Record<string, unknown>)[key] : undefined;
  return node;
}

function conformance(entry: Entry, name: string): () => Promise<void> {
  return async () => {
    const raw = input(name);
    const instance = await transformAndValidate(entry.type, raw);
    expect(instance).toBeInstanceOf(entry.type);
    for (const [path, type] of entry.nested) expect(at(instance, path), path).toBeInstanceOf(type);
    expect(JSON.parse(JSON.stringify(instance))).toStrictEqual(raw);
  };
}

const cases = (entries: readonly Entry[]) =>
  entries.flatMap((e) => e.inputs.map((name) => [e.type.name, name, e] as const));

describe.each(cases(EVENTS))('%s ← %s', (_, name, entry) => {
  it('validates, builds nested instances and survives a JSON round trip', conformance(entry, name));

  it('is accepted by its detector', () => {
    expect(eventSourceOf(entry.type)?.detect(input(name))).toBe(true);
  });
});

describe.each(cases(RESPONSES))('%s ← %s', (_, name, entry) => {
  it('validates, builds nested instances and survives a JSON round trip', conformance(entry, name));
});

describe('detectors across every fixture in the folder', () => {
  const parsed = fixtureNames().flatMap((name) => {
    try {
      return [[name, loadFixture(name)] as const];
    } catch {
      return [];
    }
  });
  const samples = SAMPLE_NAMES.map((name) => [name, input(name)] as const);
  const all = [...parsed, ...samples];
  const owners = new Map<string, Entry>();
  for (const entry of EVENTS) for (const name of entry.inputs) owners.set(name, entry);

  it('only the deliberately truncated DynamoDB fixture fails to parse as JSON', () => {
    expect(fixtureNames().filter((n) => !parsed.some(([p]) => p === n))).toEqual([UNPARSABLE]);
    const text = readFileSync(join(FIXTURE_DIR, UNPARSABLE), 'utf8');
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
  });

  it.each(EVENTS.map((e) => [e.type.name, e] as const))(
    '%s accepts exactly its own inputs (and its refinements’)',
    (_, entry) => {
      const spec = eventSourceOf(entry.type);
      expect(spec).toBeDefined();
      const own = new Set(
        EVENTS.filter((e) => e === entry || e.refines === entry.type).flatMap((e) => e.inputs),
      );
      const accepted = all.filter(([, event]) => spec?.detect(event)).map(([name]) => name);
      expect(accepted.sort()).toEqual([...own].sort());
    },
  );

  it('picks each input’s own class as the most specific match', () => {
    for (const [name, event] of all) {
      const matches = EVENTS.filter((e) => eventSourceOf(e.type)?.detect(event));
      if (matches.length === 0) {
        expect(owners.has(name), name).toBe(false);
        continue;
      }
      const best = matches.reduce((a, b) =>
        (eventSourceOf(b.type)?.specificity ?? 10) > (eventSourceOf(a.type)?.specificity ?? 10) ? b : a,
      );
      expect(best.type.name, name).toBe(owners.get(name)?.type.name);
      expect(
        matches.filter((m) => m !== best).every((m) => best.refines === m.type),
        name,
      ).toBe(true);
    }
  });

  it('detectors never throw, whatever they are given', () => {
    const odd: unknown[] = [
      null,
      undefined,
      0,
      'x',
      [],
      [{}],
      { Records: null },
      { Records: [null] },
      { awslogs: 1 },
    ];
    for (const entry of EVENTS)
      for (const value of odd) expect(eventSourceOf(entry.type)?.detect(value)).toBe(false);
  });
});

describe('response fixtures', () => {
  it('the Firehose response fixture uses result codes Firehose does not accept', async () => {
    const err = await transformAndValidate(
      FirehoseTransformationResponse,
      loadFixture(INVALID_RESPONSE),
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EventValidationError);
    expect((err as EventValidationError).details.map((d) => d.path)).toEqual([
      'records.0.result',
      'records.1.result',
      'records.2.result',
    ]);
    const fixed = loadFixture(INVALID_RESPONSE) as { records: { result: string }[] };
    for (const [i, result] of ['Ok', 'Dropped', 'Ok'].entries()) fixed.records[i]!.result = result;
    const response = await transformAndValidate(FirehoseTransformationResponse, fixed);
    expect(response.records[2]).toBeInstanceOf(FirehoseResultRecord);
    expect(JSON.parse(JSON.stringify(response))).toStrictEqual(fixed);
  });
});

describe.each(EVENTS.map((e) => [e.type.name, e] as const))('mutations of %s', (_, entry) => {
  it('give a valid instance or an EventValidationError naming the mutated path', () =>
    assertMutations(
      entry.inputs.map((name) => ({ type: entry.type, raw: input(name) })),
      { numRuns: 300, kinds: ['drop', 'null', 'retype'] },
    ));
});

import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { transformAndValidate } from '../../src/dispatch/transform-and-validate.js';
import { EventValidationError } from '../../src/errors/event-validation-error.js';
import { loadFixture } from '../../test/support/fixtures.js';
import { EventDecodeError } from '../support/event-decode-error.js';
import {
  AlarmMetricDataQuery,
  AlarmTrigger,
  CloudWatchAlarmEvent,
  CloudWatchAlarmMessage,
  CloudWatchAlarmSnsEvent,
  CloudWatchLogsData,
  CloudWatchLogsEvent,
  CloudWatchLogsLogEntry,
  isAlarmConfiguration,
} from './index.js';

const logsEvent = (data: string) => transformAndValidate(CloudWatchLogsEvent, { awslogs: { data } });
const packed = (value: unknown) => gzipSync(Buffer.from(JSON.stringify(value))).toString('base64');

async function decodeError(data: string): Promise<unknown> {
  return (await logsEvent(data)).decode().catch((e: unknown) => e);
}

describe('CloudWatchLogsEvent.decode', () => {
  it('unpacks the real fixture into validated log entries', async () => {
    const event = await transformAndValidate(CloudWatchLogsEvent, loadFixture('cloudwatch-logs-event.json'));
    const data = await event.decode();
    expect(data).toBeInstanceOf(CloudWatchLogsData);
    expect(data.messageType).toBe('DATA_MESSAGE');
    expect(data.logGroup).toBe('testLogGroup');
    expect(data.logEvents.map((e) => e.message)).toEqual([
      '[ERROR] First test message',
      '[ERROR] Second test message',
    ]);
    expect(data.logEvents[0]).toBeInstanceOf(CloudWatchLogsLogEntry);
  });

  it('unpacks a payload built here, extracted fields included', async () => {
    const payload = {
      owner: '210987654321',
      logGroup: '/aws/lambda/orders',
      logStream: '2024/03/14/[$LATEST]abc',
      subscriptionFilters: ['errors'],
      messageType: 'DATA_MESSAGE',
      logEvents: [
        { id: '1', timestamp: 1710408067118, message: 'boom', extractedFields: { level: 'ERROR' } },
      ],
    };
    const data = await (await logsEvent(packed(payload))).decode();
    expect(JSON.parse(JSON.stringify(data))).toEqual(payload);
    expect(data.logEvents[0]?.extractedFields?.level).toBe('ERROR');
  });

  it('fails with a typed error at each broken layer', async () => {
    const base64 = await decodeError('not*base64');
    expect(base64).toBeInstanceOf(EventDecodeError);
    expect((base64 as EventDecodeError).step).toBe('base64');
    const gzip = await decodeError(Buffer.from('plain text').toString('base64'));
    expect((gzip as EventDecodeError).step).toBe('gzip');
    const json = await decodeError(gzipSync(Buffer.from('{not json')).toString('base64'));
    expect((json as EventDecodeError).step).toBe('json');
    expect((json as EventDecodeError).errorType).toBe('Runtime.EventDecodeError');
    const shape = await decodeError(packed({ owner: 1, logEvents: 'x' }));
    expect(shape).toBeInstanceOf(EventValidationError);
    expect((shape as EventValidationError).details.map((d) => d.path)).toContain('logEvents');
  });
});

describe('CloudWatchAlarmSnsEvent.alarm', () => {
  it('decodes the single-metric alarm message', async () => {
    const raw = loadFixture('cloudwatch-alarm-sns-payload-single-metric.json');
    const alarm = await (await transformAndValidate(CloudWatchAlarmSnsEvent, raw)).Records[0]!.alarm();
    expect(alarm).toBeInstanceOf(CloudWatchAlarmMessage);
    expect(alarm.Trigger).toBeInstanceOf(AlarmTrigger);
    expect([alarm.AlarmName, alarm.NewStateValue, alarm.Trigger?.MetricName]).toEqual([
      'EXAMPLE',
      'ALARM',
      'NetworkOut',
    ]);
    expect(alarm.Trigger?.Dimensions?.[0]?.value).toBe('TestInstance');
  });

  it('decodes the multi-metric alarm message', async () => {
    const raw = loadFixture('cloudwatch-alarm-sns-payload-multiple-metrics.json');
    const alarm = await (await transformAndValidate(CloudWatchAlarmSnsEvent, raw)).Records[0]!.alarm();
    const [expression, metric] = alarm.Trigger?.Metrics ?? [];
    expect(expression).toBeInstanceOf(AlarmMetricDataQuery);
    expect(expression?.Expression).toBe('m1*1');
    expect(metric?.MetricStat?.Metric.MetricName).toBe('NetworkOut');
  });

  it('rejects a message that is JSON but not an alarm', async () => {
    const raw = loadFixture('cloudwatch-alarm-sns-payload-single-metric.json') as {
      Records: { Sns: { Message: string } }[];
    };
    raw.Records[0]!.Sns.Message = '{"AlarmName":"x","NewStateValue":"OK","Trigger":{}}';
    const err = await (await transformAndValidate(CloudWatchAlarmSnsEvent, raw)).Records[0]!.alarm().catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(EventValidationError);
    expect((err as EventValidationError).details.map((d) => d.path)).toContain('Trigger.Period');
  });
});

describe('CloudWatchAlarmEvent configuration', () => {
  it('accepts metric and composite configurations and rejects anything else', () => {
    const metric = { metrics: [{ id: 'e1', expression: 'm1', returnData: true }] };
    expect(isAlarmConfiguration(metric)).toBe(true);
    expect(isAlarmConfiguration({ alarmRule: 'ALARM(a)' })).toBe(true);
    expect(isAlarmConfiguration({ metrics: [{ id: 'm1', returnData: true }] })).toBe(false);
    expect(isAlarmConfiguration({ description: 'neither' })).toBe(false);
  });

  it('names the configuration when it is neither shape', async () => {
    const raw = {
      source: 'aws.cloudwatch',
      alarmArn: 'arn:aws:cloudwatch:eu-west-1:210987654321:alarm:a',
      accountId: '210987654321',
      time: '2024-03-14T09:21:07.118+0000',
      region: 'eu-west-1',
      alarmData: {
        alarmName: 'a',
        state: { value: 'OK', reason: 'r', timestamp: 't' },
        previousState: { value: 'ALARM', reason: 'r', timestamp: 't' },
        configuration: { metrics: 'none' },
      },
    };
    const err = await transformAndValidate(CloudWatchAlarmEvent, raw).catch((e: unknown) => e);
    expect((err as EventValidationError).details.map((d) => d.path)).toEqual(['alarmData.configuration']);
  });
});

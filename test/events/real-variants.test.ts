import * as catalog from 'lambdakit/events';
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../support/fixtures.js';
import { accepts } from './accepts.js';

/**
 * Real event shapes the catalog once rejected: each is written from the shape AWS documents (or
 * derived from a real sample in test/fixtures), must be detected as its class and must validate.
 */

type Json = Record<string, unknown>;
const { transformAndValidate } = catalog;

function fixture(name: string): Json {
  return structuredClone(loadFixture(name)) as Json;
}

/** An SNS notification as SNS→SQS (raw delivery off) and HTTP subscribers receive it. */
const SNS_TO_SQS_BODY = {
  Type: 'Notification',
  MessageId: '6a1e6a4f-2c0b-5d0e-9a1c-3f0b2a1f9c11',
  TopicArn: 'arn:aws:sns:eu-west-1:123456789012:orders',
  Message: '{"orderId":"ord-1001"}',
  Timestamp: '2026-11-30T10:15:00.000Z',
  SignatureVersion: '1',
  Signature: 'c2lnbmF0dXJl',
  SigningCertURL: 'https://sns.eu-west-1.amazonaws.com/SimpleNotificationService-0000.pem',
  UnsubscribeURL:
    'https://sns.eu-west-1.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=arn:aws:sns:eu-west-1:123456789012:orders:1',
};

describe('SNS spellings and omissions', () => {
  it('accepts SigningCertURL/UnsubscribeURL and a message without MessageAttributes', async () => {
    const event = fixture('sns-event.json') as { Records: { Sns: Json }[] };
    const sns = event.Records[0]!.Sns;
    delete sns.SigningCertUrl;
    delete sns.UnsubscribeUrl;
    delete sns.MessageAttributes;
    Object.assign(sns, {
      SigningCertURL: SNS_TO_SQS_BODY.SigningCertURL,
      UnsubscribeURL: SNS_TO_SQS_BODY.UnsubscribeURL,
    });
    const parsed = await accepts(catalog.SnsEvent, event);
    const message = parsed.Records[0]!.Sns;
    expect(message.SigningCertUrl).toBe(SNS_TO_SQS_BODY.SigningCertURL);
    expect(message.UnsubscribeUrl).toBe(SNS_TO_SQS_BODY.UnsubscribeURL);
    expect(message.MessageAttributes).toEqual({});
  });

  it('reads an SNS→SQS fan-out body with record.parseBody(SnsMessage)', async () => {
    const event = fixture('sqs-event.json') as { Records: Json[] };
    event.Records = [{ ...event.Records[0], body: JSON.stringify(SNS_TO_SQS_BODY) }];
    const sqs = await accepts(catalog.SqsEvent, event);
    const message = await sqs.Records[0]!.parseBody(catalog.SnsMessage);
    expect(message).toBeInstanceOf(catalog.SnsMessage);
    expect([message.TopicArn, message.SigningCertUrl, message.UnsubscribeUrl]).toEqual([
      SNS_TO_SQS_BODY.TopicArn,
      SNS_TO_SQS_BODY.SigningCertURL,
      SNS_TO_SQS_BODY.UnsubscribeURL,
    ]);
    expect(message.MessageAttributes).toEqual({});
    expect(JSON.parse(message.Message)).toEqual({ orderId: 'ord-1001' });
  });

  it('still requires the signing certificate under one of its spellings', async () => {
    const { SigningCertURL: _cert, ...withoutCert } = SNS_TO_SQS_BODY;
    const error = await transformAndValidate(catalog.SnsMessage, withoutCert).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(catalog.EventValidationError);
    expect((error as catalog.EventValidationError).details.map((d) => d.path)).toEqual(['SigningCertUrl']);
  });
});

describe('EventBridge, CloudWatch and CodeDeploy', () => {
  it('accepts an EventBridge event without version', async () => {
    const event = {
      id: '4e0a4b8c-1d2e-4f3a-9b8c-7d6e5f4a3b2c',
      'detail-type': 'Order Placed',
      source: 'shop.orders',
      account: '123456789012',
      time: '2026-11-30T10:15:00Z',
      region: 'eu-west-1',
      resources: [],
      detail: { orderId: 'ord-1001' },
    };
    const parsed = await accepts(catalog.EventBridgeEvent, event);
    expect(parsed.version).toBeUndefined();
  });

  it('accepts a composite alarm invoking Lambda directly (alarm rule, actions suppressor)', async () => {
    const state = (value: string, timestamp: string) => ({
      value,
      reason: 'arn:aws:cloudwatch:eu-west-1:123456789012:alarm:api-errors transitioned to ALARM',
      reasonData:
        '{"triggeringAlarms":[{"arn":"arn:aws:cloudwatch:eu-west-1:123456789012:alarm:api-errors","state":{"value":"ALARM","timestamp":"2026-11-30T10:14:00.000+0000"}}]}',
      timestamp,
    });
    const event = {
      source: 'aws.cloudwatch',
      alarmArn: 'arn:aws:cloudwatch:eu-west-1:123456789012:alarm:checkout-degraded',
      accountId: '123456789012',
      time: '2026-11-30T10:15:00.000+0000',
      region: 'eu-west-1',
      alarmData: {
        alarmName: 'checkout-degraded',
        state: state('ALARM', '2026-11-30T10:15:00.000+0000'),
        previousState: {
          ...state('OK', '2026-11-30T09:00:00.000+0000'),
          actionsSuppressedBy: 'WaitPeriod',
          actionsSuppressedReason: 'Actions suppressed by WaitPeriod',
        },
        configuration: {
          alarmRule: 'ALARM(api-errors) OR ALARM(api-latency)',
          actionsSuppressor: 'maintenance-window',
          actionsSuppressorWaitPeriod: 120,
          actionsSuppressorExtensionPeriod: 180,
        },
      },
    };
    const parsed = await accepts(catalog.CloudWatchAlarmEvent, event);
    expect(parsed.alarmData.configuration).toMatchObject({
      alarmRule: 'ALARM(api-errors) OR ALARM(api-latency)',
    });
  });

  it('accepts a composite alarm notification through SNS (AlarmRule instead of Trigger)', async () => {
    const event = fixture('cloudwatch-alarm-sns-payload-single-metric.json') as { Records: { Sns: Json }[] };
    event.Records[0]!.Sns.Message = JSON.stringify({
      AlarmName: 'checkout-degraded',
      AlarmDescription: null,
      AWSAccountId: '123456789012',
      NewStateValue: 'ALARM',
      NewStateReason: 'arn:aws:cloudwatch:eu-west-1:123456789012:alarm:api-errors transitioned to ALARM',
      StateChangeTime: '2026-11-30T10:15:00.000+0000',
      Region: 'EU (Ireland)',
      AlarmArn: 'arn:aws:cloudwatch:eu-west-1:123456789012:alarm:checkout-degraded',
      OldStateValue: 'OK',
      AlarmRule: 'ALARM(api-errors) OR ALARM(api-latency)',
      ActionsSuppressor: 'maintenance-window',
      ActionsSuppressorWaitPeriod: 120,
      ActionsSuppressorExtensionPeriod: 180,
    });
    const parsed = await accepts(catalog.CloudWatchAlarmSnsEvent, event);
    const alarm = await parsed.Records[0]!.alarm();
    expect([alarm.AlarmRule, alarm.ActionsSuppressor, alarm.Trigger]).toEqual([
      'ALARM(api-errors) OR ALARM(api-latency)',
      'maintenance-window',
      undefined,
    ]);
  });

  it('accepts a CodeDeploy lifecycle hook', async () => {
    const event = {
      DeploymentId: 'd-A1B2C3D4E',
      LifecycleEventHookExecutionId: 'eyJlbmNyeXB0ZWREYXRhIjoiZXhhbXBsZSJ9',
    };
    const parsed = await accepts(catalog.CodeDeployLifecycleHookEvent, event);
    expect(parsed.DeploymentId).toBe('d-A1B2C3D4E');
  });
});

describe('AppSync', () => {
  const payload = { field: 'getPost', arguments: { id: 'post-1' } };

  it('accepts the Invoke and BatchInvoke request documents of a Lambda data source', async () => {
    const invoke = await accepts(catalog.AppSyncLambdaRequestEvent, { operation: 'Invoke', payload });
    expect(invoke.payloads()).toEqual([payload]);
    const batch = await accepts(catalog.AppSyncLambdaRequestEvent, {
      version: '2018-05-29',
      operation: 'BatchInvoke',
      payload: [payload, { ...payload, arguments: { id: 'post-2' } }],
    });
    expect(batch.payloads()).toHaveLength(2);
    const error = await transformAndValidate(catalog.AppSyncLambdaRequestEvent, {
      operation: 'BatchInvoke',
      payload,
    }).catch((e: unknown) => e);
    expect((error as catalog.EventValidationError).details.map((d) => d.path)).toEqual(['payload']);
  });

  it('accepts a direct resolver event whose IAM or Cognito identity has no username', async () => {
    const base = {
      arguments: { id: 'post-1' },
      source: null,
      request: { headers: { host: 'abc.appsync-api.eu-west-1.amazonaws.com' }, domainName: null },
      prev: null,
      info: {
        selectionSetList: ['id', 'title'],
        selectionSetGraphQL: '{\n  id\n  title\n}',
        parentTypeName: 'Query',
        fieldName: 'getPost',
        variables: {},
      },
      stash: {},
    };
    const iam = await accepts(catalog.AppSyncResolverEvent, {
      ...base,
      identity: {
        accountId: '123456789012',
        sourceIp: ['203.0.113.7'],
        userArn: 'arn:aws:sts::123456789012:assumed-role/reader/session',
        cognitoIdentityPoolId: null,
        cognitoIdentityId: null,
        cognitoIdentityAuthType: null,
        cognitoIdentityAuthProvider: null,
      },
    });
    expect(iam.identity).toBeInstanceOf(catalog.AppSyncIdentityIam);
    const cognito = await accepts(catalog.AppSyncResolverEvent, {
      ...base,
      identity: {
        sub: '7d8ca528-4931-4254-9273-ea5ee853f271',
        issuer: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Example',
        claims: { client_id: 'app-client', token_use: 'access' },
        sourceIp: ['203.0.113.7'],
        defaultAuthStrategy: 'ALLOW',
        groups: null,
      },
    });
    expect(cognito.identity).toBeInstanceOf(catalog.AppSyncIdentityCognito);
  });
});

describe('API Gateway authorizers and requests', () => {
  const wsContext = {
    routeKey: '$connect',
    eventType: 'CONNECT',
    extendedRequestId: 'ABCD1234=',
    requestTime: '30/Nov/2026:10:15:00 +0000',
    messageDirection: 'IN',
    stage: 'default',
    connectedAt: 1795947300000,
    requestTimeEpoch: 1795947300001,
    identity: { sourceIp: '203.0.113.7', userAgent: 'Mozilla/5.0' },
    requestId: 'ABCD1234=',
    domainName: 'abcdef123.execute-api.eu-west-1.amazonaws.com',
    connectionId: 'XYZ987=',
    apiId: 'abcdef123',
  };
  const wsHeaders = { Host: 'abcdef123.execute-api.eu-west-1.amazonaws.com', 'Sec-WebSocket-Version': '13' };

  it('accepts a WebSocket REQUEST authorizer event ($connect)', async () => {
    const event = {
      type: 'REQUEST',
      methodArn: 'arn:aws:execute-api:eu-west-1:123456789012:abcdef123/default/$connect',
      headers: wsHeaders,
      multiValueHeaders: { Host: [wsHeaders.Host], 'Sec-WebSocket-Version': ['13'] },
      queryStringParameters: { token: 'abc' },
      multiValueQueryStringParameters: { token: ['abc'] },
      stageVariables: {},
      requestContext: wsContext,
    };
    const parsed = await accepts(catalog.WebSocketRequestAuthorizerEvent, event);
    expect(parsed.requestContext.connectionId).toBe('XYZ987=');
  });

  it('accepts the $connect request that follows a REQUEST authorizer, without isBase64Encoded', async () => {
    const event = {
      headers: wsHeaders,
      multiValueHeaders: { Host: [wsHeaders.Host] },
      requestContext: {
        ...wsContext,
        authorizer: { principalId: 'user-1', integrationLatency: 12, tenant: 't1' },
      },
    };
    const parsed = await accepts(catalog.ApiGatewayWebSocketEvent, event);
    expect(parsed.isBase64Encoded).toBeUndefined();
    expect(parsed.requestContext.authorizer).toMatchObject({ principalId: 'user-1' });
  });

  it('accepts WebSocket message and disconnect events without isBase64Encoded', async () => {
    for (const name of [
      'apigw-websocket-request-send-message.json',
      'apigw-websocket-request-disconnect.json',
    ]) {
      const event = fixture(name);
      delete event.isBase64Encoded;
      await accepts(catalog.ApiGatewayWebSocketEvent, event);
    }
  });

  it('accepts an HTTP API v2 authorizer event without identitySource', async () => {
    const event = fixture('apigw-v2-custom-authorizer-v2-request.json');
    delete event.identitySource;
    const parsed = await accepts(catalog.ApiGatewayRequestAuthorizerEventV2, event);
    expect(parsed.identitySource).toBeUndefined();
  });

  it('accepts a REST request from the console Test button (no path, protocol, requestTimeEpoch)', async () => {
    const event = fixture('apigw-request.json') as { requestContext: Json };
    for (const key of ['path', 'protocol', 'requestTimeEpoch']) delete event.requestContext[key];
    await accepts(catalog.ApiGatewayProxyEvent, event);
  });

  it('takes a REST proxy event that carries a connectionId for a REST request', async () => {
    const event = fixture('apigw-websocket-request.json') as { requestContext: Json };
    expect(event.requestContext.connectionId).toEqual(expect.any(String));
    const parsed = await accepts(catalog.ApiGatewayProxyEvent, event);
    expect(parsed.httpMethod).toBe('POST');
  });
});

describe('CloudFormation and Kafka', () => {
  it('accepts a CDK provider-framework request (no ResponseURL)', async () => {
    const event = {
      RequestType: 'Create',
      ServiceToken: 'arn:aws:lambda:eu-west-1:123456789012:function:provider-framework-onEvent',
      StackId: 'arn:aws:cloudformation:eu-west-1:123456789012:stack/shop/1a2b3c4d',
      RequestId: 'b5f0e1c2-3d4e-4f5a-8b9c-0d1e2f3a4b5c',
      LogicalResourceId: 'SeedData',
      ResourceType: 'Custom::SeedData',
      ResourceProperties: {
        ServiceToken: 'arn:aws:lambda:eu-west-1:123456789012:function:provider-framework-onEvent',
        table: 'orders',
      },
    };
    const parsed = await accepts(catalog.CloudFormationCustomResourceEvent, event);
    expect(parsed.ResponseURL).toBeUndefined();
  });

  it('accepts Kafka schema metadata with a data format and no schema id (Protobuf)', async () => {
    const event = fixture('kafka-event.json') as { records: Record<string, Json[]> };
    const [record] = event.records['AWSKafkaTopic-0']!;
    record!.valueSchemaMetadata = { dataFormat: 'PROTOBUF' };
    record!.keySchemaMetadata = { dataFormat: 'AVRO', schemaId: '1234' };
    const parsed = await accepts(catalog.MskEvent, event);
    expect(parsed.allRecords()[0]!.valueSchemaMetadata).toMatchObject({ dataFormat: 'PROTOBUF' });
  });
});

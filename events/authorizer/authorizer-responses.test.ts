import { describe, expect, it } from 'vitest';
import { transformAndValidate } from '../../src/dispatch/transform-and-validate.js';
import { loadFixture } from '../../test/support/fixtures.js';
import { isRecord } from '../support/guards.js';
import { IamPolicyDocument, IamPolicyStatement } from '../support/policy-document.js';
import {
  ApiGatewayAuthorizerResponse,
  ApiGatewaySimpleAuthorizerResponse,
  AppSyncAuthorizerResponse,
  formatMethodArn,
  parseMethodArn,
} from './index.js';

const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('ApiGatewayAuthorizerResponse', () => {
  const sample = loadFixture('apigw-custom-auth-response.json');

  it('parses the AWS sample response with nested policy instances and round-trips it', async () => {
    const response = await transformAndValidate(ApiGatewayAuthorizerResponse, sample);
    expect(response.policyDocument).toBeInstanceOf(IamPolicyDocument);
    expect(response.policyDocument.Statement[0]).toBeInstanceOf(IamPolicyStatement);
    expect(json(response)).toEqual(sample);
  });

  it('allow() builds the shape of the AWS sample', () => {
    if (!isRecord(sample)) throw new Error('fixture is not an object');
    const resource =
      'arn:aws:execute-api:{regionId}:{accountId}:{appId}/{stage}/{httpVerb}/[{resource}/[child-resources]]';
    const built = ApiGatewayAuthorizerResponse.allow('yyyyyyyy', resource, {
      context: { stringKey: 'value', numberKey: '1', booleanKey: 'true' },
      usageIdentifierKey: '{api-key}',
    });
    const expected = structuredClone(sample);
    const statement = (expected.policyDocument as { Statement: { Effect: string }[] }).Statement[0];
    if (statement) statement.Effect = 'Allow';
    expect(json(built)).toEqual(expected);
  });

  it('deny() and chained statements produce valid responses', async () => {
    const arn = 'arn:aws:execute-api:us-east-1:123456789012:abc/prod/GET/pets';
    expect(json(ApiGatewayAuthorizerResponse.deny('u', arn))).toEqual({
      principalId: 'u',
      policyDocument: {
        Version: '2012-10-17',
        Statement: [{ Action: ['execute-api:Invoke'], Effect: 'Deny', Resource: [arn] }],
      },
    });
    const chained = ApiGatewayAuthorizerResponse.forPrincipal('u')
      .allow([arn, `${arn}/*`])
      .deny('arn:aws:execute-api:us-east-1:123456789012:abc/prod/DELETE/*')
      .withContext({ tier: 'gold' })
      .withContext({ admin: false });
    expect(chained.policyDocument.Statement.map((s) => [s.Effect, s.Resource])).toEqual([
      ['Allow', [arn, `${arn}/*`]],
      ['Deny', ['arn:aws:execute-api:us-east-1:123456789012:abc/prod/DELETE/*']],
    ]);
    expect(chained.context).toEqual({ tier: 'gold', admin: false });
    await expect(transformAndValidate(ApiGatewayAuthorizerResponse, json(chained))).resolves.toBeInstanceOf(
      ApiGatewayAuthorizerResponse,
    );
  });
});

describe('method ARNs', () => {
  it('parse a REST method ARN and widen it to the whole stage', () => {
    const parts = parseMethodArn(
      'arn:aws:execute-api:us-east-1:123456789012:s4x3opwd6i/test/GET/request/child',
    );
    expect(parts).toEqual({
      partition: 'aws',
      region: 'us-east-1',
      accountId: '123456789012',
      apiId: 's4x3opwd6i',
      stage: 'test',
      method: 'GET',
      resource: 'request/child',
    });
    if (!parts) throw new Error('unparsed');
    expect(formatMethodArn(parts)).toBe(
      'arn:aws:execute-api:us-east-1:123456789012:s4x3opwd6i/test/GET/request/child',
    );
    expect(formatMethodArn({ ...parts, method: '*', resource: '*' })).toBe(
      'arn:aws:execute-api:us-east-1:123456789012:s4x3opwd6i/test/*/*',
    );
  });

  it('keep an empty root resource and reject other ARNs', () => {
    expect(parseMethodArn('arn:aws:execute-api:us-west-2:123456789012:ymy8tbxw7b/*/GET/')?.resource).toBe('');
    expect(parseMethodArn('arn:aws:s3:::bucket/key')).toBeUndefined();
    expect(parseMethodArn('not an arn')).toBeUndefined();
    expect(parseMethodArn('arn:aws:execute-api:us-east-1:123456789012:')).toBeUndefined();
  });
});

describe('ApiGatewaySimpleAuthorizerResponse', () => {
  it('allow and deny produce the HTTP API simple format', async () => {
    expect(json(ApiGatewaySimpleAuthorizerResponse.allow({ user: 'alice' }))).toEqual({
      isAuthorized: true,
      context: { user: 'alice' },
    });
    expect(json(ApiGatewaySimpleAuthorizerResponse.deny())).toEqual({ isAuthorized: false });
    await expect(
      transformAndValidate(ApiGatewaySimpleAuthorizerResponse, { isAuthorized: 'yes' }),
    ).rejects.toMatchObject({ details: [{ path: 'isAuthorized' }] });
  });
});

describe('AppSyncAuthorizerResponse', () => {
  const sample = loadFixture('appsync-lambda-auth-response.json');

  it('parses and round-trips the AWS sample response', async () => {
    const response = await transformAndValidate(AppSyncAuthorizerResponse, sample);
    expect(response).toBeInstanceOf(AppSyncAuthorizerResponse);
    expect(json(response)).toEqual(sample);
  });

  it('allow() reproduces the AWS sample; deny() carries only the TTL', () => {
    const built = AppSyncAuthorizerResponse.allow({
      resolverContext: { banana: 'very yellow', apple: 'very green' },
    });
    expect(json(built)).toEqual(sample);
    expect(json(AppSyncAuthorizerResponse.deny({ ttlOverride: 0 }))).toEqual({
      isAuthorized: false,
      ttlOverride: 0,
    });
    expect(
      json(AppSyncAuthorizerResponse.allow({ deniedFields: ['Mutation.deletePost'], ttlOverride: 300 })),
    ).toEqual({ isAuthorized: true, deniedFields: ['Mutation.deletePost'], ttlOverride: 300 });
  });
});

import type * as aws from 'aws-lambda';
import type * as catalog from 'lambdakit/events';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { registeredSources } from './registry-table.js';

/**
 * Each event class against its @types/aws-lambda type, checked by the project typecheck
 * (`tsc -p tsconfig.json --noEmit`, part of `npm test`). `toExtend`: an instance of the class can be
 * passed wherever the @types type is expected. `not.toExtend`: the wire allows what the @types type
 * does not (an absent field, a null, a value outside its literal union); each such class says why in
 * its TSDoc, and the check fails the day the two agree, so the class can move to the first list.
 */
function assignable(): void {
  expectTypeOf<catalog.AlbEvent>().toExtend<aws.ALBEvent>();
  expectTypeOf<catalog.ApiGatewayProxyEventV2>().toExtend<aws.APIGatewayProxyEventV2>();
  expectTypeOf<catalog.ApiGatewayTokenAuthorizerEvent>().toExtend<aws.APIGatewayTokenAuthorizerEvent>();
  expectTypeOf<catalog.CloudFrontRequestEvent>().toExtend<aws.CloudFrontRequestEvent>();
  expectTypeOf<catalog.CloudFrontResponseEvent>().toExtend<aws.CloudFrontResponseEvent>();
  expectTypeOf<catalog.CloudWatchAlarmEvent>().toExtend<aws.CloudWatchAlarmEvent>();
  expectTypeOf<catalog.CloudWatchAlarmSnsEvent>().toExtend<aws.SNSEvent>();
  expectTypeOf<catalog.CloudWatchLogsEvent>().toExtend<aws.CloudWatchLogsEvent>();
  expectTypeOf<catalog.CodeCommitEvent>().toExtend<aws.CodeCommitTriggerEvent>();
  expectTypeOf<catalog.CodePipelineJobEvent>().toExtend<aws.CodePipelineEvent>();
  expectTypeOf<catalog.CodePipelineExecutionStateChangeEvent>().toExtend<aws.CodePipelineCloudWatchPipelineEvent>();
  expectTypeOf<catalog.CodePipelineActionStateChangeEvent>().toExtend<aws.CodePipelineCloudWatchActionEvent>();
  expectTypeOf<catalog.CognitoPostAuthenticationEvent>().toExtend<aws.PostAuthenticationTriggerEvent>();
  expectTypeOf<catalog.CognitoPostConfirmationEvent>().toExtend<aws.PostConfirmationTriggerEvent>();
  expectTypeOf<catalog.DynamoDbStreamEvent>().toExtend<aws.DynamoDBStreamEvent>();
  expectTypeOf<catalog.IotCustomAuthorizerEvent>().toExtend<aws.IoTCustomAuthorizerEvent>();
  expectTypeOf<catalog.IotPreProvisioningHookEvent>().toExtend<aws.IoTPreProvisioningHookEvent>();
  expectTypeOf<catalog.KinesisStreamEvent>().toExtend<aws.KinesisStreamEvent>();
  expectTypeOf<catalog.KinesisTimeWindowEvent>().toExtend<aws.KinesisStreamTumblingWindowEvent>();
  expectTypeOf<catalog.S3BatchEvent>().toExtend<aws.S3BatchEvent>();
  expectTypeOf<catalog.ScheduledEvent>().toExtend<aws.ScheduledEvent>();
  expectTypeOf<catalog.SecretsManagerRotationEvent>().toExtend<aws.SecretsManagerRotationEvent>();
  expectTypeOf<catalog.SesEvent>().toExtend<aws.SESEvent>();
  expectTypeOf<catalog.SnsEvent>().toExtend<aws.SNSEvent>();
  expectTypeOf<catalog.SqsEvent>().toExtend<aws.SQSEvent>();
  expectTypeOf<catalog.TransferFamilyAuthorizerEvent>().toExtend<aws.TransferFamilyAuthorizerEvent>();
  expectTypeOf<catalog.AutoScalingLifecycleActionEvent>().toExtend<aws.EventBridgeEvent<string, unknown>>();
  expectTypeOf<catalog.AutoScalingActivityEvent>().toExtend<aws.EventBridgeEvent<string, unknown>>();
  expectTypeOf<catalog.CodeBuildPhaseChangeEvent>().toExtend<aws.EventBridgeEvent<string, unknown>>();
  expectTypeOf<catalog.CodeDeployDeploymentEvent>().toExtend<aws.EventBridgeEvent<string, unknown>>();
  expectTypeOf<catalog.CodeDeployInstanceEvent>().toExtend<aws.EventBridgeEvent<string, unknown>>();
  expectTypeOf<catalog.EcrImageActionEvent>().toExtend<aws.EventBridgeEvent<string, unknown>>();
  expectTypeOf<catalog.EcrImageScanEvent>().toExtend<aws.EventBridgeEvent<string, unknown>>();
  expectTypeOf<catalog.EcsContainerInstanceStateChangeEvent>().toExtend<
    aws.EventBridgeEvent<string, unknown>
  >();
}

function notAssignable(): void {
  expectTypeOf<catalog.ApiGatewayRequestAuthorizerEvent>().not.toExtend<aws.APIGatewayRequestAuthorizerEvent>();
  expectTypeOf<catalog.AppSyncAuthorizerEvent>().not.toExtend<aws.AppSyncAuthorizerEvent>();
  expectTypeOf<catalog.AppSyncResolverEvent>().not.toExtend<
    aws.AppSyncResolverEvent<Record<string, unknown>>
  >();
  expectTypeOf<catalog.CodeBuildStateChangeEvent>().not.toExtend<aws.CodeBuildCloudWatchStateEvent>();
  expectTypeOf<catalog.CodePipelineStageStateChangeEvent>().not.toExtend<aws.CodePipelineCloudWatchStageEvent>();
  expectTypeOf<catalog.CognitoCreateAuthChallengeEvent>().not.toExtend<aws.CreateAuthChallengeTriggerEvent>();
  expectTypeOf<catalog.CognitoCustomMessageEvent>().not.toExtend<aws.CustomMessageTriggerEvent>();
  expectTypeOf<catalog.CognitoDefineAuthChallengeEvent>().not.toExtend<aws.DefineAuthChallengeTriggerEvent>();
  expectTypeOf<catalog.CognitoInboundFederationEvent>().not.toExtend<aws.InboundFederationTriggerEvent>();
  expectTypeOf<catalog.CognitoPreAuthenticationEvent>().not.toExtend<aws.PreAuthenticationTriggerEvent>();
  expectTypeOf<catalog.CognitoPreSignUpEvent>().not.toExtend<aws.PreSignUpTriggerEvent>();
  expectTypeOf<catalog.CognitoPreTokenGenerationEvent>().not.toExtend<aws.PreTokenGenerationTriggerEvent>();
  expectTypeOf<catalog.CognitoPreTokenGenerationV2Event>().not.toExtend<aws.PreTokenGenerationV2TriggerEvent>();
  expectTypeOf<catalog.CognitoUserMigrationEvent>().not.toExtend<aws.UserMigrationTriggerEvent>();
  expectTypeOf<catalog.CognitoVerifyAuthChallengeEvent>().not.toExtend<aws.VerifyAuthChallengeResponseTriggerEvent>();
  expectTypeOf<catalog.ConnectContactFlowEvent>().not.toExtend<aws.ConnectContactFlowEvent>();
  expectTypeOf<catalog.FirehoseTransformationEvent>().not.toExtend<aws.FirehoseTransformationEvent>();
  expectTypeOf<catalog.FunctionUrlEvent>().not.toExtend<aws.LambdaFunctionURLEvent>();
  expectTypeOf<catalog.HttpApiRequestAuthorizerEventV1>().not.toExtend<aws.APIGatewayRequestAuthorizerEvent>();
  expectTypeOf<catalog.LexEvent>().not.toExtend<aws.LexEvent>();
  expectTypeOf<catalog.LexV2Event>().not.toExtend<aws.LexV2Event>();
  expectTypeOf<catalog.MskEvent>().not.toExtend<aws.MSKEvent>();
  expectTypeOf<catalog.S3Event>().not.toExtend<aws.S3Event>();
  expectTypeOf<catalog.S3EventBridgeEvent>().not.toExtend<aws.S3NotificationEvent>();
  expectTypeOf<catalog.SelfManagedKafkaEvent>().not.toExtend<aws.SelfManagedKafkaEvent>();
  expectTypeOf<catalog.ApiGatewayProxyEvent>().not.toExtend<aws.APIGatewayProxyEvent>();
  expectTypeOf<catalog.ApiGatewayRequestAuthorizerEventV2>().not.toExtend<aws.APIGatewayRequestAuthorizerEventV2>();
  expectTypeOf<catalog.ApiGatewayWebSocketEvent>().not.toExtend<aws.APIGatewayProxyWebsocketEventV2>();
  expectTypeOf<catalog.CloudFormationCustomResourceEvent>().not.toExtend<aws.CloudFormationCustomResourceEvent>();
  expectTypeOf<catalog.EventBridgeEvent>().not.toExtend<aws.EventBridgeEvent<string, unknown>>();
  expectTypeOf<catalog.WebSocketRequestAuthorizerEvent>().not.toExtend<aws.APIGatewayRequestAuthorizerEvent>();
}

/** The classes of each list, by name, so the runtime test can tell a source that is in none. */
const ASSIGNABLE = [
  'AlbEvent',
  'ApiGatewayProxyEventV2',
  'ApiGatewayTokenAuthorizerEvent',
  'CloudFrontRequestEvent',
  'CloudFrontResponseEvent',
  'CloudWatchAlarmEvent',
  'CloudWatchAlarmSnsEvent',
  'CloudWatchLogsEvent',
  'CodeCommitEvent',
  'CodePipelineJobEvent',
  'CodePipelineExecutionStateChangeEvent',
  'CodePipelineActionStateChangeEvent',
  'CognitoPostAuthenticationEvent',
  'CognitoPostConfirmationEvent',
  'DynamoDbStreamEvent',
  'IotCustomAuthorizerEvent',
  'IotPreProvisioningHookEvent',
  'KinesisStreamEvent',
  'KinesisTimeWindowEvent',
  'S3BatchEvent',
  'ScheduledEvent',
  'SecretsManagerRotationEvent',
  'SesEvent',
  'SnsEvent',
  'SqsEvent',
  'TransferFamilyAuthorizerEvent',
  'AutoScalingLifecycleActionEvent',
  'AutoScalingActivityEvent',
  'CodeBuildPhaseChangeEvent',
  'CodeDeployDeploymentEvent',
  'CodeDeployInstanceEvent',
  'EcrImageActionEvent',
  'EcrImageScanEvent',
  'EcsContainerInstanceStateChangeEvent',
];
const NOT_ASSIGNABLE = [
  'ApiGatewayRequestAuthorizerEvent',
  'AppSyncAuthorizerEvent',
  'AppSyncResolverEvent',
  'CodeBuildStateChangeEvent',
  'CodePipelineStageStateChangeEvent',
  'CognitoCreateAuthChallengeEvent',
  'CognitoCustomMessageEvent',
  'CognitoDefineAuthChallengeEvent',
  'CognitoInboundFederationEvent',
  'CognitoPreAuthenticationEvent',
  'CognitoPreSignUpEvent',
  'CognitoPreTokenGenerationEvent',
  'CognitoPreTokenGenerationV2Event',
  'CognitoUserMigrationEvent',
  'CognitoVerifyAuthChallengeEvent',
  'ConnectContactFlowEvent',
  'FirehoseTransformationEvent',
  'FunctionUrlEvent',
  'HttpApiRequestAuthorizerEventV1',
  'LexEvent',
  'LexV2Event',
  'MskEvent',
  'S3Event',
  'S3EventBridgeEvent',
  'SelfManagedKafkaEvent',
  'ApiGatewayProxyEvent',
  'ApiGatewayRequestAuthorizerEventV2',
  'ApiGatewayWebSocketEvent',
  'CloudFormationCustomResourceEvent',
  'EventBridgeEvent',
  'WebSocketRequestAuthorizerEvent',
];
/** Sources @types/aws-lambda has no type for (`IoTEvent` is a bare `string | number | T`). */
const NO_AWS_TYPE = [
  'ActiveMqEvent',
  'RabbitMqEvent',
  'AppSyncEventsEvent',
  'AppSyncLambdaRequestEvent',
  'ClientVpnConnectionHandlerEvent',
  'CodeDeployLifecycleHookEvent',
  'CognitoSyncEvent',
  'ConfigEvent',
  'ConnectOutboundCampaignEvent',
  'DynamoDbTimeWindowEvent',
  'IotButtonEvent',
  'IotOneClickEvent',
  'KinesisAnalyticsOutputDeliveryEvent',
  'S3BatchEventV2',
  'S3ObjectLambdaEvent',
  'VpcLatticeEvent',
  'VpcLatticeEventV2',
];

describe('event classes and @types/aws-lambda', () => {
  it('has a type check (or says there is no @types type) for every registered source', () => {
    expect([assignable, notAssignable]).toHaveLength(2);
    const listed = new Set([...ASSIGNABLE, ...NOT_ASSIGNABLE, ...NO_AWS_TYPE]);
    expect(
      registeredSources()
        .map(({ name }) => name)
        .filter((name) => !listed.has(name)),
    ).toEqual([]);
    expect(listed.size).toBe(ASSIGNABLE.length + NOT_ASSIGNABLE.length + NO_AWS_TYPE.length);
  });
});

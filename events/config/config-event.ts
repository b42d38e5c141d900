import { IsBoolean, IsOptional, IsString } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { isRecord, isString } from '../support/guards.js';

/** True for an AWS Config custom rule evaluation event. */
export function isConfigEvent(event: unknown): boolean {
  return (
    isRecord(event) &&
    isString(event.configRuleName) &&
    isString(event.invokingEvent) &&
    isString(event.resultToken)
  );
}

/**
 * An AWS Config custom rule evaluation event. `invokingEvent` and `ruleParameters` are JSON
 * strings on the wire and stay so (the event round-trips); `invokingEventJson()` and
 * `ruleParametersJson()` parse them. Report results with `PutEvaluations` and `resultToken`.
 *
 * @example
 * ```ts
 * @Handler(ConfigEvent)
 * evaluate(@Event() event: ConfigEvent) {
 *   const invoking = event.invokingEventJson();
 *   if (isRecord(invoking)) console.log(invoking.messageType);
 * }
 * ```
 */
@EventSource({ name: 'config', detect: isConfigEvent })
export class ConfigEvent {
  @IsString() version!: string;
  @IsString() invokingEvent!: string;
  @IsOptional() @IsString() ruleParameters?: string;
  @IsString() resultToken!: string;
  @IsBoolean() eventLeftScope!: boolean;
  @IsString() executionRoleArn!: string;
  @IsString() configRuleArn!: string;
  @IsString() configRuleName!: string;
  @IsString() configRuleId!: string;
  @IsString() accountId!: string;
  /** `DETECTIVE` or `PROACTIVE` (newer events). */
  @IsOptional() @IsString() evaluationMode?: string;

  /** `invokingEvent` parsed (a configuration item change, snapshot or scheduled notification). */
  invokingEventJson(): unknown {
    return JSON.parse(this.invokingEvent);
  }

  /** `ruleParameters` parsed; `{}` when the rule has none. */
  ruleParametersJson(): unknown {
    return this.ruleParameters === undefined ? {} : JSON.parse(this.ruleParameters);
  }
}

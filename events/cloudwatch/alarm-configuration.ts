import { ValidateBy } from 'class-validator';
import { isRecord, isString } from '../support/guards.js';

const isOptional = (value: unknown, check: (v: unknown) => boolean): boolean =>
  value === undefined || check(value);
const isNumber = (value: unknown): boolean => typeof value === 'number' && Number.isFinite(value);

/** One entry of `configuration.metrics`: a metric (`metricStat`) or a math expression (`expression`). */
export function isAlarmMetricDataQuery(value: unknown): boolean {
  if (!isRecord(value) || !isString(value.id) || typeof value.returnData !== 'boolean') return false;
  if (isString(value.expression)) return isOptional(value.label, isString);
  const stat = value.metricStat;
  return (
    isRecord(stat) &&
    isRecord(stat.metric) &&
    isString(stat.metric.namespace) &&
    isString(stat.metric.name) &&
    isOptional(stat.metric.dimensions, (d) => isRecord(d) && Object.values(d).every(isString)) &&
    isNumber(stat.period) &&
    isString(stat.stat) &&
    isOptional(stat.unit, isString)
  );
}

/** A metric alarm's `{ metrics, description? }` or a composite alarm's `{ alarmRule, … }`. */
export function isAlarmConfiguration(value: unknown): boolean {
  if (!isRecord(value) || !isOptional(value.description, isString)) return false;
  if (Array.isArray(value.metrics)) return value.metrics.every(isAlarmMetricDataQuery);
  return isString(value.alarmRule);
}

/** Validates `alarmData.configuration` against the two shapes CloudWatch sends. */
export function IsAlarmConfiguration(): PropertyDecorator {
  return ValidateBy({
    name: 'isAlarmConfiguration',
    validator: {
      validate: isAlarmConfiguration,
      defaultMessage: () =>
        'configuration must be a metric alarm configuration ({ metrics: [...] }) or a composite one ({ alarmRule })',
    },
  });
}

export { isAlarmConfiguration, isAlarmMetricDataQuery } from './alarm-configuration.js';
export {
  CloudWatchAlarmDetail,
  CloudWatchAlarmEvent,
  CloudWatchAlarmStateData,
  isCloudWatchAlarmEvent,
} from './alarm-event.js';
export {
  AlarmDimension,
  AlarmMetric,
  AlarmMetricDataQuery,
  AlarmMetricStat,
  AlarmTrigger,
  CloudWatchAlarmMessage,
} from './alarm-message.js';
export {
  CloudWatchAlarmSnsEvent,
  CloudWatchAlarmSnsRecord,
  isCloudWatchAlarmSnsEvent,
} from './alarm-sns-event.js';
export { CloudWatchLogsData, CloudWatchLogsLogEntry } from './logs-data.js';
export { CloudWatchLogsEvent, CloudWatchLogsPayload, isCloudWatchLogsEvent } from './logs-event.js';

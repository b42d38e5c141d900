import type { IncomingMessage, ServerResponse } from 'node:http';
import { isRecord } from '../../events/support/guards.js';
import { LOGS_API_PATH, TELEMETRY_API_PATH } from './constants.js';
import { errorDocument } from './error-payloads.js';
import type { ExtensionRegistry, RegisteredExtension } from './extension-registry.js';
import { identify } from './extensions-api.js';
import { readBody, sendError, sendJson } from './http-io.js';
import type { Router } from './router.js';
import type { Buffering } from './telemetry-buffer.js';
import type { TelemetryHub, TelemetrySubscription } from './telemetry-hub.js';
import { TELEMETRY_CATEGORIES, type TelemetryCategory } from './telemetry-records.js';

/** What the Telemetry and Logs APIs need. */
export interface TelemetryApiContext {
  readonly registry: ExtensionRegistry;
  readonly hub: TelemetryHub;
}

/**
 * Lambda's accepted buffering values and defaults (Telemetry API and Logs API alike); a subscribe
 * request outside them gets 400 `ValidationError`.
 *
 * @example
 * ```ts
 * const { maxItems } = BUFFERING_LIMITS;
 * if (items < maxItems.min || items > maxItems.max) throw new RangeError('maxItems out of range');
 * ```
 */
export const BUFFERING_LIMITS = {
  maxItems: { min: 1000, max: 10_000, default: 10_000 },
  maxBytes: { min: 262_144, max: 1_048_576, default: 262_144 },
  timeoutMs: { min: 25, max: 30_000, default: 1000 },
} as const;

/** Telemetry API schema versions Lambda accepts. */
const TELEMETRY_SCHEMA_VERSIONS = ['2022-07-01', '2022-12-13', '2025-01-29'];
const MAX_BODY_BYTES = 64 * 1024;

/**
 * Mounts `PUT /2022-07-01/telemetry` and `PUT /2020-08-15/logs`: a registered extension
 * subscribes an HTTP listener; a bad body is a 400 `ValidationError` as Lambda answers it.
 */
export function mountTelemetryApi(router: Router, context: TelemetryApiContext): void {
  router
    .add('PUT', TELEMETRY_API_PATH, (req, res) => subscribe(context, 'telemetry', req, res))
    .add('PUT', LOGS_API_PATH, (req, res) => subscribe(context, 'logs', req, res));
}

async function subscribe(
  context: TelemetryApiContext,
  api: 'telemetry' | 'logs',
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const { body, tooLarge } = await readBody(req, MAX_BODY_BYTES);
  const extension = identify(context.registry, req, res);
  if (!extension) return;
  const parsed = tooLarge ? 'the request body is too large' : parseSubscription(body, api);
  if (typeof parsed === 'string') {
    return sendError(res, 400, errorDocument('ValidationError', parsed));
  }
  context.hub.subscribe(extension.id, parsed);
  sendJson(res, 200, 'OK');
  announce(context.hub, extension, parsed);
}

function announce(hub: TelemetryHub, extension: RegisteredExtension, subscription: TelemetrySubscription) {
  hub.emit('platform.telemetrySubscription', {
    name: extension.name,
    state: 'Subscribed',
    types: [...subscription.types],
  });
}

/** The subscription, or the validation messages joined as Lambda joins them (`; `). */
export function parseSubscription(body: Buffer, api: 'telemetry' | 'logs'): TelemetrySubscription | string {
  let value: unknown;
  try {
    value = JSON.parse(body.toString('utf8'));
  } catch (error) {
    return `the request body is not JSON: ${error instanceof Error ? error.message : String(error)}`;
  }
  if (!isRecord(value)) return 'the request body must be a JSON object';
  const problems: string[] = [];
  if (api === 'telemetry' && !TELEMETRY_SCHEMA_VERSIONS.includes(String(value.schemaVersion))) {
    problems.push(`schemaVersion must be one of ${TELEMETRY_SCHEMA_VERSIONS.join(', ')}`);
  }
  const types = parseTypes(value.types, problems);
  const buffering = parseBuffering(value.buffering, problems);
  const uri = parseDestination(value.destination, problems);
  if (problems.length > 0 || !uri) return problems.join('; ');
  return { api, types, buffering, uri };
}

function parseTypes(value: unknown, problems: string[]): Set<TelemetryCategory> {
  const types = new Set<TelemetryCategory>();
  if (!Array.isArray(value) || value.length === 0) {
    problems.push('types should not be empty');
    return types;
  }
  for (const type of value) {
    const known = TELEMETRY_CATEGORIES.find((category) => category === type);
    if (known) types.add(known);
    else problems.push(`types: ${String(type)} is not one of ${TELEMETRY_CATEGORIES.join(', ')}`);
  }
  return types;
}

function parseBuffering(value: unknown, problems: string[]): Buffering {
  const source = isRecord(value) ? value : {};
  if (value !== undefined && !isRecord(value)) problems.push('buffering must be an object');
  const read = (name: keyof typeof BUFFERING_LIMITS): number => {
    const limits = BUFFERING_LIMITS[name];
    const field = source[name];
    if (field === undefined) return limits.default;
    if (typeof field !== 'number' || !Number.isInteger(field) || field < limits.min || field > limits.max) {
      problems.push(`buffering.${name} must be an integer from ${limits.min} to ${limits.max}`);
      return limits.default;
    }
    return field;
  };
  return { maxItems: read('maxItems'), maxBytes: read('maxBytes'), timeoutMs: read('timeoutMs') };
}

function parseDestination(value: unknown, problems: string[]): URL | undefined {
  if (!isRecord(value)) {
    problems.push('destination should not be empty');
    return undefined;
  }
  if (value.protocol !== 'HTTP') {
    problems.push(
      value.protocol === 'TCP'
        ? 'destination.protocol TCP is not supported by the lambdakit emulator: use HTTP'
        : 'destination.protocol must be HTTP or TCP',
    );
  }
  let uri: URL;
  try {
    uri = new URL(String(value.URI));
  } catch {
    problems.push('destination.URI must be a URI');
    return undefined;
  }
  if (uri.protocol !== 'http:') problems.push('destination.URI must be an http:// URI');
  if (uri.port === '') problems.push('URI port is not provided');
  // In Lambda this name points at the sandbox itself; here that is loopback.
  if (uri.hostname === 'sandbox.localdomain' || uri.hostname === 'sandbox') uri.hostname = '127.0.0.1';
  return uri;
}

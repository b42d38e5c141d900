import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { EXTENSION_HEADER, EXTENSIONS_API_PREFIX } from './constants.js';
import { errorDocument } from './error-payloads.js';
import { type ExtensionRegistry, isRefusal, type RegisteredExtension } from './extension-registry.js';
import { header, readBody, sendError, sendJson } from './http-io.js';
import type { Router } from './router.js';

/** What `register` answers about the function. */
export interface FunctionMetadata {
  readonly functionName: string;
  readonly functionVersion: string;
  readonly handler: string;
  readonly accountId: string;
}

/** What the Extensions API needs from the emulator. */
export interface ExtensionsApiContext {
  readonly registry: ExtensionRegistry;
  readonly metadata: FunctionMetadata;
  /** An extension registered (for the `platform.extension` record). */
  onRegistered(extension: RegisteredExtension): void;
  /** `init/error` or `exit/error`: the environment must be reset. */
  onError(extension: RegisteredExtension, errorType: string, call: 'init' | 'exit'): void;
}

/** Registration bodies are tiny; this only guards against runaway ones. */
const MAX_BODY_BYTES = 64 * 1024;
const ACCEPTED = { status: 'OK' } as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Mounts the Extensions API (2020-01-01): `register`, `event/next`, `init/error`, `exit/error`,
 * answering mistakes with Lambda's 403 `{ errorType, errorMessage }` documents.
 */
export function mountExtensionsApi(router: Router, context: ExtensionsApiContext): void {
  const base = EXTENSIONS_API_PREFIX;
  router
    .add('POST', `${base}/register`, (req, res) => register(context, req, res))
    .add('GET', `${base}/event/next`, (req, res) => {
      req.resume();
      const extension = identify(context.registry, req, res);
      if (!extension) return;
      const refusal = context.registry.next(extension, {
        deliver: (event) =>
          sendJson(res, 200, event, {
            [EXTENSION_HEADER.identifier]: extension.id,
            [EXTENSION_HEADER.eventIdentifier]: randomUUID(),
          }),
        isOpen: () => !res.destroyed && !res.writableEnded,
      });
      if (refusal) sendError(res, 403, refusal.refused);
    })
    .add('POST', `${base}/init/error`, (req, res) => reportError(context, 'init', req, res))
    .add('POST', `${base}/exit/error`, (req, res) => reportError(context, 'exit', req, res));
}

async function register(context: ExtensionsApiContext, req: IncomingMessage, res: ServerResponse) {
  const name = header(req, EXTENSION_HEADER.name);
  const { body } = await readBody(req, MAX_BODY_BYTES);
  if (!name) return forbid(res, 'Extension.InvalidExtensionName', 'Empty extension name');
  const events = parseEvents(body);
  if (typeof events === 'string') return forbid(res, 'InvalidRequestFormat', events);
  const registered = context.registry.register(name, events);
  if (isRefusal(registered)) return sendError(res, 403, registered.refused);
  const { metadata } = context;
  const wantsAccountId = (header(req, EXTENSION_HEADER.acceptFeature) ?? '')
    .split(',')
    .some((feature) => feature.trim() === 'accountId');
  sendJson(
    res,
    200,
    {
      functionName: metadata.functionName,
      functionVersion: metadata.functionVersion,
      handler: metadata.handler,
      ...(wantsAccountId ? { accountId: metadata.accountId } : {}),
    },
    { [EXTENSION_HEADER.identifier]: registered.id },
  );
  context.onRegistered(registered);
}

async function reportError(
  context: ExtensionsApiContext,
  call: 'init' | 'exit',
  req: IncomingMessage,
  res: ServerResponse,
) {
  await readBody(req, MAX_BODY_BYTES);
  const extension = identify(context.registry, req, res);
  if (!extension) return;
  const errorType = header(req, EXTENSION_HEADER.errorType);
  if (!errorType) {
    return forbid(res, 'Extension.MissingHeader', `${EXTENSION_HEADER.errorTypeName} not found`);
  }
  const refusal = context.registry.fail(extension);
  if (refusal) return sendError(res, 403, refusal.refused);
  sendJson(res, 202, ACCEPTED);
  context.onError(extension, errorType, call);
}

/** The extension named by `Lambda-Extension-Identifier`, or undefined after answering 403. */
export function identify(
  registry: ExtensionRegistry,
  req: IncomingMessage,
  res: ServerResponse,
): RegisteredExtension | undefined {
  const id = header(req, EXTENSION_HEADER.identifier);
  if (!id) {
    forbid(res, 'Extension.MissingExtensionIdentifier', 'Missing Lambda-Extension-Identifier header');
    return undefined;
  }
  if (!UUID.test(id)) {
    forbid(res, 'Extension.InvalidExtensionIdentifier', 'Invalid Lambda-Extension-Identifier');
    return undefined;
  }
  const extension = registry.find(id);
  if (!extension) forbid(res, 'Extension.UnknownExtensionIdentifier', `Unknown extension ${id}`);
  return extension;
}

function parseEvents(body: Buffer): string[] | string {
  let parsed: unknown;
  try {
    parsed = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return 'the body must be a JSON object';
  }
  const events: unknown = Reflect.get(parsed, 'events');
  if (events === undefined || events === null) return [];
  if (!Array.isArray(events) || !events.every((event): event is string => typeof event === 'string')) {
    return 'events must be an array of strings';
  }
  return events;
}

function forbid(res: ServerResponse, errorType: string, message: string): void {
  sendError(res, 403, errorDocument(errorType, message));
}

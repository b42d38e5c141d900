import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { HEADER, MAX_RESPONSE_BYTES, RUNTIME_API_PREFIX } from './constants.js';
import { errorDocument, functionErrorDocument, responseTooLarge } from './error-payloads.js';
import { header, readBody, sendError, sendJson } from './http-io.js';
import type { Invocation } from './invocation.js';
import type { Router } from './router.js';
import { receiveStream } from './stream-receiver.js';
import type { FunctionSupervisor } from './supervisor.js';

/** What the Runtime API needs to know about the function. */
export interface RuntimeApiContext {
  readonly supervisor: FunctionSupervisor;
  readonly functionArn: string;
}

const ACCEPTED = { status: 'OK' } as const;
/** Error reports are small documents; this only guards against runaway bodies. */
const MAX_ERROR_BYTES = MAX_RESPONSE_BYTES;

/** Mounts the Runtime API (2018-06-01): `/next`, `/response`, `/error` and `/init/error`. */
export function mountRuntimeApi(router: Router, context: RuntimeApiContext): void {
  const base = RUNTIME_API_PREFIX;
  router
    .add('GET', `${base}/invocation/next`, (req, res) => next(context, req, res))
    .add('POST', `${base}/invocation/{id}/response`, async (req, res, { id }) => {
      const invocation = findInvocation(context, id!, res);
      if (!invocation) return void req.resume();
      if (header(req, HEADER.responseMode)?.toLowerCase() === 'streaming') {
        return receiveStream(req, res, invocation);
      }
      const { body, tooLarge } = await readBody(req, MAX_RESPONSE_BYTES);
      if (tooLarge) {
        // The invocation stays open: the runtime is expected to report an error for it instead.
        return sendError(res, 413, responseTooLarge(MAX_RESPONSE_BYTES));
      }
      const contentType = header(req, 'content-type') ?? 'application/json';
      if (!invocation.succeed(body, contentType)) return alreadyAnswered(res, id!);
      sendJson(res, 202, ACCEPTED);
    })
    .add('POST', `${base}/invocation/{id}/error`, async (req, res, { id }) => {
      const invocation = findInvocation(context, id!, res);
      if (!invocation) return void req.resume();
      const { body } = await readBody(req, MAX_ERROR_BYTES);
      const error = functionErrorDocument(body, header(req, HEADER.errorType));
      if (!invocation.fail(error, 'error')) return alreadyAnswered(res, id!);
      sendJson(res, 202, ACCEPTED);
    })
    .add('POST', `${base}/init/error`, async (req, res) => {
      const { body } = await readBody(req, MAX_ERROR_BYTES);
      const error = functionErrorDocument(body, header(req, HEADER.errorType));
      if (!context.supervisor.initError(error)) {
        const message = 'init/error is only valid before the first /invocation/next';
        return sendError(res, 403, errorDocument('InvalidStateTransition', message));
      }
      sendJson(res, 202, ACCEPTED);
    });
}

function next(context: RuntimeApiContext, req: IncomingMessage, res: ServerResponse): void {
  req.resume();
  const withdraw = context.supervisor.addPoll({
    deliver: (invocation) => {
      res.writeHead(200, nextHeaders(invocation, context.functionArn));
      res.end(invocation.input.event);
    },
    close: () => res.destroy(),
    isOpen: () => !res.destroyed && !res.writableEnded,
  });
  res.once('close', withdraw);
}

function nextHeaders(invocation: Invocation, functionArn: string): OutgoingHttpHeaders {
  const { input } = invocation;
  return {
    'content-type': 'application/json',
    'content-length': input.event.length,
    [HEADER.requestId]: invocation.id,
    [HEADER.deadline]: String(invocation.deadlineMs),
    [HEADER.functionArn]: functionArn,
    [HEADER.traceId]: invocation.traceId,
    ...(input.clientContext !== undefined ? { [HEADER.clientContext]: input.clientContext } : {}),
    ...(input.cognitoIdentity !== undefined ? { [HEADER.cognitoIdentity]: input.cognitoIdentity } : {}),
    ...(input.tenantId !== undefined ? { [HEADER.tenantId]: input.tenantId } : {}),
  };
}

function findInvocation(context: RuntimeApiContext, id: string, res: ServerResponse): Invocation | undefined {
  const lookup = context.supervisor.queue.lookup(id);
  if (lookup.found === 'active') {
    if (!lookup.invocation.isAnswered) return lookup.invocation;
    alreadyAnswered(res, id);
    return undefined;
  }
  if (lookup.found === 'done') alreadyAnswered(res, id);
  else sendError(res, 400, errorDocument('InvalidRequestID', `Invalid request ID: ${id}`));
  return undefined;
}

function alreadyAnswered(res: ServerResponse, id: string): void {
  sendError(
    res,
    400,
    errorDocument('InvalidRequestID', `Invocation ${id} already has a result (answered or timed out)`),
  );
}

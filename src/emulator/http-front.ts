import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { writeResultToNodeResponse } from '../http/local/write-result.js';
import type { StreamResponse } from '../runtime/stream-response.js';
import { HEADER, MAX_REQUEST_BYTES, RESERVED_PATH_PREFIXES } from './constants.js';
import {
  failureCause,
  GATEWAY_BEHAVIOUR,
  type GatewayBehaviour,
  sendGatewayAnswer,
  sendRequestTooLarge,
  sendUnavailable,
} from './gateway-responses.js';
import { httpRequestToEvent } from './http-event.js';
import { readBody } from './http-io.js';
import { streamedHttpResult } from './http-stream.js';
import type { Invocation, InvocationOutcome } from './invocation.js';
import type { HttpEventFormat } from './options.js';
import type { Router } from './router.js';
import { EmulatorStoppedError, type FunctionSupervisor } from './supervisor.js';

/** What the HTTP front needs: where invocations go and which integration it plays. */
export interface HttpFrontContext {
  readonly supervisor: FunctionSupervisor;
  readonly format: HttpEventFormat;
  readonly region: string;
  /** Path prefixes left alone besides the Lambda APIs'. */
  readonly reserved: readonly string[];
}

/**
 * Mounts the HTTP front: every request outside the Lambda APIs becomes an HTTP event of the chosen
 * integration, is invoked through the same queue as the Invoke API, and the function's result
 * (buffered, or a streamed Function URL response) goes back to the client.
 */
export function mountHttpFront(router: Router, context: HttpFrontContext): void {
  const functionUrl = { urlId: randomBytes(16).toString('hex'), region: context.region };
  const reserved = [...RESERVED_PATH_PREFIXES, ...context.reserved];
  router.fallback(async (req, res) => {
    const { body, tooLarge } = await readBody(req, MAX_REQUEST_BYTES);
    if (tooLarge) return sendRequestTooLarge(res);
    const event = Buffer.from(JSON.stringify(httpRequestToEvent(req, body, context.format, functionUrl)));
    if (event.length > MAX_REQUEST_BYTES) return sendRequestTooLarge(res);
    let invocation: Invocation;
    try {
      const http = { method: req.method ?? 'GET', path: req.url ?? '/' };
      invocation = context.supervisor.submit({ event, http });
    } catch (error) {
      if (error instanceof EmulatorStoppedError) return sendUnavailable(res);
      throw error;
    }
    await respond(res, invocation, await invocation.outcome, GATEWAY_BEHAVIOUR[context.format]);
  }, reserved);
}

async function respond(
  res: ServerResponse,
  invocation: Invocation,
  outcome: InvocationOutcome,
  gateway: GatewayBehaviour,
): Promise<void> {
  if (outcome.kind === 'buffered') {
    if (outcome.functionError) {
      const { errorType } = await invocation.finished;
      const cause = failureCause(errorType, outcome.body.toString('utf8'));
      return sendGatewayAnswer(res, gateway.functionError, cause);
    }
    let result: unknown;
    try {
      result = JSON.parse(outcome.body.toString('utf8'));
    } catch {
      return sendGatewayAnswer(
        res,
        gateway.invalidResponse,
        'the function returned a response that is not JSON',
      );
    }
    if (!gateway.isValidResult(result)) {
      return sendGatewayAnswer(
        res,
        gateway.invalidResponse,
        'the function returned a malformed HTTP response',
      );
    }
    return writeResultToNodeResponse(res, result);
  }
  const streamed = await streamedHttpResult(outcome.contentType, outcome.body, outcome.trailers);
  if (streamed.kind === 'failed') {
    const errorType = streamed.trailers[HEADER.errorType];
    if (!errorType) {
      return sendGatewayAnswer(
        res,
        gateway.invalidResponse,
        'the streamed response has no valid HTTP prelude',
      );
    }
    const document = Buffer.from(streamed.trailers[HEADER.errorBody] ?? '', 'base64').toString('utf8');
    return sendGatewayAnswer(res, gateway.functionError, failureCause(errorType, document));
  }
  await writeStreamed(res, streamed.response);
}

/** Pipes a streamed response; a failure half way cuts the connection, as a broken stream does. */
async function writeStreamed(res: ServerResponse, response: StreamResponse): Promise<void> {
  try {
    await writeResultToNodeResponse(res, response);
  } catch {
    res.destroy();
  }
}

import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { LambdaKitError } from '../errors/lambdakit-error.js';
import { INVOKE_API_PATH, INVOKE_HEADER, MAX_REQUEST_BYTES, STREAM_TRAILERS } from './constants.js';
import { header, readBody, sendBytes, sendJson } from './http-io.js';
import type { InvocationInput, InvocationOutcome } from './invocation.js';
import type { Router } from './router.js';
import { EmulatorStoppedError, type FunctionSupervisor } from './supervisor.js';

/** A client mistake, answered as the Lambda service does: 4xx, `Type: User`, `x-amzn-ErrorType`. */
class InvokeRequestError extends LambdaKitError {
  constructor(
    readonly status: number,
    readonly errorType: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Mounts the Invoke API as AWS's emulator offers it: `POST /2015-03-31/functions/{name}/invocations`
 * with the event as body. Any function name is accepted (there is one function).
 */
export function mountInvokeApi(router: Router, supervisor: FunctionSupervisor): void {
  router.add('POST', INVOKE_API_PATH, async (req, res) => {
    try {
      await invoke(supervisor, req, res);
    } catch (error) {
      if (error instanceof InvokeRequestError) {
        sendJson(
          res,
          error.status,
          { Type: 'User', message: error.message },
          { [INVOKE_HEADER.errorType]: error.errorType },
        );
      } else if (error instanceof EmulatorStoppedError) {
        sendJson(
          res,
          503,
          { Type: 'Service', message: error.message },
          { [INVOKE_HEADER.errorType]: 'ServiceException' },
        );
      } else {
        throw error;
      }
    }
  });
}

async function invoke(
  supervisor: FunctionSupervisor,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const type = header(req, INVOKE_HEADER.invocationType) ?? 'RequestResponse';
  if (!['RequestResponse', 'Event', 'DryRun'].includes(type)) {
    throw new InvokeRequestError(400, 'InvalidParameterValueException', `Unknown invocation type: ${type}`);
  }
  const input = await readInput(req);
  if (type === 'DryRun') return sendBytes(res, 204, Buffer.alloc(0), 'application/json');
  const invocation = supervisor.submit(input);
  const common = { [INVOKE_HEADER.requestId]: invocation.id, [INVOKE_HEADER.executedVersion]: '$LATEST' };
  if (type === 'Event') return sendBytes(res, 202, Buffer.alloc(0), 'application/json', common);
  await respond(res, await invocation.outcome, common);
}

async function readInput(req: IncomingMessage): Promise<InvocationInput> {
  const clientContext = jsonHeader(req, INVOKE_HEADER.clientContext, 'Client context');
  const cognitoIdentity = jsonHeader(req, INVOKE_HEADER.cognitoIdentity, 'Cognito identity');
  const tenantId = header(req, INVOKE_HEADER.tenantId);
  const { body, tooLarge } = await readBody(req, MAX_REQUEST_BYTES);
  if (tooLarge) {
    const message = `Request must be smaller than ${MAX_REQUEST_BYTES} bytes for the InvokeFunction operation`;
    throw new InvokeRequestError(413, 'RequestTooLargeException', message);
  }
  // An empty body is the empty object, as the AWS CLI sends when no payload is given.
  const event = body.length === 0 ? Buffer.from('{}') : body;
  try {
    JSON.parse(event.toString('utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InvokeRequestError(
      400,
      'InvalidRequestContentException',
      `Could not parse request body into json: ${reason}`,
    );
  }
  return {
    event,
    ...(clientContext !== undefined ? { clientContext } : {}),
    ...(cognitoIdentity !== undefined ? { cognitoIdentity } : {}),
    ...(tenantId !== undefined ? { tenantId } : {}),
  };
}

/** A base64 JSON header decoded to JSON text; a 400 when it is neither. */
function jsonHeader(req: IncomingMessage, name: string, what: string): string | undefined {
  const value = header(req, name);
  if (value === undefined) return undefined;
  const text = Buffer.from(value, 'base64').toString('utf8');
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === 'object' && parsed !== null) return text;
  } catch {
    // falls through to the error below
  }
  throw new InvokeRequestError(
    400,
    'InvalidRequestContentException',
    `${what} must be a base64-encoded JSON object`,
  );
}

async function respond(
  res: ServerResponse,
  outcome: InvocationOutcome,
  headers: OutgoingHttpHeaders,
): Promise<void> {
  if (outcome.kind === 'buffered') {
    const extra = outcome.functionError ? { [INVOKE_HEADER.functionError]: outcome.functionError } : {};
    return sendBytes(res, 200, outcome.body, outcome.contentType, { ...headers, ...extra });
  }
  res.writeHead(200, { ...headers, 'content-type': outcome.contentType, trailer: STREAM_TRAILERS });
  res.flushHeaders();
  for await (const chunk of outcome.body) {
    if (res.destroyed) continue;
    if (!res.write(chunk)) await new Promise((resolve) => res.once('drain', resolve).once('close', resolve));
  }
  const trailers = await outcome.trailers;
  if (Object.keys(trailers).length > 0) res.addTrailers(trailers);
  res.end();
}

import type { ClientContext, CognitoIdentity } from 'aws-lambda';
import type { Exchange } from './exchange.js';
import { RuntimeApiError } from './runtime-api-error.js';

/** One invocation as `GET /runtime/invocation/next` delivers it. */
export interface NextInvocation {
  readonly requestId: string;
  /** Epoch milliseconds by which the invocation must finish. */
  readonly deadlineMs: number;
  readonly invokedFunctionArn: string;
  readonly traceId: string | undefined;
  readonly clientContext: ClientContext | undefined;
  readonly cognitoIdentity: CognitoIdentity | undefined;
  readonly tenantId: string | undefined;
  /** The raw event bytes (JSON, not yet parsed). */
  readonly body: Buffer;
}

/** Reads an invocation from the `/next` response; a missing request id is an API error. */
export function toNextInvocation(response: Exchange): NextInvocation {
  const h = response.headers;
  const requestId = header(h, 'lambda-runtime-aws-request-id');
  if (response.status !== 200 || !requestId) {
    throw new RuntimeApiError(
      `invocation/next answered ${response.status}${requestId ? '' : ' without Lambda-Runtime-Aws-Request-Id'}: ${response.body.toString('utf8', 0, 512)}`,
    );
  }
  const deadline = Number(header(h, 'lambda-runtime-deadline-ms'));
  return {
    requestId,
    deadlineMs: Number.isFinite(deadline) && deadline > 0 ? deadline : Date.now() + 900_000,
    invokedFunctionArn: header(h, 'lambda-runtime-invoked-function-arn') ?? '',
    traceId: header(h, 'lambda-runtime-trace-id'),
    clientContext: jsonHeader<ClientContext>(h, 'lambda-runtime-client-context'),
    cognitoIdentity: jsonHeader<CognitoIdentity>(h, 'lambda-runtime-cognito-identity'),
    tenantId: header(h, 'lambda-runtime-aws-tenant-id'),
    body: response.body,
  };
}

function header(headers: Exchange['headers'], name: string): string | undefined {
  return headers[name] || undefined;
}

/** A JSON header; one that does not parse is dropped rather than failing the invocation. */
function jsonHeader<T>(headers: Exchange['headers'], name: string): T | undefined {
  const raw = header(headers, name);
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return undefined;
  }
}

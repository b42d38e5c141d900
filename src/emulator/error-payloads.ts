/** The error documents Lambda itself produces, in the shapes the invoker and runtime see. */

/** An error document as JSON bytes plus its type (for reports and trailers). */
export interface ErrorDocument {
  readonly errorType: string;
  readonly body: Buffer;
}

/** `{ errorType, errorMessage }` as an {@link ErrorDocument}. */
export function errorDocument(errorType: string, errorMessage: string): ErrorDocument {
  return { errorType, body: Buffer.from(JSON.stringify({ errorType, errorMessage })) };
}

/** What an invoker gets when the function runs past its timeout. */
export function timeoutError(requestId: string, seconds: number): ErrorDocument {
  return errorDocument(
    'Sandbox.Timedout',
    `RequestId: ${requestId} Error: Task timed out after ${seconds.toFixed(2)} seconds`,
  );
}

const SIGNAL_TEXT: Readonly<Record<string, string>> = {
  SIGKILL: 'killed',
  SIGTERM: 'terminated',
  SIGSEGV: 'segmentation fault',
  SIGABRT: 'aborted',
  SIGINT: 'interrupt',
};

/** What an invoker gets when the function process exits before answering. */
export function exitError(
  requestId: string,
  code: number | null,
  signal: NodeJS.Signals | null,
): ErrorDocument {
  let reason: string;
  if (signal) reason = `Runtime exited with error: signal: ${SIGNAL_TEXT[signal] ?? signal}`;
  else if (code) reason = `Runtime exited with error: exit status ${code}`;
  else reason = 'Runtime exited without providing a reason';
  return errorDocument('Runtime.ExitError', `RequestId: ${requestId} Error: ${reason}`);
}

/** The 413 body the Runtime API answers to a buffered response over the limit. */
export function responseTooLarge(limit: number): ErrorDocument {
  return errorDocument(
    'Function.ResponseSizeTooLarge',
    `Response payload size exceeded maximum allowed payload size (${limit} bytes).`,
  );
}

/**
 * The body of `/invocation/{id}/error` or `/init/error` as the invoker will see it: a JSON object
 * passes through untouched; anything else is wrapped so the invoker always gets JSON.
 */
export function functionErrorDocument(body: Buffer, headerType: string | undefined): ErrorDocument {
  const parsed = tryParse(body);
  if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
    const typeField: unknown = Reflect.get(parsed, 'errorType');
    const errorType = typeof typeField === 'string' ? typeField : (headerType ?? 'Unhandled');
    return { errorType, body };
  }
  return errorDocument(headerType ?? 'Unhandled', body.toString('utf8'));
}

function tryParse(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
}

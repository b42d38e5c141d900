import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TelemetryParseError } from './parse-telemetry.js';

/** Lambda's name for the execution environment's own address, where telemetry is posted. */
const SANDBOX_HOST = 'sandbox.localdomain';
/** Batches are at most 1 MiB of records; this only stops a runaway body. */
const MAX_BODY_BYTES = 8 * 1024 * 1024;

/** A running telemetry listener. */
export interface TelemetryListener {
  /** The destination to subscribe: `http://sandbox.localdomain:<port>`. */
  readonly uri: string;
  close(): Promise<void>;
}

/**
 * Starts the HTTP endpoint Lambda posts telemetry batches to, on an ephemeral port of every
 * interface (Lambda reaches it as `sandbox.localdomain`; lambdakit's emulator maps that name to
 * loopback). Each batch's text goes to `receive`; the listener answers 200 when it resolves, 400
 * when the batch cannot be parsed, 500 when the receiver failed, and keeps serving either way.
 */
export async function startTelemetryListener(
  owner: string,
  receive: (batch: string) => Promise<void>,
): Promise<TelemetryListener> {
  const server = createServer((req, res) => void serve(owner, receive, req, res));
  server.unref();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '0.0.0.0', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    uri: `http://${SANDBOX_HOST}:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function serve(
  owner: string,
  receive: (batch: string) => Promise<void>,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  try {
    await receive(await readText(req));
    res.writeHead(200).end();
  } catch (error) {
    const parse = error instanceof TelemetryParseError;
    console.error(`${owner}: telemetry batch ${parse ? 'rejected' : 'failed'}:`, error);
    res.writeHead(parse ? 400 : 500).end();
  }
}

async function readText(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES)
      throw new TelemetryParseError(`the telemetry batch is over ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

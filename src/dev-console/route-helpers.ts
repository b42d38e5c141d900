import { type IncomingMessage, type ServerResponse, STATUS_CODES } from 'node:http';
import type { EmulatorRoute } from '../emulator/index.js';

type Handler = EmulatorRoute['handler'];

export function get(path: string, handler: Handler): EmulatorRoute {
  return { method: 'GET', path, handler };
}

export function post(path: string, handler: Handler): EmulatorRoute {
  return { method: 'POST', path, handler };
}

export function redirect(res: ServerResponse, location: string): void {
  res.writeHead(308, { location }).end();
}

/** An RFC 9457 problem, as the app's own errors look. */
export function problem(res: ServerResponse, status: number, detail: string): void {
  const title = STATUS_CODES[status] ?? 'Error';
  const body = Buffer.from(JSON.stringify({ type: 'about:blank', title, status, detail }));
  res.writeHead(status, { 'content-type': 'application/problem+json', 'content-length': body.length });
  res.end(body);
}

/** The origin the browser reached dev at, from the request's Host header. */
export function originOf(req: IncomingMessage, fallback: string): string {
  const host = req.headers.host;
  return host ? `http://${host}` : fallback;
}

import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.map': 'application/json',
};

/** The console's page files, in the package's `src/dev-console/page` (also when running from `dist/`). */
export function pageDir(from: string = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'src', 'dev-console', 'page');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) throw new Error('the dev console page (src/dev-console/page) is missing');
  }
}

/** The folder of the installed swagger-ui-dist, whose files the docs page loads (no CDN). */
export function swaggerUiDir(): string {
  return dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
}

/** Sends one file of `dir` with its content type, or a 404 when it is not there. */
export async function sendFile(res: ServerResponse, dir: string, name: string): Promise<void> {
  let body: Buffer;
  try {
    body = await readFile(join(dir, name));
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`no such file: ${name}\n`);
    return;
  }
  res.writeHead(200, {
    'content-type': CONTENT_TYPES[extname(name)] ?? 'application/octet-stream',
    'content-length': body.length,
    'cache-control': 'no-cache',
  });
  res.end(body);
}

import type { ServerResponse } from 'node:http';
import { exampleNames, readExample } from '../cli/examples.js';
import { readBody, sendJson } from '../emulator/http-io.js';
import type { Emulator, EmulatorRoute } from '../emulator/index.js';
import { streamHistory, summaryOf } from './event-stream.js';
import { pageDir, sendFile } from './page-files.js';
import { DEV_PREFIX } from './paths.js';
import { get, post, problem, redirect } from './route-helpers.js';

/** Largest event the console's form sends (the Invoke API's own limit). */
const MAX_EVENT_BYTES = 6_291_456;

/**
 * The dev console at `/_lambdakit/`: its page, the invocation history as JSON and as a live
 * Server-Sent Events feed, replaying a past invocation's event, and sending any event (a sample
 * event by name, or JSON). Invocations go through the emulator's Invoke API, so they are
 * recorded like any other.
 */
export function consoleRoutes(emulator: () => Emulator): EmulatorRoute[] {
  const page = pageDir();
  const api = `${DEV_PREFIX}/api`;
  return [
    get(`${DEV_PREFIX}/`, (_req, res) => sendFile(res, page, 'console.html')),
    get(DEV_PREFIX, (_req, res) => redirect(res, `${DEV_PREFIX}/`)),
    get(`${DEV_PREFIX}/page/{file}`, (_req, res, { file }) => sendFile(res, page, file ?? '')),
    get(`${api}/invocations`, (_req, res) => sendJson(res, 200, emulator().history.list().map(summaryOf))),
    get(`${api}/invocations/{id}`, (_req, res, { id }) => {
      const record = emulator().history.get(id ?? '');
      if (!record) return problem(res, 404, `no invocation ${id} in the history`);
      sendJson(res, 200, record);
    }),
    get(`${api}/stream`, (req, res) => streamHistory(req, res, emulator().history)),
    post(`${api}/invocations/{id}/replay`, async (_req, res, { id }) => {
      const record = emulator().history.get(id ?? '');
      if (!record) return problem(res, 404, `no invocation ${id} in the history`);
      if (record.eventTruncated)
        return problem(res, 409, 'the event was too large to keep: it cannot be replayed');
      await invokeAsync(res, emulator(), Buffer.from(record.event));
    }),
    post(`${api}/invoke`, async (req, res) => {
      const { body, tooLarge } = await readBody(req, MAX_EVENT_BYTES);
      if (tooLarge) return problem(res, 413, `the event is over ${MAX_EVENT_BYTES} bytes`);
      try {
        JSON.parse(body.toString('utf8'));
      } catch {
        return problem(res, 400, 'the event is not JSON');
      }
      await invokeAsync(res, emulator(), body);
    }),
    get(`${api}/examples`, async (_req, res) => sendJson(res, 200, await exampleNames())),
    get(`${api}/examples/{name}`, async (_req, res, { name }) => {
      if (!(await exampleNames()).includes(name ?? '')) return problem(res, 404, `no sample event ${name}`);
      const text = Buffer.from(await readExample(name ?? ''));
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': text.length }).end(text);
    }),
    get(`${api}/environment-logs`, (_req, res) => sendJson(res, 200, emulator().history.environmentLogs())),
  ];
}

/** Invokes without waiting for the result (Invoke API `Event`): answers 202 with the request id. */
async function invokeAsync(res: ServerResponse, emulator: Emulator, event: Buffer): Promise<void> {
  const result = await emulator.invoke(event, { invocationType: 'Event' });
  sendJson(res, 202, { requestId: result.requestId });
}

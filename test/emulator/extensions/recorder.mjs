#!/usr/bin/env node
// A test extension speaking the Extensions and Telemetry APIs with fetch. It appends what it sees
// as JSON lines to $EXT_LOG; $EXT_MODE_<name> picks a behaviour (see the cases below).
import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { basename } from 'node:path';

const name = basename(process.argv[1]);
const host = process.env.AWS_LAMBDA_RUNTIME_API;
const api = `http://${host}/2020-01-01/extension`;
const mode = process.env[`EXT_MODE_${name.replace(/\W/g, '_')}`] ?? 'normal';
const logFile = process.env.EXT_LOG;
const log = (entry) => appendFileSync(logFile, `${JSON.stringify({ name, at: Date.now(), ...entry })}\n`);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const registered = await fetch(`${api}/register`, {
  method: 'POST',
  headers: { 'Lambda-Extension-Name': name, 'Lambda-Extension-Accept-Feature': 'accountId' },
  body: JSON.stringify({ events: ['INVOKE', 'SHUTDOWN'] }),
});
const id = registered.headers.get('lambda-extension-identifier');
log({ step: 'register', status: registered.status, id, body: await registered.json() });
const headers = { 'Lambda-Extension-Identifier': id };

async function reportError(call) {
  const res = await fetch(`${api}/${call}/error`, {
    method: 'POST',
    headers: { ...headers, 'Lambda-Extension-Function-Error-Type': 'Extension.TestFailure' },
    body: JSON.stringify({ errorType: 'Extension.TestFailure', errorMessage: 'on purpose' }),
  });
  log({ step: `${call}-error`, status: res.status });
  process.exit(1);
}

if (mode === 'init-error') await reportError('init');

if (mode === 'telemetry') {
  // The listener takes every batch and logs it; the subscription comes from $EXT_SUBSCRIBE.
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      log({ step: 'batch', records: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
      res.end();
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const subscription = JSON.parse(process.env.EXT_SUBSCRIBE);
  subscription.destination = {
    protocol: 'HTTP',
    URI: `http://sandbox.localdomain:${server.address().port}/`,
  };
  const path = process.env.EXT_SUBSCRIBE_PATH ?? '/2022-07-01/telemetry';
  const res = await fetch(`http://${host}${path}`, {
    method: 'PUT',
    headers,
    body: JSON.stringify(subscription),
  });
  log({ step: 'subscribe', status: res.status, body: await res.json() });
}

console.log(`${name} is ready`);
for (;;) {
  const res = await fetch(`${api}/event/next`, { headers });
  const event = await res.json();
  log({ step: 'event', status: res.status, event });
  if (event.eventType === 'SHUTDOWN') process.exit(0);
  if (mode === 'gate') {
    // Holds the invoke phase open until the test creates the release file.
    while (!existsSync(`${logFile}.release`)) await sleep(10);
    log({ step: 'released' });
  }
  if (mode === 'crash-once' && !existsSync(`${logFile}.crashed`)) {
    writeFileSync(`${logFile}.crashed`, '');
    process.exit(3);
  }
  if (mode === 'exit-error') await reportError('exit');
}

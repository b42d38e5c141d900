#!/usr/bin/env node
import { text } from 'node:stream/consumers';
import { runCli } from './run-cli.js';

const controller = new AbortController();
const stop = (): void => {
  // A second Ctrl-C while stopping leaves at once.
  if (controller.signal.aborted) process.exit(130);
  controller.abort();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

process.exitCode = await runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  cwd: process.cwd(),
  signal: controller.signal,
  readStdin: () => text(process.stdin),
});
process.off('SIGINT', stop);
process.off('SIGTERM', stop);

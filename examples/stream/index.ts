/**
 * A Function URL that streams its response (InvokeMode RESPONSE_STREAM): each line is sent as it
 * is produced. The module starts its own loop, the README's own form; `lambdakit dev` and
 * `lambdakit build` detect that and run it as it is. Try it on the emulator (deploy it with template.yaml beside this file):
 *
 *   npx lambdakit dev examples/stream/index.ts --http-format function-url
 *   curl -N http://127.0.0.1:9000/count/5
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { Controller, createApp, Http, Param } from 'lambdakit';
import { HttpResponse } from 'lambdakit/http';

/** Yields `count` lines, one every 200 ms. */
async function* lines(count: number) {
  for (let line = 1; line <= count; line++) {
    yield `line ${line} of ${count}\n`;
    await sleep(200);
  }
}

@Controller()
class Counter {
  @Http('GET /count/{n}')
  count(@Param('n') n: string) {
    const count = Math.min(Math.max(Number.parseInt(n, 10) || 1, 1), 50);
    return HttpResponse.stream(lines(count), { contentType: 'text/plain; charset=utf-8' });
  }
}

await createApp({ controllers: [Counter] }).run();

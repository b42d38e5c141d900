import { mkdirSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/index.js';
import { captureIo, waitFor } from '../test/cli/support/capture.js';
import { CONSOLE_APP } from '../test/cli/support/console-app.js';
import { createProject, type TestProject } from '../test/cli/support/project.js';

/** Debian's Chromium, as CI installs it (`apt-get install chromium`). */
const CHROMIUM = process.env.LAMBDAKIT_CHROMIUM ?? '/usr/bin/chromium';
const SCREENSHOTS = 'docs/screenshots';
const WAIT = { timeout: 60_000 };

describe('the dev console and the API docs in Chromium', () => {
  let project: TestProject;
  let controller: AbortController;
  let running: Promise<number>;
  let url: string;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    project = createProject();
    project.write('app.ts', CONSOLE_APP);
    controller = new AbortController();
    const dev = captureIo(project.dir, controller.signal);
    running = runCli(['dev', 'app.ts', '--port', '0', '--conditions', 'lambdakit-source'], dev.io);
    const [banner] = await Promise.all([
      waitFor(() => dev.out.find((line) => line.startsWith('Console: ')), 90_000),
      chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] }).then((launched) => {
        browser = launched;
      }),
    ]);
    url = /(http:\/\/127\.0\.0\.1:\d+)\/_lambdakit\//.exec(banner)![1]!;
    page = await browser.newPage({ viewport: { width: 1280, height: 960 } });
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    controller?.abort();
    await running;
    project?.cleanup();
  });

  it('shows an invocation made with fetch, its event and logs, and replays it', async () => {
    await page.goto(`${url}/_lambdakit/`);
    await page.locator('#connection', { hasText: 'live' }).waitFor(WAIT);
    const answer = await fetch(`${url}/hello/browser`);
    expect(await answer.json()).toEqual({ message: 'Hello, browser!' });
    const row = page.locator('#invocations tbody tr', { hasText: 'GET /hello/browser' });
    await row.locator('.status-success').waitFor(WAIT);
    await row.click();
    await page.locator('#detail-event', { hasText: '"rawPath": "/hello/browser"' }).waitFor(WAIT);
    await page.locator('#detail-logs', { hasText: 'greeting browser' }).waitFor(WAIT);
    expect(await page.locator('#detail-result').textContent()).toContain('"statusCode": 200');

    await page.locator('#replay').click();
    const replayed = page.locator('#invocations tbody tr', { hasText: 'Invoke API' });
    await replayed.locator('.status-success').waitFor(WAIT);
    await expect.poll(() => page.locator('#detail-title').textContent(), WAIT).toContain('Invoke API');
    await page.locator('#detail-logs', { hasText: 'greeting browser' }).waitFor(WAIT);
    expect(await replayed.locator('td').nth(5).textContent()).toBe('warm');

    await page.locator('#example').selectOption('sqs');
    await expect.poll(() => page.locator('#event-input').inputValue(), WAIT).toContain('"Records"');
    await page.locator('#event-input').fill('{ "sku": "B-7", "qty": 3 }');
    await page.locator('#send').click();
    await page.locator('#detail-result', { hasText: '"placed": "B-7"' }).waitFor(WAIT);
    await page.screenshot({
      path: `${SCREENSHOTS}/console.png`,
      clip: { x: 0, y: 0, width: 1280, height: 430 },
    });
  });

  it('loads the document in Swagger UI, and "Try it out" returns the function\'s answer', async () => {
    await page.goto(`${url}/_lambdakit/docs`);
    const operation = page.locator('.opblock-summary', { hasText: '/hello/{name}' });
    await operation.waitFor(WAIT);
    await operation.click();
    const block = page.locator('.opblock', { hasText: '/hello/{name}' });
    await block.locator('button.try-out__btn', { hasText: 'Try it out' }).click();
    await block.locator('input[placeholder="name"]').fill('swagger');
    await block.locator('button.execute').click();
    await block
      .locator('.response-col_description .microlight', { hasText: 'Hello, swagger!' })
      .first()
      .waitFor(WAIT);
    await block.evaluate((element) => element.scrollIntoView());
    await page.screenshot({ path: `${SCREENSHOTS}/docs.png` });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpEventFormat } from '../../src/emulator/index.js';
import { startTestEmulator, type TestEmulator } from './support/start.js';

/** A raw function whose answer depends on the request path (v2 `rawPath`, v1/ALB `path`). */
const PATH_DRIVEN_FUNCTION = `
const api = 'http://' + process.env.AWS_LAMBDA_RUNTIME_API + '/2018-06-01/runtime/invocation/';
const post = (url, body, headers = {}) => fetch(url, { method: 'POST', headers, body });
for (;;) {
  const next = await fetch(api + 'next');
  const id = next.headers.get('lambda-runtime-aws-request-id');
  const event = await next.json();
  const path = event.rawPath ?? event.path;
  const respond = (value) => post(api + id + '/response', JSON.stringify(value));
  if (path === '/ok') await respond({ statusCode: 201, headers: { 'content-type': 'text/plain' }, body: 'made' });
  else if (path === '/error') {
    const error = { errorType: 'OrderError', errorMessage: 'no such order' };
    await post(api + id + '/error', JSON.stringify(error), { 'Lambda-Runtime-Function-Error-Type': 'OrderError' });
  } else if (path === '/no-status') await respond({ hello: 'world' });
  else if (path === '/bad-status') await respond({ statusCode: 'teapot', body: 'x' });
  else if (path === '/not-json') await post(api + id + '/response', 'not json {');
  else if (path === '/slow') await new Promise((resolve) => setTimeout(resolve, 5000));
}
`;

const ALB_PAGE =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n' +
  '<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n';

interface Expected {
  readonly status: number;
  readonly contentType: string;
  readonly body: string;
  /** What a result without `statusCode` becomes: the integration's error, or an inferred JSON 200. */
  readonly noStatus: 'invalid' | 'inferred';
}

const EXPECTED: readonly (readonly [HttpEventFormat, Expected])[] = [
  [
    'v1',
    {
      status: 502,
      contentType: 'application/json',
      body: '{"message": "Internal server error"}',
      noStatus: 'invalid',
    },
  ],
  [
    'v2',
    {
      status: 500,
      contentType: 'application/json',
      body: '{"message":"Internal Server Error"}',
      noStatus: 'inferred',
    },
  ],
  ['alb', { status: 502, contentType: 'text/html', body: ALB_PAGE, noStatus: 'invalid' }],
  [
    'function-url',
    { status: 502, contentType: 'application/json', body: 'Internal Server Error', noStatus: 'inferred' },
  ],
];

describe.each(EXPECTED)('the %s integration when the function fails', (format, expected) => {
  let t: TestEmulator;
  beforeAll(async () => {
    t = await startTestEmulator({ httpFormat: format, timeoutSeconds: 0.5 }, PATH_DRIVEN_FUNCTION);
  });
  afterAll(() => t.close());

  const expectGatewayAnswer = async (res: Response, cause: RegExp) => {
    expect(res.status).toBe(expected.status);
    expect(res.headers.get('content-type')).toBe(expected.contentType);
    expect(await res.text()).toBe(expected.body);
    expect(res.headers.get('x-lambdakit-error')).toMatch(cause);
  };

  it('passes a valid response through', async () => {
    const res = await fetch(`${t.emulator.url}/ok`);
    expect(res.status).toBe(201);
    expect(await res.text()).toBe('made');
  });

  it('answers a function error with its own error response', async () => {
    await expectGatewayAnswer(await fetch(`${t.emulator.url}/error`), /^OrderError: no such order$/);
  });

  it('answers a Lambda timeout as a function error', async () => {
    const res = await fetch(`${t.emulator.url}/slow`);
    await expectGatewayAnswer(res, /^Sandbox\.Timedout: .*Task timed out after 0\.50 seconds$/);
  });

  it('rejects a statusCode that is not a status, and a result that is not JSON', async () => {
    await expectGatewayAnswer(await fetch(`${t.emulator.url}/bad-status`), /malformed HTTP response/);
    await expectGatewayAnswer(await fetch(`${t.emulator.url}/not-json`), /not JSON/);
  });

  it('treats a result without statusCode as its payload format says', async () => {
    const res = await fetch(`${t.emulator.url}/no-status`);
    if (expected.noStatus === 'invalid') {
      await expectGatewayAnswer(res, /malformed HTTP response/);
    } else {
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/json');
      expect(await res.json()).toEqual({ hello: 'world' });
    }
  });
});

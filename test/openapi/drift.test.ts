import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleFunction } from '../../src/build/index.js';
import type { Emulator } from '../../src/emulator/index.js';
import { entryOpenApiDocument } from '../../src/openapi/entry-document.js';
import { send, serveHttpApp } from '../emulator/support/http-app.js';
import { breakages, resolver, type Schema, validSample } from './support/schema-samples.js';

/**
 * The document against the code: for every operation of the drift-test app, a request built from
 * the document's schemas passes, and every request the document says is invalid (a missing
 * required field or parameter, a wrong type, a broken bound) is answered 400 with a problem naming
 * the field, through the bundled app on the emulator's HTTP front.
 */

const ENTRY = join('test', 'openapi', 'app', 'index.ts');

interface Parameter {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  readonly required: boolean;
  readonly schema: Schema;
}

interface Operation {
  readonly parameters?: readonly Parameter[];
  readonly requestBody?: { readonly content: Record<string, { readonly schema: Schema }> };
  readonly responses: Record<string, unknown>;
}

/** One HTTP request: parameters by place, and a JSON body. */
interface Call {
  readonly path: Record<string, string>;
  readonly query: Record<string, string>;
  readonly header: Record<string, string>;
  readonly body?: unknown;
}

let emulator: Emulator;
let document: Schema;
const resolve = (schema: Schema) => resolver(document)(schema);

const operations = (): [string, string, Operation][] =>
  Object.entries(document.paths as Record<string, Record<string, Operation>>).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]): [string, string, Operation] => [path, method, operation]),
  );

/** A parameter value the schema accepts; a greedy path segment gets two segments. */
function paramSample(parameter: Parameter): string {
  if (parameter.in === 'path' && parameter.name === 'proxy') return 'a/b.txt';
  return String(validSample(parameter.schema, resolve));
}

function validCall(operation: Operation): Call {
  const call: Call = { path: {}, query: {}, header: {} };
  for (const parameter of operation.parameters ?? []) {
    if (parameter.required)
      call[parameter.in as 'path' | 'query' | 'header'][parameter.name] = paramSample(parameter);
  }
  const schema = operation.requestBody?.content['application/json']?.schema;
  return schema ? { ...call, body: validSample(schema, resolve) } : call;
}

async function sendCall(method: string, template: string, call: Call) {
  const path = template.replace(/\{(\w+)\}/g, (_match, name: string) => call.path[name] ?? '');
  const query = new URLSearchParams(call.query).toString();
  const body = call.body === undefined ? undefined : JSON.stringify(call.body);
  const headers = { ...call.header, ...(body === undefined ? {} : { 'content-type': 'application/json' }) };
  const response = await send(`${emulator.url}${path}${query ? `?${query}` : ''}`, {
    method: method.toUpperCase(),
    headers,
    ...(body === undefined ? {} : { body }),
  });
  const text = response.body.toString('utf8');
  return {
    status: response.status,
    headers: response.headers,
    text,
    json: () => JSON.parse(text) as Record<string, unknown>,
  };
}

beforeAll(async () => {
  const [built, described] = await Promise.all([
    bundleFunction({
      entry: ENTRY,
      outdir: join('.lambdakit', 'test-functions', 'openapi-drift'),
      conditions: ['lambdakit-source'],
    }),
    entryOpenApiDocument({ entry: ENTRY, conditions: ['lambdakit-source'] }),
  ]);
  document = described as Schema;
  ({ emulator } = await serveHttpApp(built.outfile));
}, 120_000);

afterAll(() => emulator?.stop());

describe('the OpenAPI document of the test app matches what the app accepts', () => {
  it('passes a request built from the document, for every operation', async () => {
    for (const [path, method, operation] of operations()) {
      const answer = await sendCall(method, path, validCall(operation));
      const success = Object.keys(operation.responses).filter((status) => status.startsWith('2'));
      expect({ path, method, status: answer.status, body: answer.text }).toMatchObject({
        status: Number(success[0]),
      });
    }
  });

  it('answers 400 (a problem naming the field) to every body the document says is invalid', async () => {
    let checked = 0;
    for (const [path, method, operation] of operations()) {
      const schema = operation.requestBody?.content['application/json']?.schema;
      if (!schema) continue;
      const valid = validCall(operation);
      for (const broken of breakages(schema, resolve)) {
        const answer = await sendCall(method, path, { ...valid, body: broken.value });
        expect({ why: broken.why, status: answer.status }).toEqual({ why: broken.why, status: 400 });
        expect(answer.headers['content-type']).toContain('application/problem+json');
        if (broken.path !== '') {
          const issues = (answer.json().errors ?? []) as { path: string }[];
          expect({ why: broken.why, paths: issues.map((issue) => issue.path) }).toEqual({
            why: broken.why,
            paths: expect.arrayContaining([
              expect.stringMatching(new RegExp(`^${broken.path.replaceAll('.', '\\.')}`)),
            ]),
          });
        }
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(15);
  });

  it('answers 400 to a missing required parameter and to a parameter of the wrong type', async () => {
    let checked = 0;
    for (const [path, method, operation] of operations()) {
      const valid = validCall(operation);
      for (const parameter of operation.parameters ?? []) {
        const place = parameter.in as 'path' | 'query' | 'header';
        const variants: [string, Call][] = [];
        if (parameter.required && parameter.in !== 'path') {
          const { [parameter.name]: _dropped, ...rest } = valid[place];
          variants.push([`${parameter.name} missing`, { ...valid, [place]: rest }]);
        }
        const type = parameter.schema.type;
        if (type === 'number' || type === 'integer' || type === 'boolean') {
          variants.push([
            `${parameter.name} not a ${type}`,
            { ...valid, [place]: { ...valid[place], [parameter.name]: 'zzz' } },
          ]);
        }
        for (const [why, call] of variants) {
          const answer = await sendCall(method, path, call);
          expect({ why, status: answer.status }).toEqual({ why, status: 400 });
          expect(answer.json()).toMatchObject({
            status: 400,
            detail: expect.stringContaining(parameter.name),
          });
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(4);
  });

  it('answers 404 off the documented paths and 405 (Allow: the documented methods) on them', async () => {
    const notFound = await sendCall('get', '/shop/nowhere', { path: {}, query: {}, header: {} });
    expect(notFound.status).toBe(404);
    expect(notFound.headers['content-type']).toContain('application/problem+json');
    for (const [path, item] of Object.entries(document.paths as Record<string, Record<string, Operation>>)) {
      const documented = Object.keys(item).map((method) => method.toUpperCase());
      const { body: _none, ...call } = validCall(Object.values(item)[0]!);
      const answer = await sendCall('patch', path, call);
      expect({ path, status: answer.status }).toEqual({ path, status: 405 });
      const allow = String(answer.headers.allow)
        .split(/,\s*/)
        .filter((method) => method !== 'HEAD');
      expect({ path, allow: allow.sort() }).toEqual({ path, allow: documented.sort() });
    }
  });
});

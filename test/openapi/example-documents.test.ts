import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { entryOpenApiDocument } from '../../src/openapi/entry-document.js';

/** Every example whose entry declares `@Http` routes: a new one is checked without editing this file. */
const HTTP_EXAMPLES = readdirSync('examples', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => join('examples', entry.name, 'index.ts'))
  .filter((file) => {
    try {
      return readFileSync(file, 'utf8').includes('@Http(');
    } catch {
      return false;
    }
  });

const TEST_APP = join('test', 'openapi', 'app', 'index.ts');

const documentOf = async (entry: string) =>
  (await entryOpenApiDocument({ entry, conditions: ['lambdakit-source'] })) as Record<string, unknown>;

describe('OpenAPI documents of the example apps and the drift-test app', () => {
  it('finds the examples with HTTP routes', () => {
    expect(HTTP_EXAMPLES).toEqual(expect.arrayContaining([join('examples', 'hello', 'index.ts')]));
    expect(HTTP_EXAMPLES.length).toBeGreaterThanOrEqual(2);
  });

  it.each([...HTTP_EXAMPLES, TEST_APP])('%s: a valid OpenAPI 3.1 document', async (entry) => {
    const document = await documentOf(entry);
    const result = await new Validator().validate(document);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(Object.keys(document.paths as object).length).toBeGreaterThan(0);
  });

  it('describes nested DTOs and arrays of them as $ref components, and the greedy segment', async () => {
    const document = await documentOf(TEST_APP);
    const { schemas } = document.components as { schemas: Record<string, Record<string, unknown>> };
    expect(schemas.PlaceOrder).toMatchObject({
      required: ['customer', 'items'],
      properties: {
        customer: { $ref: '#/components/schemas/Customer' },
        items: { type: 'array', minItems: 1, items: { $ref: '#/components/schemas/LineItem' } },
        gift: { type: 'boolean' },
      },
    });
    expect(schemas.Customer).toMatchObject({
      properties: { address: { $ref: '#/components/schemas/Address' } },
    });
    expect(schemas.LineItem).toMatchObject({
      properties: { qty: { type: 'integer', minimum: 1, maximum: 100 } },
    });
    expect(schemas).not.toHaveProperty('Array');
    const paths = document.paths as Record<string, Record<string, { parameters?: object[] }>>;
    expect(paths['/shop/files/{proxy}']?.get?.parameters?.[0]).toMatchObject({
      name: 'proxy',
      in: 'path',
      required: true,
      description: expect.stringContaining('{proxy+}'),
    });
  });

  it('marks required query and header parameters, and answers validated routes 400 with a problem', async () => {
    const document = await documentOf(TEST_APP);
    const paths = document.paths as Record<string, Record<string, Record<string, unknown>>>;
    expect(paths['/shop/orders']?.get?.parameters).toEqual([
      { name: 'limit', in: 'query', required: true, schema: { type: 'number' } },
      {
        name: 'tag',
        in: 'query',
        required: false,
        schema: { type: 'array', items: { type: 'string' } },
        explode: true,
      },
    ]);
    expect(paths['/shop/orders/{id}']?.get?.parameters).toContainEqual({
      name: 'x-tenant',
      in: 'header',
      required: true,
      schema: { type: 'string' },
    });
    for (const operation of [paths['/shop/orders']?.post, paths['/shop/orders']?.get]) {
      expect(operation?.responses).toMatchObject({ 400: { $ref: '#/components/responses/BadRequest' } });
    }
    expect(paths['/shop/orders/{id}']?.get?.responses).toMatchObject({
      404: { $ref: '#/components/responses/NotFound' },
    });
    const { responses } = document.components as { responses: Record<string, Record<string, unknown>> };
    expect(Object.keys(responses.BadRequest?.content as object)).toEqual(['application/problem+json']);
  });
});

import { PROBLEM_JSON } from '../http/error-response.js';
import type { JsonSchema, OpenApiResponse } from './types.js';

/** The component names of the error responses every app shares. */
export const ERROR_RESPONSES = {
  badRequest: '#/components/responses/BadRequest',
  notFound: '#/components/responses/NotFound',
  methodNotAllowed: '#/components/responses/MethodNotAllowed',
} as const;

/** The RFC 9457 problem document of every error response (`errorToResponse`). */
const PROBLEM: JsonSchema = {
  type: 'object',
  description: 'An RFC 9457 problem document.',
  required: ['type', 'title', 'status'],
  properties: {
    type: { type: 'string', description: "Always 'about:blank'." },
    title: { type: 'string', description: "The status's reason phrase." },
    status: { type: 'integer' },
    detail: { type: 'string', description: 'What went wrong.' },
  },
};

/** A 400 from a `@Body(Dto)` that failed validation: the problem with each failing property. */
const VALIDATION_PROBLEM: JsonSchema = {
  allOf: [
    { $ref: '#/components/schemas/Problem' },
    {
      type: 'object',
      properties: {
        errors: {
          type: 'array',
          description: 'Each failing property of the body (absent when a parameter failed).',
          items: { $ref: '#/components/schemas/ValidationIssue' },
        },
      },
    },
  ],
};

const VALIDATION_ISSUE: JsonSchema = {
  type: 'object',
  required: ['path', 'constraints'],
  properties: {
    path: { type: 'string', description: 'Dotted path from the body root: `items.0.sku`.' },
    constraints: {
      type: 'object',
      description: 'class-validator constraint name → its message.',
      additionalProperties: { type: 'string' },
    },
  },
};

function problemResponse(description: string, schema: string): OpenApiResponse {
  return { description, content: { [PROBLEM_JSON]: { schema: { $ref: `#/components/schemas/${schema}` } } } };
}

/** The shared schemas of error responses. */
export const PROBLEM_SCHEMAS: Readonly<Record<string, JsonSchema>> = {
  Problem: PROBLEM,
  ValidationProblem: VALIDATION_PROBLEM,
  ValidationIssue: VALIDATION_ISSUE,
};

/** The shared error responses, referenced by the operations that can return them. */
export const PROBLEM_RESPONSES: Readonly<Record<string, OpenApiResponse>> = {
  BadRequest: problemResponse(
    'The request is invalid: a body that fails validation or is not JSON, or a parameter of the wrong type.',
    'ValidationProblem',
  ),
  NotFound: problemResponse('No route matches the path, or the resource does not exist.', 'Problem'),
  MethodNotAllowed: {
    ...problemResponse('The path exists but not for this method.', 'Problem'),
    headers: { Allow: { description: 'The methods the path takes.', schema: { type: 'string' } } },
  },
};

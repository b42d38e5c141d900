/**
 * True when a body of this content type travels as text through API Gateway, ALB and Lattice:
 * `text/*`, JSON, JavaScript, XML, YAML, any `+json`/`+xml`/`+yaml` type, and a missing type.
 * Everything else is sent base64-encoded with `isBase64Encoded: true`.
 *
 * @example
 * ```ts
 * isTextContentType('application/problem+json; charset=utf-8'); // true
 * isTextContentType('image/png'); // false
 * ```
 */
export function isTextContentType(contentType: string | null | undefined): boolean {
  if (!contentType) return true;
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === '' || type.startsWith('text/')) return true;
  if (/\+(json|xml|yaml)$/.test(type)) return true;
  return TEXT_APPLICATION_TYPES.has(type);
}

const TEXT_APPLICATION_TYPES = new Set([
  'application/json',
  'application/ld+json',
  'application/javascript',
  'application/ecmascript',
  'application/x-javascript',
  'application/xml',
  'application/yaml',
  'application/x-yaml',
  'application/x-www-form-urlencoded',
  'application/graphql',
]);

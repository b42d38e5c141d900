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
  let text = seen.get(contentType);
  if (text === undefined) {
    text = classify(contentType);
    // Responses repeat a handful of content types; a bounded memo keeps odd ones from piling up.
    if (seen.size >= SEEN_LIMIT) seen.clear();
    seen.set(contentType, text);
  }
  return text;
}

const SEEN_LIMIT = 256;
const seen = new Map<string, boolean>();

function classify(contentType: string): boolean {
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

import { UnsupportedMediaTypeError } from './errors.js';
import { ResponseEncodingError } from './response-errors.js';

/** A text encoding lambdakit can write response text in, besides UTF-8. */
type Codec = 'latin1' | 'ascii' | 'windows-1252' | 'utf16le';

/** Charset labels (lower case) of each codec; any other non-UTF-8 charset cannot be encoded. */
const CODECS: ReadonlyMap<string, Codec> = new Map([
  ...['iso-8859-1', 'iso8859-1', 'iso_8859-1', 'latin1', 'l1', 'cp819', 'ibm819', 'iso-ir-100'].map(
    (label) => [label, 'latin1'] as const,
  ),
  ...['us-ascii', 'ascii', 'ansi_x3.4-1968', 'iso646-us', 'csascii'].map(
    (label) => [label, 'ascii'] as const,
  ),
  ...['windows-1252', 'cp1252', 'x-cp1252'].map((label) => [label, 'windows-1252'] as const),
  ['utf-16le', 'utf16le'],
]);

const UTF8_LABELS = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8']);
const CHARSET_PARAM = /;\s*charset\s*=\s*"?([^";\s]+)/i;
const SEEN_LIMIT = 256;
const seen = new Map<string, string | undefined>();

/**
 * The charset a content type declares, lower-cased; undefined when it declares none or UTF-8 (the
 * common case, answered from a bounded memo without parsing again).
 *
 * @example
 * ```ts
 * declaredCharset('text/plain; charset=ISO-8859-1'); // 'iso-8859-1'
 * declaredCharset('application/json'); // undefined
 * ```
 */
export function declaredCharset(contentType: string | null | undefined): string | undefined {
  if (!contentType?.includes('charset')) return undefined;
  if (seen.has(contentType)) return seen.get(contentType);
  const label = CHARSET_PARAM.exec(contentType)?.[1]?.toLowerCase();
  const charset = label === undefined || UTF8_LABELS.has(label) ? undefined : label;
  if (seen.size >= SEEN_LIMIT) seen.clear();
  seen.set(contentType, charset);
  return charset;
}

/**
 * `text` encoded in `charset` (a non-UTF-8 charset from `declaredCharset`): ISO-8859-1, US-ASCII,
 * windows-1252 or UTF-16LE. Throws `ResponseEncodingError` for another charset, and for a
 * character the charset cannot represent, rather than send bytes the client would misread.
 */
export function encodeText(text: string, charset: string): Buffer {
  const codec = CODECS.get(charset);
  if (codec === undefined) {
    throw new ResponseEncodingError(
      `cannot encode text as charset "${charset}": use utf-8, iso-8859-1, windows-1252, us-ascii or utf-16le, or return the bytes (a Uint8Array) already encoded`,
    );
  }
  if (codec === 'utf16le') return Buffer.from(text, 'utf16le');
  if (codec === 'windows-1252') return encodeWindows1252(text);
  const limit = codec === 'ascii' ? 0x7f : 0xff;
  const bad = firstAbove(text, limit);
  if (bad !== -1) throw unencodable(text, bad, charset);
  return Buffer.from(text, 'latin1');
}

/**
 * Request bytes in `charset` as text: windows-1252 by its own table (Node's decoder reads it as
 * ISO-8859-1), others through `TextDecoder`. An unknown charset is the client's fault: a 415.
 */
export function decodeText(bytes: Uint8Array, charset: string): string {
  const codec = CODECS.get(charset);
  if (codec === 'windows-1252') return decodeWindows1252(bytes);
  if (codec !== undefined) return Buffer.from(bytes).toString(codec === 'ascii' ? 'latin1' : codec);
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch (cause) {
    throw new UnsupportedMediaTypeError(`the request body's charset "${charset}" is not supported`, {
      cause,
    });
  }
}

/** windows-1252 bytes 0x80–0x9F as code points; the five unassigned bytes map to the C1 controls. */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];
const WINDOWS_1252_BYTE = new Map(WINDOWS_1252_HIGH.map((code, index) => [code, 0x80 + index]));

function encodeWindows1252(text: string): Buffer {
  const out = Buffer.allocUnsafe(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const byte = code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : WINDOWS_1252_BYTE.get(code);
    if (byte === undefined) throw unencodable(text, i, 'windows-1252');
    out[i] = byte;
  }
  return out;
}

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) {
    text += String.fromCharCode(
      byte >= 0x80 && byte < 0xa0 ? (WINDOWS_1252_HIGH[byte - 0x80] ?? byte) : byte,
    );
  }
  return text;
}

function firstAbove(text: string, limit: number): number {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > limit) return i;
  return -1;
}

function unencodable(text: string, index: number, charset: string): ResponseEncodingError {
  const char = String.fromCodePoint(text.codePointAt(index) ?? 0);
  const code = `U+${(text.codePointAt(index) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  return new ResponseEncodingError(
    `"${char}" (${code}) at index ${index} cannot be encoded as ${charset}: declare charset=utf-8, or return bytes`,
  );
}

import { convertToNative, type NativeAttributeValue } from '@aws-sdk/util-dynamodb';
import type { AttributeValue } from 'aws-lambda';
import { ValidateBy, type ValidationArguments } from 'class-validator';
import { decodeBase64, isBase64 } from '../support/codec.js';
import { EventDecodeError } from '../support/event-decode-error.js';
import { isRecord, isString } from '../support/guards.js';

type SdkAttributeValue = Parameters<typeof convertToNative>[0];

/** Options of the image decoders (`newImage()`, `oldImage()`, `keys()`). */
export interface UnmarshallOptions {
  /**
   * Return numbers as `NumberValue` (exact, any size, keeps the text). With `false`, numbers become
   * JS numbers, and integers beyond `Number.MAX_SAFE_INTEGER` become `bigint` (util-dynamodb's rule).
   * @default false
   */
  readonly wrapNumbers?: boolean;
}

const NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const isNumberText = (v: unknown): boolean => isString(v) && NUMBER.test(v);
const isStringArray = (v: unknown): boolean => Array.isArray(v) && v.every(isString);
const isBase64Array = (v: unknown): boolean => Array.isArray(v) && v.every((s) => isString(s) && isBase64(s));

/** Problems of one AttributeValue in DynamoDB Streams JSON (B/BS base64, N/NS numeric strings). */
function problems(value: unknown, path: string, out: string[]): void {
  const keys = isRecord(value) ? Object.keys(value) : [];
  const [tag] = keys;
  if (!isRecord(value) || keys.length !== 1 || tag === undefined) {
    out.push(`${path} (one of B, BOOL, BS, L, M, N, NS, NULL, S, SS)`);
    return;
  }
  const inner = value[tag];
  const ok: Record<string, () => boolean> = {
    S: () => isString(inner),
    N: () => isNumberText(inner),
    B: () => isString(inner) && isBase64(inner),
    BOOL: () => typeof inner === 'boolean',
    NULL: () => inner === true,
    SS: () => isStringArray(inner),
    NS: () => Array.isArray(inner) && inner.every(isNumberText),
    BS: () => isBase64Array(inner),
    L: () => Array.isArray(inner),
    M: () => isRecord(inner),
  };
  const check = ok[tag];
  if (!check?.()) {
    out.push(`${path}.${tag} (${check ? 'type' : 'unknown tag'})`);
  } else if (tag === 'L' && Array.isArray(inner)) {
    inner.forEach((item: unknown, index) => {
      problems(item, `${path}.L.${index}`, out);
    });
  } else if (tag === 'M' && isRecord(inner)) {
    for (const [key, item] of Object.entries(inner)) problems(item, `${path}.M.${key}`, out);
  }
}

/** The invalid attribute paths of an item image (`NewImage`, `Keys`, …); empty when valid. */
export function attributeMapProblems(value: unknown): string[] {
  if (!isRecord(value)) return ['(not an object)'];
  const out: string[] = [];
  for (const [key, item] of Object.entries(value)) problems(item, key, out);
  return out;
}

/** Validates an item image in DynamoDB Streams JSON; the message names the bad attributes. */
export function IsAttributeValueMap(): PropertyDecorator {
  return ValidateBy({
    name: 'isAttributeValueMap',
    validator: {
      validate: (value: unknown) => attributeMapProblems(value).length === 0,
      defaultMessage: (args?: ValidationArguments) =>
        `${args?.property ?? 'image'} has invalid attribute values: ${attributeMapProblems(args?.value).join('; ')}`,
    },
  });
}

function toSdk(value: AttributeValue, field: string): SdkAttributeValue {
  if (value.B !== undefined) return { B: decodeBase64(value.B, field) };
  if (value.BS !== undefined) return { BS: value.BS.map((b) => decodeBase64(b, field)) };
  if (value.L !== undefined) return { L: value.L.map((item) => toSdk(item, field)) };
  if (value.M !== undefined) return { M: toSdkMap(value.M, field) };
  if (value.S !== undefined) return { S: value.S };
  if (value.N !== undefined) return { N: value.N };
  if (value.BOOL !== undefined) return { BOOL: value.BOOL };
  if (value.SS !== undefined) return { SS: value.SS };
  if (value.NS !== undefined) return { NS: value.NS };
  return { NULL: true };
}

function toSdkMap(map: Record<string, AttributeValue>, field: string): Record<string, SdkAttributeValue> {
  const out: Record<string, SdkAttributeValue> = {};
  for (const [key, item] of Object.entries(map)) out[key] = toSdk(item, field);
  return out;
}

/**
 * An item image as plain JavaScript (strings, numbers, booleans, null, arrays, objects, `Set`s,
 * `Uint8Array` for binary). Uses @aws-sdk/util-dynamodb.
 * @throws EventDecodeError (step `dynamodb` or `base64`) on values that cannot be converted.
 */
export function unmarshallImage(
  image: Record<string, AttributeValue>,
  field: string,
  options: UnmarshallOptions = {},
): Record<string, NativeAttributeValue> {
  const problemsFound = attributeMapProblems(image);
  if (problemsFound.length > 0) throw new EventDecodeError('dynamodb', field, problemsFound.join('; '));
  try {
    return convertToNative({ M: toSdkMap(image, field) }, { wrapNumbers: options.wrapNumbers === true });
  } catch (cause) {
    if (cause instanceof EventDecodeError) throw cause;
    throw new EventDecodeError('dynamodb', field, cause instanceof Error ? cause.message : 'unconvertible', {
      cause,
    });
  }
}

import { BadRequestError } from '../src/http/errors.js';

/**
 * Converts a request string (path parameter, query value, header, cookie) to the parameter's type:
 * `Number` (finite), `Boolean` (`true/false/1/0/yes/no/on/off`), `Date` (parseable), `BigInt`;
 * anything else keeps the string. A value that does not convert is the client's fault: a 400.
 *
 * @example
 * ```ts
 * convertParam('42', Number, 'path parameter "id"'); // 42
 * ```
 */
export function convertParam(raw: string | undefined, type: Function | undefined, what: string): unknown {
  if (raw === undefined) return undefined;
  switch (type) {
    case Number: {
      const value = Number(raw);
      if (raw.trim() === '' || !Number.isFinite(value)) throw new BadRequestError(`${what} must be a number`);
      return value;
    }
    case Boolean: {
      const value = BOOLEANS[raw.trim().toLowerCase()];
      if (value === undefined) throw new BadRequestError(`${what} must be a boolean`);
      return value;
    }
    case Date: {
      const value = new Date(raw);
      if (Number.isNaN(value.getTime())) throw new BadRequestError(`${what} must be a date`);
      return value;
    }
    case BigInt:
      try {
        return BigInt(raw);
      } catch {
        throw new BadRequestError(`${what} must be an integer`);
      }
    default:
      return raw;
  }
}

const BOOLEANS: Readonly<Record<string, boolean>> = {
  true: true,
  '1': true,
  yes: true,
  on: true,
  false: false,
  '0': false,
  no: false,
  off: false,
};

import { Expose, Transform } from 'class-transformer';
import { isRecord } from './guards.js';

/**
 * A field AWS spells in more than one way (SNS sends `SigningCertUrl` to Lambda but
 * `SigningCertURL` to SQS and HTTP subscribers): when the property itself is absent, it takes the
 * value of the first other spelling present, so handlers read one name whatever the delivery path.
 * The other spellings stay on the instance as sent.
 *
 * @example
 * ```ts
 * @SpelledAs('SigningCertURL') @IsString() SigningCertUrl!: string;
 * ```
 */
export function SpelledAs(...spellings: readonly string[]): PropertyDecorator {
  const expose = Expose();
  const transform = Transform(
    ({ value, obj }: { value: unknown; obj: unknown }) => {
      if (value !== undefined || !isRecord(obj)) return value;
      const found = spellings.find((spelling) => Object.hasOwn(obj, spelling));
      return found === undefined ? undefined : obj[found];
    },
    { toClassOnly: true },
  );
  return (target: object, key: string | symbol) => {
    expose(target, key);
    transform(target, key);
  };
}

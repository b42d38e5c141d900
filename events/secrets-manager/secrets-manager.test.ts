import { describe, expect, it } from 'vitest';
import { transformAndValidate } from '../../src/dispatch/transform-and-validate.js';
import { EventValidationError } from '../../src/errors/event-validation-error.js';
import { loadFixture } from '../../test/support/fixtures.js';
import { SecretsManagerRotationEvent } from './index.js';

describe('SecretsManagerRotationEvent', () => {
  it('reads the step and the rotation token', async () => {
    const raw = loadFixture('secretsmanager-secret-rotation-event.json');
    const event = await transformAndValidate(SecretsManagerRotationEvent, raw);
    expect(event.Step).toBe('createSecret');
    expect(event.RotationToken).toBe('abcd1234-efgh-5678-ijkl-8ab4515a7db0');
  });

  it('rejects an unknown step', async () => {
    const raw = {
      ...(loadFixture('secretsmanager-secret-rotation-event.json') as object),
      Step: 'deleteSecret',
    };
    const err = await transformAndValidate(SecretsManagerRotationEvent, raw).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EventValidationError);
    expect((err as EventValidationError).details.map((d) => d.path)).toEqual(['Step']);
  });
});

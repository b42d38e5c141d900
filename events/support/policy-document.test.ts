import { describe, expect, it } from 'vitest';
import { transformAndValidate } from '../../src/dispatch/transform-and-validate.js';
import { IamPolicyDocument, IamPolicyStatement } from './policy-document.js';

describe('IamPolicyDocument', () => {
  it('of() builds a 2012-10-17 document that validates', async () => {
    const doc = IamPolicyDocument.of([IamPolicyStatement.of('Deny', 'iot:*', '*')]);
    const plain: unknown = JSON.parse(JSON.stringify(doc));
    expect(plain).toEqual({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Deny', Action: 'iot:*', Resource: '*' }],
    });
    await expect(transformAndValidate(IamPolicyDocument, plain)).resolves.toBeInstanceOf(IamPolicyDocument);
  });
});

export { IamPolicyDocument, IamPolicyStatement, type PolicyEffect } from './policy-document.js';
export { IsStringOrStringArray, Nullable } from './validators.js';

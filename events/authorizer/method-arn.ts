/** The parts of an API Gateway `methodArn` / `routeArn`. */
export interface MethodArnParts {
  readonly partition: string;
  readonly region: string;
  readonly accountId: string;
  readonly apiId: string;
  readonly stage: string;
  /** HTTP verb or `*`. */
  readonly method: string;
  /** Resource path without its leading slash (`pets/42`), `*`, or empty for the root. */
  readonly resource: string;
}

/**
 * Splits `arn:aws:execute-api:{region}:{account}:{apiId}/{stage}/{method}/{resource}`; undefined when
 * the string is not such an ARN.
 *
 * @example
 * ```ts
 * parseMethodArn('arn:aws:execute-api:us-east-1:123456789012:abc/prod/GET/pets/42')?.resource; // 'pets/42'
 * ```
 */
export function parseMethodArn(arn: string): MethodArnParts | undefined {
  const [prefix, partition, service, region, accountId, path, ...rest] = arn.split(':');
  if (prefix !== 'arn' || service !== 'execute-api' || rest.length > 0) return undefined;
  if (partition === undefined || region === undefined || accountId === undefined || path === undefined) {
    return undefined;
  }
  const [apiId, stage, method, ...resource] = path.split('/');
  if (!apiId || stage === undefined || method === undefined) return undefined;
  return { partition, region, accountId, apiId, stage, method, resource: resource.join('/') };
}

/**
 * Builds a method ARN from its parts, typically to widen a policy: every method and resource of
 * the stage, so a cached authorizer result covers the whole API.
 *
 * @example
 * ```ts
 * const parts = parseMethodArn(event.methodArn);
 * const wholeStage = parts && formatMethodArn({ ...parts, method: '*', resource: '*' });
 * ```
 */
export function formatMethodArn(parts: MethodArnParts): string {
  const { partition, region, accountId, apiId, stage, method, resource } = parts;
  return `arn:${partition}:execute-api:${region}:${accountId}:${apiId}/${stage}/${method}/${resource}`;
}

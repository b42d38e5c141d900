import { LambdaKitError } from '../errors/lambdakit-error.js';

/** An extension class is declared or configured in a way Lambda would refuse. */
export class ExtensionConfigError extends LambdaKitError {
  readonly errorType = 'Extension.ConfigError';
}

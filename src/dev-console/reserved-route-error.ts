import { LambdaKitError } from '../errors/lambdakit-error.js';
import { DEV_PREFIX } from './paths.js';

/** The app routes a path under `/_lambdakit`, where `lambdakit dev` serves its console and docs. */
export class ReservedRouteError extends LambdaKitError {
  readonly errorType = 'Dev.ReservedRoute';

  constructor(readonly routes: readonly string[]) {
    super(
      `the app routes ${routes.join(', ')} under ${DEV_PREFIX}/, which lambdakit dev keeps for its ` +
        'console and API docs: move the route elsewhere',
    );
  }
}

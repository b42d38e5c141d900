import { fixedContext } from '../../support/context.js';

/** The fixed Lambda context of the HTTP tests. */
export const context = fixedContext('00000000-0000-4000-8000-000000000000');

/**
 * The first module of a function bundle's generated main (`lambdakit build`, `lambdakit dev`),
 * imported before the function's module: it arms the init guard, so that an exception the module
 * throws while it loads is reported to `/runtime/init/error`, and routes `console` through Lambda's
 * log format, so that what the module logs while it loads is formatted like the rest. The generated
 * main imports the function's module statically after it: a bundle then evaluates the module as
 * top-level code, which V8 compiles with the rest of the file and the compile cache holds, rather
 * than as a lazily compiled function. A missing `AWS_LAMBDA_RUNTIME_API` throws an `InitError`.
 *
 * @example
 * ```ts
 * import 'lambdakit/prelude';
 * import * as fn from './orders.js';
 * import { startModule } from 'lambdakit';
 * startModule(async () => fn);
 * ```
 */
import { armInitGuard } from './init-guard.js';
import { prepareRuntime } from './prepare-runtime.js';

armInitGuard();
prepareRuntime();

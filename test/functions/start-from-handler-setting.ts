import { startHandler } from 'lambdakit';

/** A program, as a bootstrap runs it: the handler comes from `_HANDLER` under `LAMBDA_TASK_ROOT`. */
await startHandler();

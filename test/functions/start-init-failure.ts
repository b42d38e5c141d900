import { startModule } from 'lambdakit';

/** A program, as a bootstrap runs it: the module it loads throws while it evaluates. */
await startModule(() => import('./init-failure.js'));

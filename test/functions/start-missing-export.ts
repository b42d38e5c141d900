import { startModule } from 'lambdakit';

/** A program, as a bootstrap runs it, that asks for an export the module does not have. */
await startModule(() => import('./echo.js'), { handler: 'nope' });

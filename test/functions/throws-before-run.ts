import { run } from 'lambdakit';

/** Imports lambdakit, then throws at top level before the loop starts (a bad configuration). */
const config: unknown = JSON.parse(process.env.FUNCTION_CONFIG ?? '{not json');

await run(async () => config);

import { runFetch } from 'lambdakit/http';
import { app } from './hono-app.js';

await runFetch(app.fetch, {
  streamFunctionUrl: process.env.STREAM_FUNCTION_URL === '1',
  streamRestApi: process.env.STREAM_REST_API === '1',
});

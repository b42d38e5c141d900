/**
 * The same route as `http.ts` on @aws-lambda-powertools/event-handler's HTTP `Router`, its body
 * validated the way it offers (Standard Schema, here zod), run on lambdakit's loop (`startModule`).
 */
import { Router } from '@aws-lambda-powertools/event-handler/http';
import type { Context } from 'aws-lambda';
import { createOrderSchema } from './create-order-schema.js';
import { DELAY_MS, pause } from './delay.js';
import { placed } from './order.js';

const app = new Router();

app.post(
  '/orders/:id',
  async ({ params, valid }) => {
    if (DELAY_MS > 0) await pause();
    return placed(params.id ?? '', valid.req.body);
  },
  { validation: { req: { body: createOrderSchema } } },
);

export const handler = (event: unknown, context: Context): Promise<unknown> => app.resolve(event, context);

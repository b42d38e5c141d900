/** `CreateOrder`'s rules as a zod schema: Powertools validates bodies with Standard Schema. */
import { z } from 'zod';
import { CURRENCIES } from './order.js';

export const createOrderSchema = z.object({
  sku: z.string().min(1).max(32),
  quantity: z.number().int().min(1).max(100),
  unitPrice: z.number().min(0),
  currency: z.enum(CURRENCIES),
  giftWrap: z.boolean(),
});

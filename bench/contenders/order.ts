/** What both HTTP contenders share without pulling in either validator (each bundle keeps its own). */

export const CURRENCIES = ['EUR', 'USD', 'GBP'] as const;

/** An order line as the client posts it, once validated. */
export interface OrderLine {
  readonly sku: string;
  readonly quantity: number;
  readonly unitPrice: number;
  readonly currency: (typeof CURRENCIES)[number];
  readonly giftWrap: boolean;
}

/** What both routes answer: the order id and a line total. */
export function placed(id: string, order: OrderLine) {
  return { id, sku: order.sku, total: order.quantity * order.unitPrice, currency: order.currency };
}

import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { Tracer } from '@aws-lambda-powertools/tracer';
import { IsInt, IsString, Min } from 'class-validator';

/** The Powertools utilities of the compatibility functions, configured as users do. */
export const logger = new Logger({ serviceName: 'orders' });
export const metrics = new Metrics({ namespace: 'LambdakitCompat', serviceName: 'orders' });
export const tracer = new Tracer({ serviceName: 'orders' });

/** The event the order functions take: a plain DTO, validated by lambdakit. */
export class PlaceOrder {
  @IsString() sku!: string;
  @IsInt() @Min(1) qty!: number;
}

/** What every order handler does with Powertools: one log line, one metric, one traced call. */
export async function placeOrder(order: PlaceOrder, requestId: string) {
  logger.info('placing order', { sku: order.sku });
  metrics.addMetric('OrdersPlaced', MetricUnit.Count, order.qty);
  const total = await tracer.provider.captureAsyncFunc('price', async (subsegment) => {
    subsegment?.addAnnotation('sku', order.sku);
    subsegment?.close();
    return order.qty * 3;
  });
  return { placed: order.sku, total, requestId };
}

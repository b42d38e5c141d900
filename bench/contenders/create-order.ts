/** The JSON body of `POST /orders/{id}` as a class-validator DTO (lambdakit-http). */
import { IsBoolean, IsIn, IsInt, IsNumber, IsString, Length, Max, Min } from 'class-validator';
import { CURRENCIES, type OrderLine } from './order.js';

/** An order line as a client posts it; `create-order-schema.ts` states the same rules for zod. */
export class CreateOrder implements OrderLine {
  @IsString() @Length(1, 32) sku!: string;
  @IsInt() @Min(1) @Max(100) quantity!: number;
  @IsNumber() @Min(0) unitPrice!: number;
  @IsIn(CURRENCIES) currency!: (typeof CURRENCIES)[number];
  @IsBoolean() giftWrap!: boolean;
}

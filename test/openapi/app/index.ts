/**
 * The app the OpenAPI drift test serves: a validated body with a nested DTO and an array of nested
 * DTOs, typed path, query and header parameters (some required), and a greedy `{proxy+}` route.
 */
import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsBoolean,
  IsDefined,
  IsEmail,
  IsInt,
  IsOptional,
  IsString,
  Max,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { Body, Controller, createApp, createHandler, Header, Http, Param, Query } from 'lambdakit';
import { HttpResponse } from 'lambdakit/http';

class Address {
  @IsString() @MinLength(1) street!: string;
  @IsString() @MinLength(2) city!: string;
}

class Customer {
  @IsEmail() email!: string;
  /** `@ValidateNested()` alone lets it be absent: the document must not list it as required. */
  @ValidateNested() @Type(() => Address) address?: Address;
}

class LineItem {
  @IsString() @MinLength(1) sku!: string;
  @IsInt() @Min(1) @Max(100) qty!: number;
}

class PlaceOrder {
  @IsDefined() @ValidateNested() @Type(() => Customer) customer!: Customer;
  @ValidateNested({ each: true }) @Type(() => LineItem) @ArrayMinSize(1) items!: LineItem[];
  @IsOptional() @IsBoolean() gift?: boolean;
}

class Order {
  @IsString() id!: string;
  @IsInt() lines!: number;
}

@Controller({ prefix: '/shop' })
class Shop {
  @Http('POST /orders', { summary: 'Place an order', responses: { 201: { type: Order } } })
  place(@Body(PlaceOrder) order: PlaceOrder) {
    return HttpResponse.json({ id: 'o-1', lines: order.items.length }, { status: 201 });
  }

  @Http('GET /orders')
  list(@Query('limit', Number, { required: true }) limit: number, @Query('tag', Array) tags: string[]) {
    return { limit, tags };
  }

  @Http('GET /orders/{id}')
  show(@Param('id', Number) id: number, @Header('x-tenant', String, { required: true }) tenant: string) {
    return { id, tenant };
  }

  @Http('GET /files/{proxy+}')
  file(@Param('proxy') path: string, @Query('download', Boolean) download?: boolean) {
    return { path, download: download ?? false };
  }
}

export const handler = createHandler(createApp({ controllers: [Shop] }));

/** The plain DTO the controller contenders take as their event (`bench/events/greeting.json`). */
import { IsInt, IsString, Length, Max, Min } from 'class-validator';

/** A direct invocation's payload: `{ "name": "benchmark", "n": 42 }`. */
export class Greeting {
  @IsString() @Length(1, 64) name!: string;
  @IsInt() @Min(0) @Max(1_000_000) n!: number;
}

/** What every trivial contender answers (the same as `handler.ts`). */
export const REPLY = { statusCode: 200, body: 'hello from the benchmark' } as const;

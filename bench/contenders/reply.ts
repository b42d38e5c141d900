/** What the trivial handler (`handler.ts`) answers, for the contenders that answer the same. */
export const REPLY = { statusCode: 200, body: 'hello from the benchmark' } as const;

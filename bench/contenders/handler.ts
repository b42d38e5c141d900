/** The trivial handler every contender runs: it ignores the event and returns a small JSON object. */
export async function handler(
  _event: unknown,
  _context: unknown,
): Promise<{ statusCode: number; body: string }> {
  return { statusCode: 200, body: 'hello from the benchmark' };
}

/**
 * The trivial handler every contender runs: it ignores the event and returns a small JSON object,
 * after awaiting `--delay` ms when that is set (`delay.ts`).
 */
import { DELAY_MS, pause } from './delay.js';

export async function handler(
  _event: unknown,
  _context: unknown,
): Promise<{ statusCode: number; body: string }> {
  if (DELAY_MS > 0) await pause();
  return { statusCode: 200, body: 'hello from the benchmark' };
}

/** What the Runtime API said to a posted result. */
export type PostOutcome =
  | { readonly accepted: true }
  | { readonly accepted: false; readonly status: number; readonly body: string };

/** The outcome of an answered post: accepted on a 2xx, else the status and the start of the body. */
export function postOutcome(response: { status: number; body: Buffer }): PostOutcome {
  if (response.status >= 200 && response.status < 300) return { accepted: true };
  return { accepted: false, status: response.status, body: response.body.toString('utf8', 0, 1024) };
}

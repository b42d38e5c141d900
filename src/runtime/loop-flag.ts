let running = false;

/** Marks this process as served by lambdakit's own loop (`run()`), which streams results itself. */
export function markLoopRunning(): void {
  running = true;
}

/** Whether lambdakit's loop serves this process; if not, a managed runtime calls the handler. */
export function inLambdakitLoop(): boolean {
  return running;
}

/** Delay before retry number `failedAttempts` (1 after the first failure): doubling, capped at an hour. */
export function retryDelayMs(backoffMs: number, failedAttempts: number): number {
  const exponent = Math.min(Math.max(failedAttempts - 1, 0), 20);
  return Math.min(backoffMs * 2 ** exponent, 3_600_000);
}

// On globalThis: the custom server (where jobs run) and Next's bundled route handlers (where
// /process is answered) load this module separately in one process, and must join one flight.
const flights = ((globalThis as unknown as { offerpathResumeFlights?: Map<string, Promise<unknown>> }).offerpathResumeFlights ??= new Map());

/**
 * Runs `work` once for concurrent callers with the same key: the second caller while the first
 * is running gets the first one's promise. Nothing is remembered after it settles.
 */
export function singleFlight<T>(key: string, work: () => Promise<T>): Promise<T> {
  const running = flights.get(key);
  if (running) return running as Promise<T>;
  const flight = work().finally(() => flights.delete(key));
  flights.set(key, flight);
  return flight;
}

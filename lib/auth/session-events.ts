/**
 * "These login sessions have ended" (logout, password change, a stolen refresh token), for
 * whoever holds something opened with them: realtime disconnects their sockets. An event rather
 * than a call, so lib/auth needs nothing from the modules that listen.
 *
 * The listeners live on globalThis: Next's bundled route handlers (which end sessions) and the
 * custom server (where realtime subscribes) load their own copies of this module in one process.
 */
type Listener = (sessionIds: string[]) => void;

const listeners: Set<Listener> = ((globalThis as unknown as { offerpathSessionsEnded?: Set<Listener> }).offerpathSessionsEnded ??=
  new Set());

/** Subscribes to ended sessions; returns the unsubscribe function. */
export function onSessionsEnded(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Tells every listener these sessions have ended. A listener's failure is not the caller's. */
export function announceSessionsEnded(sessionIds: string[]): void {
  if (sessionIds.length === 0) return;
  for (const listener of listeners) {
    try {
      listener(sessionIds);
    } catch {
      // A listener that throws must not undo a logout; listeners log their own failures.
    }
  }
}

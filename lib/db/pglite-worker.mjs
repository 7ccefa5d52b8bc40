// The embedded database's own thread: PGlite opens the data folder here and answers PostgreSQL
// wire-protocol messages that lib/db/pglite-thread.ts forwards from the `pg` connections of the
// main thread. Running here keeps the database's work (WASM, about half of a request's CPU) off
// the thread that serves HTTP.
//
// Plain JavaScript on purpose: it must load as is under `node dist/server.mjs`, tsx, vitest and
// Next's route bundles alike.
//
// PGlite has one backend session and the pool has many connections, so the session is lent to
// one connection at a time: from its first message until PostgreSQL answers ReadyForQuery with
// status "I" (idle). A transaction, or an extended-protocol exchange not yet synced, keeps it;
// the other connections' messages wait in order.
import { parentPort, workerData } from "node:worker_threads";
import { PGlite } from "@electric-sql/pglite";

const READY_FOR_QUERY = 0x5a; // 'Z'
const IDLE = 0x49; // 'I'
const TERMINATE = 0x58; // 'X'

const lite = new PGlite(workerData.dataDir);
/** Messages in arrival order: a connection's bytes, or its closing. */
const waiting = [];
/** The connection the session is lent to, or 0. */
let owner = 0;
let busy = false;

/** Whether this answer ends the exchange with the session idle, free for another connection. */
function endsIdle(answer) {
  const n = answer.length;
  return n >= 6 && answer[n - 6] === READY_FOR_QUERY && answer[n - 1] === IDLE;
}

function concat(parts) {
  const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    all.set(p, at);
    at += p.length;
  }
  return all;
}

async function drain() {
  if (busy) return;
  busy = true;
  try {
    while (waiting.length > 0) {
      const i = owner ? waiting.findIndex((m) => m.conn === owner) : 0;
      if (i < 0) break; // the owner has more to say; the others wait
      const [{ conn, bytes, shutdown }] = waiting.splice(i, 1);
      if (shutdown) {
        // Last in line: every connection before it has had its answers.
        await lite.close();
        parentPort.postMessage({ closed: true });
        return;
      }
      if (!bytes) {
        // A connection that closes holding the session (a transaction) gives it back clean.
        if (owner === conn) {
          owner = 0;
          if (lite.isInTransaction()) await lite.exec("ROLLBACK");
        }
        continue;
      }
      // The raw stream, not execProtocolRaw: that one also parses every answer in JavaScript
      // (for PGlite's own query API), which here would be a third of the thread's work.
      const parts = [];
      try {
        await lite.execProtocolRawStream(bytes, { onRawData: (part) => parts.push(part.slice()) });
      } catch (err) {
        owner = 0;
        parentPort.postMessage({ conn, error: String(err?.message ?? err) });
        continue;
      }
      const answer = parts.length === 1 ? parts[0] : concat(parts);
      owner = endsIdle(answer) ? 0 : conn;
      parentPort.postMessage({ conn, bytes: answer }, [answer.buffer]);
    }
  } finally {
    busy = false;
  }
}

parentPort.on("message", (msg) => {
  // pg writes whole messages; a connection's Terminate is ours to handle, not PGlite's.
  if (msg.shutdown) waiting.push({ conn: 0, shutdown: true });
  else if (msg.close || msg.bytes[0] === TERMINATE) waiting.push({ conn: msg.conn });
  else waiting.push({ conn: msg.conn, bytes: msg.bytes });
  void drain();
});

lite.waitReady.then(
  () => parentPort.postMessage({ ready: true }),
  (err) => parentPort.postMessage({ failed: String(err?.message ?? err) }),
);

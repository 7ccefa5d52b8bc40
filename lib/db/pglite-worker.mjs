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
const PARSE = 0x50; // 'P'
const BIND = 0x42; // 'B'
const DESCRIBE = 0x44; // 'D'
const CLOSE = 0x43; // 'C'
const STATEMENT = 0x53; // 'S' (Describe/Close of a statement, not a portal)

const lite = new PGlite(workerData.dataDir);
/** Messages in arrival order: a connection's bytes, or its closing. */
const waiting = [];
/** The connection the session is lent to, or 0. */
let owner = 0;
let busy = false;

// Named prepared statements. They skip parsing and planning (about half of a small query's time
// here), but PostgreSQL keeps them per session, and all connections share PGlite's one session:
// two connections preparing "q1" would collide, and each `pg` client believes only it has
// prepared what it prepared. So each connection's statement names get its own prefix on the way
// in (Parse, Bind, Describe and Close name them; answers never do), and a closing connection's
// statements are deallocated.
/** Connections past their startup packet (which has no message type byte). */
const started = new Set();
/** Statement names each connection prepared, as the session knows them. */
const preparedBy = new Map();
const utf8 = new TextEncoder();

function cstringEnd(bytes, from, end) {
  const at = bytes.indexOf(0, from);
  return at < 0 || at >= end ? -1 : at;
}

/** `bytes` with every named statement of connection `conn` renamed `c<conn>_<name>`, or as it was. */
function renameStatements(conn, bytes) {
  if (!started.has(conn)) {
    started.add(conn);
    return bytes;
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = [];
  let changed = false;
  for (let at = 0; at < bytes.length; ) {
    if (at + 5 > bytes.length) return bytes; // not whole messages: leave it to PostgreSQL
    const type = bytes[at];
    const end = at + 1 + view.getUint32(at + 1);
    if (end > bytes.length || end < at + 5) return bytes;
    let nameAt = -1;
    if (type === PARSE) nameAt = at + 5;
    else if (type === BIND) nameAt = cstringEnd(bytes, at + 5, end) + 1; // after the portal name
    else if ((type === DESCRIBE || type === CLOSE) && bytes[at + 5] === STATEMENT) nameAt = at + 6;
    const nameEnd = nameAt > 0 ? cstringEnd(bytes, nameAt, end) : -1;
    if (nameEnd > nameAt) {
      const prefix = utf8.encode(`c${conn}_`);
      const message = new Uint8Array(end - at + prefix.length);
      message.set(bytes.subarray(at, nameAt), 0);
      message.set(prefix, nameAt - at);
      message.set(bytes.subarray(nameAt, end), nameAt - at + prefix.length);
      new DataView(message.buffer).setUint32(1, message.length - 1);
      if (type === PARSE) {
        const names = preparedBy.get(conn) ?? new Set();
        names.add(`c${conn}_${new TextDecoder().decode(bytes.subarray(nameAt, nameEnd))}`);
        preparedBy.set(conn, names);
      }
      out.push(message);
      changed = true;
    } else {
      out.push(bytes.subarray(at, end));
    }
    at = end;
  }
  return changed ? concat(out) : bytes;
}

/** Forgets a closed connection: its statements leave the shared session. */
async function forget(conn) {
  started.delete(conn);
  const names = preparedBy.get(conn);
  preparedBy.delete(conn);
  for (const name of names ?? []) await lite.exec(`DEALLOCATE "${name.replace(/"/g, '""')}"`).catch(() => {});
}

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
        await forget(conn);
        continue;
      }
      // The raw stream, not execProtocolRaw: that one also parses every answer in JavaScript
      // (for PGlite's own query API), which here would be a third of the thread's work.
      const parts = [];
      try {
        await lite.execProtocolRawStream(renameStatements(conn, bytes), { onRawData: (part) => parts.push(part.slice()) });
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

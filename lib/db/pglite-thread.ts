import path from "node:path";
import { Duplex } from "node:stream";
import { Worker } from "node:worker_threads";
import type pg from "pg";

/**
 * The embedded database (PGlite) in a thread of its own, reached through `pg` like PostgreSQL.
 *
 * Each `pg` connection gets a stream (`connect()`, for pg's `stream` option) whose bytes go to
 * the thread as PostgreSQL wire-protocol messages and whose answers come back the same way, so
 * Prisma (through @prisma/adapter-pg), `sql()` and migrations use one driver on both databases.
 * Why a thread: PGlite is PostgreSQL compiled to WASM and runs on the thread that calls it; in
 * the server's own thread its work queued behind HTTP and the other way round.
 */
export class PgliteThread {
  readonly ready: Promise<void>;
  private readonly worker: Worker;
  private readonly streams = new Map<number, ThreadStream>();
  /** Connections that keep the process alive, as a ref'd socket to PostgreSQL would. */
  private readonly held = new Set<number>();
  private nextId = 1;
  private failure?: Error;
  private closing?: Promise<void>;
  private onClosed?: () => void;

  /** `onFailure`: told once if the database fails after opening or while it opens (not on close). */
  constructor(
    dataDir: string,
    private readonly onFailure?: (err: Error) => void,
  ) {
    // Resolved from the app's root, as migrations are: the file must be found the same way from
    // dist/server.mjs, tsx and Next's bundles, where import.meta.url points elsewhere.
    const file = path.resolve(process.cwd(), "lib/db/pglite-worker.mjs");
    this.worker = new Worker(file, { workerData: { dataDir } });
    this.worker.unref();
    this.ready = new Promise((resolve, reject) => {
      this.worker.on("message", (msg: WorkerMessage) => {
        if ("ready" in msg) resolve();
        else if ("failed" in msg) reject(this.fail(new Error(`the embedded database did not open: ${msg.failed}`)));
        else if ("closed" in msg) this.onClosed?.();
        else if ("error" in msg) this.streams.get(msg.conn)?.destroy(new Error(msg.error));
        else this.streams.get(msg.conn)?.push(Buffer.from(msg.bytes.buffer, msg.bytes.byteOffset, msg.bytes.byteLength));
      });
      this.worker.on("error", (err) => reject(this.fail(err)));
      this.worker.on("exit", (code) => {
        const why = this.closing ? "the embedded database is closed" : `the embedded database thread exited (${code})`;
        reject(this.fail(new Error(why)));
      });
    });
    // A failure is reported to whoever uses the database next, not as an unhandled rejection.
    this.ready.catch(() => {});
  }

  /** What `pg.Client` and `pg.Pool` take to connect here. */
  clientConfig(): pg.ClientConfig {
    // PGlite has the one database and role of its initdb; pg would otherwise name the OS user,
    // and a startup PostgreSQL refuses with FATAL ends PGlite itself.
    return { stream: () => this.connect(), user: "postgres", database: "postgres" };
  }

  /** A new connection's stream, for pg's `stream` option. */
  connect(): Duplex {
    const id = this.nextId++;
    const stream = new ThreadStream(this, id);
    this.streams.set(id, stream);
    this.hold(id, true);
    return stream;
  }

  /** Waits for every connection's last answer, closes the database and ends the thread. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      this.worker.ref(); // the process waits for the database to close cleanly
      if (!this.failure) {
        const closed = new Promise<void>((resolve) => (this.onClosed = resolve));
        this.worker.postMessage({ shutdown: true });
        await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 10_000).unref())]);
      }
      await this.worker.terminate();
    })();
    return this.closing;
  }

  send(id: number, bytes: Uint8Array): void {
    this.worker.postMessage({ conn: id, bytes }, [bytes.buffer as ArrayBuffer]);
  }

  hangUp(id: number): void {
    if (!this.streams.delete(id)) return;
    this.hold(id, false);
    if (!this.failure && !this.closing) this.worker.postMessage({ conn: id, close: true });
  }

  hold(id: number, keepAlive: boolean): void {
    if (keepAlive && this.streams.has(id)) this.held.add(id);
    else this.held.delete(id);
    if (this.held.size > 0 || this.closing) this.worker.ref();
    else this.worker.unref();
  }

  whenReady(): Promise<void> {
    return this.failure ? Promise.reject(this.failure) : this.ready;
  }

  private fail(err: Error): Error {
    if (!this.failure && !this.closing) this.onFailure?.(err);
    this.failure ??= err;
    for (const stream of this.streams.values()) stream.destroy(err);
    return err;
  }
}

type WorkerMessage =
  | { ready: true }
  | { failed: string }
  | { closed: true }
  | { conn: number; error: string }
  | { conn: number; bytes: Uint8Array };

/** What `pg` takes for a socket: the parts of net.Socket it calls, over the thread's messages. */
class ThreadStream extends Duplex {
  constructor(
    private readonly thread: PgliteThread,
    private readonly id: number,
  ) {
    super();
  }

  connect(): this {
    this.thread.whenReady().then(
      () => this.emit("connect"),
      (err: Error) => this.destroy(err),
    );
    return this;
  }

  setNoDelay(): this {
    return this;
  }

  setKeepAlive(): this {
    return this;
  }

  // pg's pool unrefs idle connections (allowExitOnIdle) and refs them again on use.
  ref(): this {
    this.thread.hold(this.id, true);
    return this;
  }

  unref(): this {
    this.thread.hold(this.id, false);
    return this;
  }

  _read(): void {}

  _write(chunk: Buffer, _encoding: BufferEncoding, done: (err?: Error | null) => void): void {
    this._writev([{ chunk }], done);
  }

  // pg corks the stream around a query's Parse/Bind/Describe/Execute/Sync: one message out.
  _writev(chunks: { chunk: Buffer }[], done: (err?: Error | null) => void): void {
    // A fresh buffer to hand over: pg's buffers may be slices of Node's shared pool.
    const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.chunk.length, 0));
    let at = 0;
    for (const { chunk } of chunks) {
      bytes.set(chunk, at);
      at += chunk.length;
    }
    this.thread.send(this.id, bytes);
    done();
  }

  _final(done: (err?: Error | null) => void): void {
    this.push(null);
    done();
  }

  _destroy(err: Error | null, done: (err?: Error | null) => void): void {
    this.thread.hangUp(this.id);
    done(err);
  }
}

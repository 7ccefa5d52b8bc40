"use strict";
/* eslint-disable @typescript-eslint/no-require-imports -- plain CommonJS: Node runs this file as is, inside the box */
// The JavaScript harness, run inside the box as `node /harness/run.cjs`.
// It reads the request from stdin (code, function name, test arguments; never expected outputs),
// compiles the candidate's code with vm.Script (syntax errors come back with line and column),
// then calls the function once per test under vm's timeout, which terminates even a `while (true)`
// the candidate cannot catch. Results go to fd 3, a pipe the parent opened before any candidate code
// exists; every line starts with the run's nonce, so printing can never pass for a result.
const fs = require("node:fs");
const vm = require("node:vm");
const util = require("node:util");

// Taken before candidate code runs, so replacing JSON.stringify or fs.writeSync changes nothing here.
const writeSync = fs.writeSync;
const stringify = JSON.stringify;
const parse = JSON.parse;
const inspect = util.inspect;
const now = performance.now.bind(performance);
const resourceUsage = process.resourceUsage.bind(process);
const reallyExit = process.reallyExit.bind(process);
// Node creates process.stdout and stderr on first use, writing to a pipe asynchronously: a print
// loop would queue its output in memory, out of the parent's sight. Made on first use here too,
// but blocking, so the output limit sees every byte as it is printed.
for (const name of ["stdout", "stderr"]) {
  const create = Object.getOwnPropertyDescriptor(process, name).get;
  let stream;
  Object.defineProperty(process, name, {
    configurable: true,
    enumerable: true,
    get() {
      if (!stream) {
        stream = create.call(process);
        if (stream._handle && typeof stream._handle.setBlocking === "function") stream._handle.setBlocking(true);
      }
      return stream;
    },
  });
}

// Below the web server's priority (the parent sets it too): candidates' loops yield to requests.
try {
  require("node:os").setPriority(10);
} catch {
  // Already lower.
}

const FILENAME = "solution.js";
const DISPLAY_LIMIT = 2000;

const request = parse(fs.readFileSync(0, "utf8"));
const nonce = request.nonce;
const timeoutMs = request.testTimeoutMs;

function send(obj) {
  let data = Buffer.from(nonce + " " + stringify(obj) + "\n");
  while (data.length) data = data.subarray(writeSync(3, data));
}

function lineOf(err) {
  const stack = typeof err?.stack === "string" ? err.stack : "";
  const match = stack.match(/solution\.js:(\d+)/);
  return match ? Number(match[1]) : undefined;
}

function describe(err) {
  let message;
  try {
    message = err instanceof Error || (err && typeof err === "object" && "message" in err)
      ? `${err.name || "Error"}: ${err.message}`
      : `Uncaught ${inspect(err)}`;
  } catch {
    message = "Error";
  }
  if (message.length > DISPLAY_LIMIT) message = message.slice(0, DISPLAY_LIMIT) + "...";
  const line = lineOf(err);
  return line ? `${message} (line ${line})` : message;
}

function encode(value) {
  let display;
  try {
    display = inspect(value, { depth: 6, maxArrayLength: 200, maxStringLength: DISPLAY_LIMIT, breakLength: Infinity });
  } catch {
    display = `<unprintable ${typeof value}>`;
  }
  if (display.length > DISPLAY_LIMIT) display = display.slice(0, DISPLAY_LIMIT) + "...";
  try {
    const json = stringify(value);
    // undefined, functions, NaN and Infinity have no faithful JSON: shown, not compared as JSON.
    if (json === undefined || (typeof value === "number" && !Number.isFinite(value))) return { display };
    return { value: parse(json), display };
  } catch {
    return { display };
  }
}

// The candidate's code as a CommonJS module body; the wrapper hands back the function by name
// whether it is declared, assigned or exported. The header sits on its own line (lineOffset -1),
// so line numbers in errors are the candidate's own.
const name = request.functionName;
const source =
  "(function (exports, require, module) {\n" +
  request.code +
  `\n;return typeof ${name} !== "undefined" ? ${name} : (module.exports && module.exports.${name}) || module.exports;\n})`;

let script;
try {
  script = new vm.Script(source, { filename: FILENAME, lineOffset: -1 });
} catch (err) {
  // V8 puts "solution.js:LINE" and a caret under the column on the stack's first lines.
  const lines = String(err.stack || "").split("\n");
  const line = lineOf(err);
  const caret = lines.findIndex((l) => /^\s*\^+\s*$/.test(l));
  const column = caret > 0 ? lines[caret].indexOf("^") + 1 : undefined;
  send({ t: "syntax", message: String(err.message), line, column });
  finish();
}

// Every call into candidate code goes through this one script, so vm's timeout covers it.
const slot = "__sandboxCall" + nonce.slice(0, 8);
const call = new vm.Script(`globalThis[${stringify(slot)}]()`, { filename: "harness" });
function timed(fn) {
  globalThis[slot] = fn;
  return call.runInThisContext({ timeout: timeoutMs });
}
const isTimeout = (err) => err && err.code === "ERR_SCRIPT_EXECUTION_TIMEOUT";

async function main() {
  send({ t: "begin", i: -1 });
  let fn;
  try {
    const candidateModule = { exports: {} };
    fn = timed(() => script.runInThisContext()(candidateModule.exports, require, candidateModule));
  } catch (err) {
    send(isTimeout(err)
      ? { t: "load", status: "timeout", error: "the code did not finish loading in time" }
      : { t: "load", status: "error", error: describe(err) });
    return;
  }
  if (typeof fn !== "function") {
    send({ t: "load", status: "error", error: `function ${name} is not defined` });
    return;
  }
  send({ t: "load", status: "ok" });

  const total = request.tests.length;
  const timedOut = (i, started) => ({
    t: "result", i, status: "timeout", error: `TimeoutError: the test ran over ${timeoutMs} ms`, ms: elapsed(started),
  });
  let current; // the test running now: { i, started }
  let pending; // an async test's promise, settled outside the watchdog

  /** Runs test i; sends its result, or leaves its promise in `pending`. */
  function runTest(i) {
    // Parsed per test, so a function that mutates its arguments cannot change the next test's.
    const args = parse(request.tests[i]);
    send({ t: "begin", i });
    current = { i, started: now() };
    let outcome;
    try {
      const value = fn(...args);
      if (value && typeof value.then === "function") {
        pending = value;
        return;
      }
      outcome = { t: "result", i, status: "ok", ...encode(value) };
    } catch (err) {
      outcome = { t: "result", i, status: "error", error: describe(err) };
    }
    outcome.ms = elapsed(current.started);
    send(outcome);
  }

  let next = 0;
  while (next < total) {
    // Tests run back to back under one watchdog, since starting one costs a thread each time; when
    // it fires, the test it cut short gets the whole time limit on its own before it counts as
    // timed out.
    pending = undefined;
    try {
      timed(() => {
        for (let i = next; i < total && !pending; i++) runTest(i);
      });
    } catch (err) {
      if (!isTimeout(err)) throw err;
      const { i, started } = current;
      if (now() - started >= timeoutMs) send(timedOut(i, started));
      else {
        try {
          pending = undefined;
          timed(() => runTest(i));
        } catch (again) {
          if (!isTimeout(again)) throw again;
          send(timedOut(i, current.started));
        }
      }
      if (!pending) {
        next = i + 1;
        continue;
      }
    }
    if (pending) {
      const { i, started } = current;
      let outcome;
      try {
        const value = await settle(pending, started);
        outcome = { t: "result", i, status: "ok", ...timed(() => encode(value)) };
      } catch (err) {
        outcome = err === TIMEOUT || isTimeout(err) ? timedOut(i, started) : { t: "result", i, status: "error", error: describe(err) };
      }
      outcome.ms = elapsed(started);
      send(outcome);
      next = i + 1;
      continue;
    }
    next = total;
  }
  send({ t: "done", maxRssKb: resourceUsage().maxRSS });
}

const elapsed = (started) => Math.round((now() - started) * 1000) / 1000;

// An async function: its promise gets what is left of the test's time.
const TIMEOUT = Symbol("timeout");
function settle(promise, started) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(TIMEOUT), Math.max(0, timeoutMs - (now() - started)));
    promise.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e) => (clearTimeout(timer), reject(e)),
    );
  });
}

function finish() {
  // reallyExit: no candidate 'exit' handler, timer or pending promise runs after the harness is done.
  reallyExit(0);
}

main().then(finish, (err) => {
  try {
    writeSync(2, `harness failure: ${err && err.stack}\n`);
  } finally {
    finish();
  }
});

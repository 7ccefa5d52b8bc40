import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import net from "node:net";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { boxUserIds } from "./box-command";
import { runCode } from "./index";
import type { SandboxRequest, SandboxResult } from "./types";

/*
 * What untrusted code cannot do, each attempt in a real box. Every test ends by checking that the
 * next run is unaffected (a plain run still succeeds), since a box that leaks processes, files or a
 * stuck slot would show up there.
 */

// A root test run's boxes get user ids of their own (a random block per process), so what they
// leave behind can be told apart from other processes' boxes.
const BOX_UIDS = boxUserIds();

const APP_DIR = process.cwd();

const py = (code: string, args: unknown[][] = [[]], extra: Partial<SandboxRequest> = {}): SandboxRequest => ({
  language: "python",
  code,
  functionName: "attack",
  tests: args.map((a, i) => ({ id: `t${i + 1}`, args: a })),
  ...extra,
});
const js = (code: string, args: unknown[][] = [[]], extra: Partial<SandboxRequest> = {}): SandboxRequest => ({
  ...py(code, args, extra),
  language: "javascript",
});

async function expectNextRunUnaffected() {
  const [a, b] = await Promise.all([
    runCode(py("def attack(n):\n    return n * 2\n", [[21]])),
    runCode(js("function attack(n) { return n * 2; }", [[21]])),
  ]);
  expect(a.status).toBe("success");
  expect(a.tests[0].value).toBe(42);
  expect(b.status).toBe("success");
  expect(b.tests[0].value).toBe(42);
}

/**
 * Processes of this run's box users still on the host, zombies included: an unreaped one still
 * counts against its user's process limit, and on a machine whose init never reaps orphans
 * (a container, a microVM) they piled up until no box could start.
 */
function boxProcesses(): string[] {
  const out = execFileSync("ps", ["-eo", "uid=,pid=,stat=,comm="], { encoding: "utf8" });
  return out
    .split("\n")
    .map((l) => l.trim().split(/\s+/))
    .filter(([uid]) => Number(uid) >= BOX_UIDS.first && Number(uid) <= BOX_UIDS.last)
    .map((fields) => fields.join(" "));
}

const value = (r: SandboxResult, i = 0) => r.tests[i].value;

describe("containment", { timeout: 60_000 }, () => {
  afterEach(async () => {
    // Nothing a box started outlives it.
    for (let i = 0; i < 20 && boxProcesses().length; i++) await new Promise((r) => setTimeout(r, 100));
    expect(boxProcesses()).toEqual([]);
  });

  it("infinite loop: the test times out, the other tests still report (Python)", async () => {
    const result = await runCode(py("def attack(n):\n    while n:\n        pass\n    return 'done'\n", [[1], [0]], { testTimeoutMs: 300 }));
    expect(result.status).toBe("success");
    expect(result.tests.map((t) => t.status)).toEqual(["timeout", "ok"]);
    await expectNextRunUnaffected();
  });

  it("infinite loop that swallows the timer: the parent kills the box, status timeout (Python)", async () => {
    const code = "def attack():\n    while True:\n        try:\n            while True:\n                pass\n        except BaseException:\n            pass\n";
    const started = Date.now();
    const result = await runCode(py(code, [[], []], { testTimeoutMs: 300 }));
    expect(result.status).toBe("timeout");
    expect(result.tests.map((t) => t.status)).toEqual(["timeout", "error"]);
    expect(Date.now() - started).toBeLessThan(5_000);
    await expectNextRunUnaffected();
  });

  it("infinite loop: the test times out, the other tests still report (JavaScript)", async () => {
    const code = "function attack(n) {\n  try { while (n) {} } catch (e) { return 'caught'; } finally { while (n) {} }\n  return 'done';\n}";
    const result = await runCode(js(code, [[1], [0]], { testTimeoutMs: 300 }));
    expect(result.status).toBe("success");
    expect(result.tests.map((t) => t.status)).toEqual(["timeout", "ok"]);
    await expectNextRunUnaffected();
  });

  it("infinite loop in a microtask chain (JavaScript): the box is killed, status timeout", async () => {
    const code = "async function attack() {\n  for (;;) await null;\n}";
    const result = await runCode(js(code, [[]], { testTimeoutMs: 300, wallTimeoutMs: 3000 }));
    expect(result.status).toBe("timeout");
    expect(result.tests[0].status).toBe("timeout");
    await expectNextRunUnaffected();
  });

  it("fork bomb: stopped at the process limit, nothing left running (Python)", async () => {
    const code = "import os\ndef attack():\n    while True:\n        os.fork()\n";
    const result = await runCode(py(code, [[]], { testTimeoutMs: 1000, wallTimeoutMs: 4000 }));
    expect(["error", "timeout"]).toContain(result.status === "success" ? result.tests[0].status : result.status);
    await expectNextRunUnaffected();
  });

  it("fork bomb: stopped at the process limit, nothing left running (JavaScript)", async () => {
    // Counts the children that really started: past the process limit spawn fails (EAGAIN, which
    // Node reports as an 'error' event after the call, with no pid), or the box is stopped.
    const code =
      "const { spawn } = require('child_process');\nfunction attack() {\n  let started = 0;\n  for (let i = 0; i < 200; i++) {\n    const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)']);\n    child.on('error', () => {});\n    if (child.pid) started++;\n  }\n  return started;\n}";
    const result = await runCode(js(code, [[]], { testTimeoutMs: 1000, wallTimeoutMs: 4000 }));
    if (result.status === "success" && result.tests[0].status === "ok") expect(result.tests[0].value).toBeLessThan(64);
    else expect(["error", "timeout"]).toContain(result.status === "success" ? result.tests[0].status : result.status);
    await expectNextRunUnaffected();
  });

  it("memory bomb: MemoryError for that test (Python)", async () => {
    const code = "def attack():\n    blocks = []\n    while True:\n        blocks.append(bytearray(16 * 1024 * 1024))\n";
    const result = await runCode(py(code, [[]], { memoryMb: 128 }));
    expect(result.tests[0]).toMatchObject({ status: "error", error: expect.stringMatching(/^MemoryError/) });
    expect(result.memoryUsageMb).toBeLessThan(160);
    await expectNextRunUnaffected();
  });

  it("memory bomb: the heap limit stops the box, status error (JavaScript)", async () => {
    const code = "function attack() {\n  const keep = [];\n  for (;;) keep.push(new Array(100000).fill({ a: 1 }));\n}";
    // A test timeout long enough for the collector's last struggle on a busy machine.
    const result = await runCode(js(code, [[]], { memoryMb: 128, testTimeoutMs: 15_000, wallTimeoutMs: 20_000 }));
    expect(result).toMatchObject({ status: "error", reason: "memory limit exceeded" });
    expect(result.tests[0].status).toBe("error");
    await expectNextRunUnaffected();
  });

  it("memory bomb outside the heap: buffers fail at the address-space limit (JavaScript)", async () => {
    const code = "function attack() {\n  const keep = [];\n  for (;;) keep.push(Buffer.alloc(64 * 1024 * 1024, 1));\n}";
    const result = await runCode(js(code, [[]], { memoryMb: 128 }));
    expect(result.status === "success" ? result.tests[0].status : result.status).toBe("error");
    await expectNextRunUnaffected();
  });

  it("100 MB of output: the box is killed at the output limit, status error (Python and JavaScript)", async () => {
    const pyResult = await runCode(py("import sys\ndef attack():\n    line = 'x' * 1023 + '\\n'\n    for _ in range(100 * 1024):\n        sys.stdout.write(line)\n"));
    expect(pyResult).toMatchObject({ status: "error", reason: "output limit exceeded" });
    expect(pyResult.stdout.length).toBeLessThan(100 * 1024);
    const jsResult = await runCode(js("function attack() {\n  const line = 'x'.repeat(1023) + '\\n';\n  for (let i = 0; i < 100 * 1024; i++) process.stderr.write(line);\n}"));
    expect(jsResult).toMatchObject({ status: "error", reason: "output limit exceeded" });
    await expectNextRunUnaffected();
  });

  it("reading /etc/passwd fails: there is no /etc in the box", async () => {
    const pyResult = await runCode(py("import os\ndef attack():\n    return [os.path.exists('/etc'), open('/etc/passwd').read()]\n"));
    expect(pyResult.tests[0]).toMatchObject({ status: "error", error: expect.stringMatching(/^FileNotFoundError/) });
    const jsResult = await runCode(js("const fs = require('fs');\nfunction attack() { return fs.readFileSync('/etc/passwd', 'utf8'); }"));
    expect(jsResult.tests[0]).toMatchObject({ status: "error", error: expect.stringMatching(/ENOENT/) });
    await expectNextRunUnaffected();
  });

  it("the server's environment is not visible", async () => {
    const secret = `s3cret-${randomBytes(8).toString("hex")}`;
    process.env.SANDBOX_TEST_SECRET = secret;
    try {
      const pyResult = await runCode(py("import os\ndef attack():\n    return dict(os.environ)\n"));
      const jsResult = await runCode(js("function attack() { return { ...process.env }; }"));
      for (const result of [pyResult, jsResult]) {
        expect(result.status).toBe("success");
        expect(JSON.stringify(result)).not.toContain(secret);
        expect(Object.keys(value(result) as object).filter((k) => !["PWD", "LC_CTYPE"].includes(k))).toEqual([]);
      }
    } finally {
      delete process.env.SANDBOX_TEST_SECRET;
    }
    await expectNextRunUnaffected();
  });

  it(".env, the app's folder and the database files are not visible", async () => {
    const targets = [APP_DIR, path.join(APP_DIR, ".env"), path.join(APP_DIR, ".env.example"), path.join(APP_DIR, "package.json"), path.join(APP_DIR, "data"), path.join(APP_DIR, "data/pglite"), "/work", "/root", "/home", "/var/lib/postgresql"];
    const pyResult = await runCode(py("import os\ndef attack(paths):\n    return {p: os.path.exists(p) for p in paths}\n", [[targets]]));
    expect(value(pyResult)).toEqual(Object.fromEntries(targets.map((t) => [t, false])));
    const jsResult = await runCode(js("const fs = require('fs');\nfunction attack(paths) { return Object.fromEntries(paths.map((p) => [p, fs.existsSync(p)])); }", [[targets]]));
    expect(value(jsResult)).toEqual(Object.fromEntries(targets.map((t) => [t, false])));
    // All there is: the interpreters' read-only system, the harness, scratch, /proc and /dev.
    const root = await runCode(py("import os\ndef attack():\n    return sorted(os.listdir('/'))\n"));
    expect(value(root)).toEqual(["dev", "harness", "lib", "lib64", "proc", "tmp", "usr"]);
    await expectNextRunUnaffected();
  });

  it("writing outside scratch fails; scratch itself works and is gone at the next run", async () => {
    const code =
      "import os\ndef attack(paths):\n    out = {}\n    for p in paths:\n        try:\n            with open(p, 'w') as f:\n                f.write('x')\n            out[p] = 'written'\n        except OSError as e:\n            out[p] = type(e).__name__\n    return out\n";
    const result = await runCode(py(code, [[["/usr/lib/pwned", "/harness/run.py", "/pwned", "/proc/pwned", "/tmp/scratch.txt"]]]));
    const outcome = value(result) as Record<string, string>;
    expect(outcome["/tmp/scratch.txt"]).toBe("written");
    for (const p of ["/usr/lib/pwned", "/harness/run.py", "/pwned", "/proc/pwned"]) expect(outcome[p]).not.toBe("written");
    const next = await runCode(py("import os\ndef attack():\n    return os.listdir('/tmp')\n"));
    expect(value(next)).toEqual([]);
    // A file beyond the scratch space or the file size limit fails too.
    const big = await runCode(py("def attack():\n    with open('/tmp/big', 'wb') as f:\n        f.write(b'x' * (64 * 1024 * 1024))\n"));
    expect(big.status === "success" ? big.tests[0].status : big.status).toBe("error");
    await expectNextRunUnaffected();
  });

  it("connecting to the app's port and to 127.0.0.1:5432 fails; the listener gets no connection", async () => {
    let connections = 0;
    const server = net.createServer((socket) => {
      connections++;
      socket.destroy();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as net.AddressInfo).port;
    try {
      const pyCode =
        "import socket\ndef attack(port):\n    s = socket.create_connection(('127.0.0.1', port), timeout=1)\n    return 'connected'\n";
      const pyApp = await runCode(py(pyCode, [[port], [5432]]));
      for (const t of pyApp.tests) expect(t).toMatchObject({ status: "error", error: expect.stringMatching(/ConnectionRefusedError/) });
      const jsCode =
        "const net = require('net');\nfunction attack(port) {\n  return new Promise((resolve, reject) => {\n    const s = net.connect(port, '127.0.0.1', () => resolve('connected'));\n    s.on('error', reject);\n  });\n}";
      const jsApp = await runCode(js(jsCode, [[port], [5432]]));
      for (const t of jsApp.tests) expect(t).toMatchObject({ status: "error", error: expect.stringMatching(/ECONNREFUSED/) });
      await new Promise((r) => setTimeout(r, 100));
      expect(connections).toBe(0);
    } finally {
      server.close();
    }
    await expectNextRunUnaffected();
  });

  it("the box has no network interface but loopback (listed, never used)", async () => {
    const pyResult = await runCode(py("import os, socket\ndef attack():\n    return [socket.if_nameindex(), os.path.exists('/sys/class/net')]\n"));
    expect(value(pyResult)).toEqual([[[1, "lo"]], false]);
    const jsResult = await runCode(js("const os = require('os');\nfunction attack() { return Object.keys(os.networkInterfaces()); }"));
    expect(value(jsResult)).toEqual(["lo"]);
    await expectNextRunUnaffected();
  });

  it("spawning a shell fails: there is none in the box", async () => {
    const pyResult = await runCode(py("import subprocess\ndef attack(cmd):\n    return subprocess.run(cmd, capture_output=True).stdout.decode()\n", [[["/bin/sh", "-c", "id"]], [["bash", "-c", "id"]]]));
    for (const t of pyResult.tests) expect(t).toMatchObject({ status: "error", error: expect.stringMatching(/^FileNotFoundError/) });
    const system = await runCode(py("import os\ndef attack():\n    return os.system('id > /tmp/id')\n"));
    expect(value(system)).not.toBe(0);
    const jsResult = await runCode(js("const cp = require('child_process');\nfunction attack() { return cp.execSync('id').toString(); }"));
    expect(jsResult.tests[0]).toMatchObject({ status: "error", error: expect.stringMatching(/ENOENT/) });
    await expectNextRunUnaffected();
  });

  it("killing the parent: the server's process is out of reach, killing the box only ends the box", async () => {
    const pyResult = await runCode(py("import os, signal\ndef attack(pid):\n    os.kill(pid, signal.SIGKILL)\n", [[process.pid]]));
    expect(pyResult.tests[0]).toMatchObject({ status: "error", error: expect.stringMatching(/^ProcessLookupError/) });
    // The harness is the box's init (bwrap --as-pid-1): it has no parent in the box to kill, and
    // the kernel keeps a namespace's init from signals sent inside it, its own included.
    const parent = await runCode(py("import os, signal\ndef attack():\n    os.kill(os.getppid(), signal.SIGKILL)\n    return [os.getppid(), os.getpid()]\n"));
    expect(parent.tests[0]).toMatchObject({ status: "ok", value: [0, 1] });
    const self = await runCode(py("import os, signal\ndef attack():\n    os.kill(os.getpid(), signal.SIGKILL)\n    return 'still here'\n", [[], []]));
    expect(self.tests.map((t) => t.value)).toEqual(["still here", "still here"]);
    const jsResult = await runCode(js("function attack(pid) { process.kill(pid, 'SIGKILL'); }", [[process.pid]]));
    expect(jsResult.tests[0]).toMatchObject({ status: "error", error: expect.stringMatching(/ESRCH/) });
    const jsSelf = await runCode(js("function attack() { process.kill(process.ppid, 'SIGKILL'); process.kill(process.pid, 'SIGKILL'); return [process.ppid, process.pid]; }"));
    expect(jsSelf.tests[0]).toMatchObject({ status: "ok", value: [0, 1] });
    await expectNextRunUnaffected();
  });

  it("symlinks in scratch cannot reach outside the box", async () => {
    const code =
      "import os\ndef attack(targets):\n    out = {}\n    for i, t in enumerate(targets):\n        link = '/tmp/link%d' % i\n        os.symlink(t, link)\n        try:\n            out[t] = open(link).read(50)\n        except OSError as e:\n            out[t] = type(e).__name__\n    return out\n";
    const targets = ["/etc/passwd", path.join(APP_DIR, "package.json"), "/proc/1/root/etc/passwd", "/proc/self/root/etc/hostname"];
    const result = await runCode(py(code, [[targets]]));
    const outcome = value(result) as Record<string, string>;
    for (const t of targets) expect(outcome[t]).toMatch(/Error$/);
    await expectNextRunUnaffected();
  });

  it("hidden expected outputs never enter the box: its input holds only the code and the arguments", async () => {
    // The harness's own request, found in its memory: the keys are all there is.
    const code =
      "import gc, marshal\ndef attack(n):\n    for o in gc.get_objects():\n        if isinstance(o, dict) and 'nonce' in o and 'tests' in o:\n            return [sorted(o.keys()), [marshal.loads(t) for t in o['tests']]]\n    return None\n";
    const result = await runCode(py(code, [[1], [2]]));
    expect(value(result)).toEqual([["code", "functionName", "limits", "nonce", "testTimeoutMs", "tests"], [[1], [2]]]);
    // No file, argument or variable carries anything else.
    const look = await runCode(py("import os, sys\ndef attack():\n    return [sys.argv, sorted(os.listdir('/harness')), os.listdir('/tmp')]\n"));
    expect(value(look)).toEqual([["/harness/run.py"], ["run.cjs", "run.py"], []]);
    const jsLook = await runCode(js("function attack() { return [process.argv.slice(1), require('fs').readdirSync('/tmp')]; }"));
    expect(value(jsLook)).toEqual([["/harness/run.cjs"], []]);
    await expectNextRunUnaffected();
  });

  it("printing fake results, or writing them to the result channel without the nonce, changes nothing", async () => {
    const fake = (i: number) => JSON.stringify({ t: "result", i, status: "ok", value: 999, ms: 1 });
    const pyCode = `import os, sys\ndef attack(n):\n    for line in ${JSON.stringify([fake(0), fake(1), `x ${fake(0)}`, JSON.stringify({ t: "done", maxRssKb: 1 })])}:\n        print(line)\n        print(line, file=sys.stderr)\n        os.write(3, (line + '\\n').encode())\n    return n\n`;
    const pyResult = await runCode(py(pyCode, [[1], [2]]));
    expect(pyResult.status).toBe("success");
    expect(pyResult.tests.map((t) => t.value)).toEqual([1, 2]);
    const jsCode = `const fs = require('fs');\nfunction attack(n) {\n  for (const line of ${JSON.stringify([fake(0), fake(1)])}) {\n    console.log(line);\n    fs.writeSync(3, line + '\\n');\n  }\n  return n;\n}`;
    const jsResult = await runCode(js(jsCode, [[1], [2]]));
    expect(jsResult.status).toBe("success");
    expect(jsResult.tests.map((t) => t.value)).toEqual([1, 2]);
    await expectNextRunUnaffected();
  });
});

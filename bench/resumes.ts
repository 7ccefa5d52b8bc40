import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startServer, type TestServer } from "../tests/support/server";

// Resume analysis figures (seed 004). Prints them; gates nothing (the machine may be busy).
//   npm run bench:resumes
// (a) detect + extract + parse in this process, warm, p50/p99 per format over the dev set's files;
// (b) a batch of 50 of those files through the API of a real server (production build), from the
//     POST to every file done;
// (c) peak memory (RSS) of a fresh process extracting and parsing a generated 10 MB PDF.
// Targets on a 2-core machine: p50 < 50 ms for a 2-page PDF, the batch of 50 < 5 s, peak < 400 MB.
// Env: BENCH_ROUNDS (timed rounds over the files, default 5), BENCH_ONLY (parse, batch or memory),
// NEXT_DIST_DIR (build folder, default .next-test; built if it has no BUILD_ID).

const DATASET = path.resolve(process.cwd(), process.env.BENCH_DATASET ?? "../shared/datasets/resumes-dev/files");
const DATASET_FALLBACK = "/work/shared/datasets/resumes-dev/files";
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const ONLY = process.env.BENCH_ONLY;

function datasetDir(): string {
  for (const dir of [DATASET, DATASET_FALLBACK]) if (existsSync(dir)) return dir;
  throw new Error(`no dataset at ${DATASET}: set BENCH_DATASET`);
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const ms = (n: number) => `${n.toFixed(1)} ms`;

/** The pipeline's own stages, as the analysis job runs them. */
async function pipeline() {
  const { detectResumeType } = await import("../lib/resumes/detect-type");
  const { extractDocument, closeExtractPool } = await import("../lib/resumes/extract");
  const { parseResume } = await import("../lib/resumes/parse");
  return {
    async analyse(bytes: Uint8Array) {
      const type = await detectResumeType(bytes);
      if (!type) throw new Error("not a resume format");
      const doc = await extractDocument(bytes, type.ext);
      return { doc, parsed: parseResume(doc) };
    },
    close: closeExtractPool,
  };
}

async function benchParse() {
  const dir = datasetDir();
  const files = readdirSync(dir).sort().map((name) => ({ name, bytes: new Uint8Array(readFileSync(path.join(dir, name))) }));
  const p = await pipeline();
  const pages = new Map<string, number>();
  // Warm: every file once (JIT, the extraction workers, pdf.js's fonts).
  for (const f of files) pages.set(f.name, (await p.analyse(f.bytes)).doc.pages);
  const byFormat = new Map<string, number[]>();
  const pdf2: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const f of files) {
      const started = performance.now();
      await p.analyse(f.bytes);
      const took = performance.now() - started;
      const format = path.extname(f.name).slice(1);
      byFormat.set(format, [...(byFormat.get(format) ?? []), took]);
    }
  }
  // The dev set's PDFs are one page each: also generated two-page PDFs, one as long as a
  // two-page resume (40 lines a page, about 5,000 characters) and one much denser (68 long lines
  // a page, about 15,000 characters).
  const pdf2Dense: number[] = [];
  for (const [lines, times] of [[40, pdf2], [68, pdf2Dense]] as const) {
    const twoPages = new Uint8Array(textPdf(0, 2, lines));
    await p.analyse(twoPages);
    for (let round = 0; round < ROUNDS * 10; round++) {
      const started = performance.now();
      await p.analyse(twoPages);
      times.push(performance.now() - started);
    }
  }
  await p.close?.();
  console.log(`\n(a) detect + extract + parse, in process, warm: ${files.length} files x ${ROUNDS} rounds`);
  console.log("format   files  runs     p50        p99        max");
  const row = (label: string, times: number[], count: number) => {
    const s = [...times].sort((a, b) => a - b);
    console.log(`${label.padEnd(8)} ${String(count).padStart(5)} ${String(s.length).padStart(5)}  ${ms(percentile(s, 50)).padStart(9)}  ${ms(percentile(s, 99)).padStart(9)}  ${ms(s[s.length - 1]).padStart(9)}`);
  };
  for (const [format, times] of [...byFormat].sort()) row(format, times, times.length / ROUNDS);
  row("pdf 2pp", pdf2, 1);
  row("pdf 2pp+", pdf2Dense, 1);
  console.log("(pdf 2pp: a generated two-page PDF of resume length, ~5,000 characters; pdf 2pp+: ~15,000 characters)");
  const pdfPages = [...pages].filter(([name]) => name.endsWith(".pdf")).map(([, n]) => n);
  console.log(`PDF pages in the set: ${[...new Set(pdfPages)].sort().map((n) => `${n}p x${pdfPages.filter((m) => m === n).length}`).join(", ")}`);
  console.log("target: p50 < 50 ms for a 2-page PDF");
}

function ensureBuild() {
  const distDir = process.env.NEXT_DIST_DIR || ".next-test";
  process.env.NEXT_DIST_DIR = distDir;
  if (!existsSync(path.join(distDir, "BUILD_ID"))) {
    console.log(`No production build in ${distDir}; building it ...`);
    execFileSync("npx", ["next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" } });
  }
  // The custom server, compiled with the code of this checkout.
  execFileSync(process.execPath, ["scripts/build-server.mjs"], { stdio: "inherit" });
}

function cpuMs(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

async function benchBatch() {
  ensureBuild();
  const dir = datasetDir();
  const names = readdirSync(dir).sort().slice(0, 50);
  const server: TestServer = await startServer({ own: true, env: { RATE_LIMIT_PER_MINUTE: "100000", LOG_LEVEL: "error" } });
  try {
    const post = async (route: string, body: unknown) => {
      const res = await fetch(server.url + route, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      const json = await res.json();
      if (!res.ok) throw new Error(`${route} -> ${res.status} ${JSON.stringify(json)}`);
      return json;
    };
    const email = `bench.${Date.now()}@example.test`;
    const password = "Bench-pass-12345";
    await post("/api/register/company", { email, password, name: "Bench Co" });
    const { token } = await post("/api/login", { email, password });
    const upload = async (files: string[], maxConcurrent: number) => {
      const form = new FormData();
      for (const name of files) form.append("files[]", new Blob([readFileSync(path.join(dir, name))]), name);
      form.append("max_concurrent", String(maxConcurrent));
      const cpuBefore = cpuMs(server.proc.pid);
      const started = performance.now();
      const res = await fetch(`${server.url}/api/v1/batch/upload?wait=false`, { method: "POST", headers: { authorization: `Bearer ${token}` }, body: form });
      const accepted = performance.now() - started;
      const { batch_id } = (await res.json()) as { batch_id: string };
      let body: { status: string; successful: number; failed: number; processing_time_seconds: number };
      for (;;) {
        const status = await fetch(`${server.url}/api/v1/batch/status/${batch_id}`, { headers: { authorization: `Bearer ${token}` } });
        body = await status.json();
        if (body.status !== "processing") break;
        await new Promise((r) => setTimeout(r, 25));
      }
      return { wall: performance.now() - started, accepted, cpu: cpuMs(server.proc.pid) - cpuBefore, body };
    };
    // Warm the server: its route bundles, the extraction workers.
    await upload(names.slice(0, 4), 4);
    console.log(`\n(b) a batch of ${names.length} dataset files through POST /api/v1/batch/upload, real server (PGlite), until every file is done`);
    console.log("max_concurrent  total      accepted   server CPU  ok/failed");
    for (const mc of [3, 10]) {
      const r = await upload(names, mc);
      console.log(
        `${String(mc).padStart(14)}  ${(r.wall / 1000).toFixed(2).padStart(6)} s  ${ms(r.accepted).padStart(9)}  ${(r.cpu / 1000).toFixed(2).padStart(8)} s  ${r.body.successful}/${r.body.failed}`,
      );
    }
    console.log("target: < 5 s for 50 files");
  } finally {
    await server.stop();
  }
}

/** A PDF of plain pages of text, about `bytes` long, written by hand (no PDF library needed). */
function textPdf(bytes: number, pageCount?: number, linesPerPage = 68): Buffer {
  const line =
    linesPerPage > 40
      ? "Experience: Senior Software Engineer, Acme Corp, 2019 - Present. Python, PostgreSQL, Kubernetes, Go, React."
      : "Built data pipelines in Python and SQL for the reporting teams";
  const pageStream = (n: number) => {
    const rows = [`BT /F1 9 Tf 40 800 Td 11 TL (Page ${n}) Tj`];
    for (let i = 0; i < linesPerPage; i++) rows.push(`T* (${line}) Tj`);
    rows.push("ET");
    return rows.join("\n");
  };
  const perPage = pageStream(1).length + 200;
  const pages = pageCount ?? Math.ceil(bytes / perPage);
  const objects: string[] = [];
  objects[1] = "<< /Type /Catalog /Pages 2 0 R >>";
  objects[3] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";
  const kids: string[] = [];
  for (let p = 0; p < pages; p++) {
    const pageId = 4 + p * 2;
    const content = pageStream(p + 1);
    objects[pageId] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageId + 1} 0 R >>`;
    objects[pageId + 1] = `<< /Length ${content.length} >>\nstream\n${content}\nendstream`;
    kids.push(`${pageId} 0 R`);
  }
  objects[2] = `<< /Type /Pages /Kids [${kids.join(" ")}] /Count ${pages} >>`;
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = out.length;
    out += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = out.length;
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) out += `${String(offsets[id]).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}

const vmKb = (field: "VmHWM" | "VmRSS") => Number(/(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8").split("\n").find((l) => l.startsWith(field)) ?? "")?.[1]);

/** In a child process (`--peak FILE`): loads the pipeline, analyses FILE, prints the peak RSS as JSON. */
async function peakChild(file: string) {
  const p = await pipeline();
  const before = vmKb("VmHWM");
  const started = performance.now();
  let outcome: string;
  try {
    const { doc, parsed } = await p.analyse(new Uint8Array(readFileSync(file)));
    outcome = `${doc.pages} pages read, ${doc.text.length} chars, ${parsed.blocks.length} blocks, ${parsed.skills.length} skills`;
  } catch (err) {
    outcome = `refused: ${(err as Error).message}`;
  }
  const took = performance.now() - started;
  await p.close?.();
  console.log(JSON.stringify({ loadedKb: before, peakKb: vmKb("VmHWM"), took, outcome }));
}

function benchMemory() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "offerpath-bench-"));
  try {
    const pdf = textPdf(10 * 1024 * 1024 - 64 * 1024);
    const file = path.join(dir, "big.pdf");
    writeFileSync(file, pdf);
    const run = spawnSync(process.execPath, ["--import", "tsx", "bench/resumes.ts", "--peak", file], { encoding: "utf8", env: { ...process.env, LOG_LEVEL: "silent" } });
    const last = run.stdout.trim().split("\n").pop() ?? "";
    console.log(`\n(c) peak memory, a fresh process extracting and parsing a generated ${(pdf.length / 1024 / 1024).toFixed(1)} MB PDF of text`);
    try {
      const r = JSON.parse(last) as { loadedKb: number; peakKb: number; took: number; outcome: string };
      console.log(`peak RSS ${(r.peakKb / 1024).toFixed(0)} MB (the process with the pipeline loaded: ${(r.loadedKb / 1024).toFixed(0)} MB), ${ms(r.took)}; ${r.outcome}`);
    } catch {
      console.log(`the child failed (${run.status}): ${run.stderr.slice(-2000)}`);
    }
    console.log("target: < 400 MB");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const peak = process.argv.indexOf("--peak");
  if (peak >= 0) return peakChild(process.argv[peak + 1]);
  console.log(`resume benchmarks on ${os.cpus().length} cores (${os.loadavg()[0].toFixed(1)} load): figures, not gates`);
  if (!ONLY || ONLY === "parse") await benchParse();
  if (!ONLY || ONLY === "memory") benchMemory();
  if (!ONLY || ONLY === "batch") await benchBatch();
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);

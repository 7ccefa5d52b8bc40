// Extracts every resume of a labelled folder (the dev set's layout: files/ + labels.jsonl) in
// process and through the worker pool, and prints per-format timings and hidden-text precision
// and recall; --show FILE prints one file's lines instead.
//   npx tsx scripts/resume-extract-check.ts [../shared/datasets/resumes-dev] [--show cv-008.pdf]
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { closeExtractPool, extractDocument, extractDocumentInProcess, warmExtractPool } from "../lib/resumes/extract";
import type { ExtractedDocument, ResumeFormat } from "../lib/resumes/types";

const args = process.argv.slice(2);
const showIndex = args.indexOf("--show");
const show = showIndex >= 0 ? args.splice(showIndex, 2)[1] : null;
const dir = path.resolve(args[0] ?? "../shared/datasets/resumes-dev");
const filesDir = existsSync(path.join(dir, "files")) ? path.join(dir, "files") : dir;
const formats = new Set(["pdf", "docx", "rtf", "txt"]);
const files = readdirSync(filesDir)
  .filter((f) => formats.has(path.extname(f).slice(1)))
  .sort()
  .map((f) => ({ name: f, format: path.extname(f).slice(1) as ResumeFormat, bytes: readFileSync(path.join(filesDir, f)) }));

if (show) {
  const file = files.find((f) => f.name === show);
  if (!file) throw new Error(`${show} is not in ${filesDir}`);
  const doc = await extractDocumentInProcess(file.bytes, file.format);
  for (const l of doc.lines) console.log(`p${l.page} c${l.column} ${String(l.fontSize ?? "").padStart(4)} ${l.bold ? "B" : " "} ${String(l.gapBefore ?? "").padStart(3)} | ${l.text}`);
  console.log("hidden:", doc.hiddenText);
  process.exit(0);
}

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.max(0, Math.ceil(xs.length * q) - 1))];

async function timeAll(label: string, extract: (bytes: Uint8Array, format: ResumeFormat) => Promise<ExtractedDocument>): Promise<Map<string, ExtractedDocument>> {
  const docs = new Map<string, ExtractedDocument>();
  for (const f of files) docs.set(f.name, await extract(f.bytes, f.format).catch((e: Error) => ({ error: e }) as never));
  const times: Record<string, number[]> = {};
  for (let round = 0; round < 3; round++) {
    for (const f of files) {
      const started = performance.now();
      await extract(f.bytes, f.format).catch(() => null);
      (times[f.format] ??= []).push(performance.now() - started);
    }
  }
  for (const [format, xs] of Object.entries(times)) {
    console.log(`${label.padEnd(10)} ${format.padEnd(4)} n=${String(xs.length).padEnd(3)} p50 ${quantile(xs, 0.5).toFixed(1)} ms  p99 ${quantile(xs, 0.99).toFixed(1)} ms`);
  }
  return docs;
}

const docs = await timeAll("in process", extractDocumentInProcess);
warmExtractPool();
await timeAll("pool", extractDocument);
await closeExtractPool();

const labelsFile = path.join(dir, "labels.jsonl");
if (existsSync(labelsFile)) {
  const labels = readFileSync(labelsFile, "utf8").trim().split("\n").map((l) => JSON.parse(l) as { file: string; hidden_text: boolean });
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const l of labels) {
    const doc = docs.get(l.file);
    const predicted = Boolean(doc?.hiddenText?.length);
    if (predicted && l.hidden_text) tp++;
    else if (predicted) fp++;
    else if (l.hidden_text) fn++;
    for (const h of doc?.hiddenText ?? []) if (doc?.text.includes(h)) console.log(`LEAK ${l.file}: hidden text in text`);
  }
  console.log(`hidden text: precision ${(tp / Math.max(1, tp + fp)).toFixed(2)} recall ${(tp / Math.max(1, tp + fn)).toFixed(2)} (tp ${tp}, fp ${fp}, fn ${fn})`);
}

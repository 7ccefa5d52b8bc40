import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startFakeOpenAI } from "../tests/support/fake-openai";

// lib/ai figures: the built-in engine's latency per call, and what the layer adds over a raw
// fetch to an OpenAI-compatible server for a streamed answer (time to first token). Prints
// figures; gates nothing.
//   npx tsx bench/ai.ts
// Env: BENCH_AI_CALLS (default 1000), BENCH_AI_STREAMS (default 200).

const CALLS = Number(process.env.BENCH_AI_CALLS ?? 1000);
const STREAMS = Number(process.env.BENCH_AI_STREAMS ?? 200);

const dataDir = mkdtempSync(path.join(os.tmpdir(), "offerpath-bench-ai-"));
// The built-in engine is the default only with no provider configured.
for (const name of ["OPENAI_API_KEY", "OPENAI_BASE_URL"]) delete process.env[name];
Object.assign(process.env, { DATA_DIR: dataDir, LOG_LEVEL: "silent" });

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  return { p50: percentile(s, 50), p99: percentile(s, 99) };
}

const fmt = (ms: number) => `${ms.toFixed(3)} ms`;

async function time(n: number, fn: (i: number) => unknown): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn(i);
    out.push(performance.now() - t);
  }
  return out;
}

const LESSON = Array.from({ length: 60 }, (_, i) =>
  i % 2
    ? `Раздел ${i}. Списки в Python хранят элементы по порядку; словари сопоставляют ключи и значения. Программисты используют множества для уникальных элементов, а кортежи для неизменяемых наборов.`
    : `Section ${i}. Python lists keep items in order; dictionaries map keys to values. Developers use sets for unique items and tuples for fixed collections of ${i} values.`,
).join("\n\n");

async function main() {
  const { migrateDatabase } = await import("@/lib/db/migrate");
  await migrateDatabase();
  const ai = await import("@/lib/ai");
  const { closeDb } = await import("@/lib/db");

  console.log(`lib/ai benchmark (${CALLS} calls per built-in figure, ${STREAMS} streams per TTFT figure)\n`);

  // --- built-in engine ---
  const conversation = [
    { role: "system" as const, content: LESSON },
    { role: "assistant" as const, content: "Ask me about the lesson." },
    { role: "user" as const, content: "How do dictionaries and sets differ?" },
  ];
  await ai.complete({ feature: "bench", messages: conversation });
  // The usage row is written after the answer returns; it is flushed outside the timing (it would
  // otherwise land in the next call's figure, PGlite running on this same thread).
  const completeTimes: number[] = [];
  for (let i = 0; i < CALLS; i++) {
    const t = performance.now();
    await ai.complete({ feature: "bench", messages: conversation });
    completeTimes.push(performance.now() - t);
    await ai.flushUsage();
  }

  const plan: import("@/lib/ai").Plan = {
    id: "bench",
    slots: [
      { id: "role", question: { en: "Role?", ru: "Должность?" }, required: true },
      { id: "exp", question: { en: "Experience?", ru: "Опыт?" }, required: true, expects: ["has_date"], minWords: 3 },
      { id: "result", question: { en: "Result?", ru: "Результат?" }, expects: ["has_number"], minWords: 4 },
      { id: "skills", question: { en: "Skills?", ru: "Навыки?" } },
    ],
  };
  const history = [
    { slotId: "role", answer: "Backend developer" },
    { slotId: "exp", answer: "Работал в Яндексе над поиском" },
    { slotId: "exp", answer: "с марта 2019 по н.в." },
    { slotId: "result", answer: "ускорил поиск на 40%" },
  ];
  const turnTimes = await time(CALLS, (i) => ai.nextTurn(plan, history, i % 2 ? "ru" : "en"));

  const passages = ai.splitPassages(LESSON);
  const index = new ai.Bm25Index(passages);
  const searchTimes = await time(CALLS, (i) => index.search(i % 2 ? "программист словари" : "developers sets tuples", { limit: 3 }));
  const buildTimes = await time(Math.min(CALLS, 200), () => ai.rankPassages("словари и множества", passages, 3));

  const rows = [
    ["complete() built-in (BM25 over a 60-paragraph conversation)", stats(completeTimes)],
    ["nextTurn() dialogue plan", stats(turnTimes)],
    [`BM25 search, prebuilt index (${passages.length} passages)`, stats(searchTimes)],
    [`BM25 index + search (${passages.length} passages)`, stats(buildTimes)],
  ] as const;
  console.log("built-in engine".padEnd(74), "p50".padStart(12), "p99".padStart(12));
  for (const [name, s] of rows) console.log(name.padEnd(74), fmt(s.p50).padStart(12), fmt(s.p99).padStart(12));

  // --- streaming overhead over a raw fetch ---
  const fake = await startFakeOpenAI();
  fake.replyText = Array.from({ length: 40 }, (_, i) => `word${i}`).join(" ");
  const connection = { provider: "openai" as const, baseUrl: fake.url, apiKey: "sk-bench", model: "fake-gpt", temperature: 0 };
  const messages = [{ role: "user" as const, content: "Stream me an answer" }];

  async function rawTtft(): Promise<{ ttft: number; total: number }> {
    const started = performance.now();
    const res = await fetch(`${fake.url}/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: "Bearer sk-bench" },
      body: JSON.stringify({ model: "fake-gpt", messages, max_tokens: 256, temperature: 0, stream: true, stream_options: { include_usage: true } }),
    });
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    let ttft = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let cut: number;
      while ((cut = buffer.indexOf("\n\n")) >= 0) {
        const event = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        if (!event.startsWith("data: ") || event === "data: [DONE]") continue;
        const chunk = JSON.parse(event.slice(6));
        if (!ttft && chunk.choices?.[0]?.delta?.content) ttft = performance.now() - started;
      }
    }
    return { ttft, total: performance.now() - started };
  }

  async function libTtft(): Promise<{ ttft: number; total: number }> {
    const started = performance.now();
    let ttft = 0;
    const s = ai.stream({ feature: "bench", messages, connection });
    for await (const token of s) if (!ttft && token) ttft = performance.now() - started;
    const result = await s.result;
    if (result.provider !== "openai") throw new Error(`unexpected provider ${result.provider}: ${JSON.stringify(result.fallback)}`);
    return { ttft, total: performance.now() - started };
  }

  for (let i = 0; i < 20; i++) {
    await rawTtft();
    await libTtft();
    await ai.flushUsage();
  }
  const raw: Array<{ ttft: number; total: number }> = [];
  const lib: Array<{ ttft: number; total: number }> = [];
  // Interleaved, so drift in machine load hits both alike.
  for (let i = 0; i < STREAMS; i++) {
    raw.push(await rawTtft());
    lib.push(await libTtft());
    await ai.flushUsage();
  }
  await ai.flushUsage();
  const median = (xs: number[]) => stats(xs).p50;
  const rawT = median(raw.map((r) => r.ttft));
  const libT = median(lib.map((r) => r.ttft));
  const rawTotal = median(raw.map((r) => r.total));
  const libTotal = median(lib.map((r) => r.total));
  console.log(`\nstreamed answer from the fake OpenAI server (40 tokens), median of ${STREAMS}`);
  console.log("".padEnd(30), "first token".padStart(14), "whole answer".padStart(14));
  console.log("raw fetch + SSE parse".padEnd(30), fmt(rawT).padStart(14), fmt(rawTotal).padStart(14));
  console.log("lib/ai stream() (openai SDK)".padEnd(30), fmt(libT).padStart(14), fmt(libTotal).padStart(14));
  console.log(
    "added by lib/ai".padEnd(30),
    `${fmt(libT - rawT)} (x${(libT / rawT).toFixed(2)})`.padStart(14),
    `${fmt(libTotal - rawTotal)} (x${(libTotal / rawTotal).toFixed(2)})`.padStart(14),
  );
  console.log(`target: under 5 ms added to the first token -> ${libT - rawT < 5 ? "met" : "NOT met"}`);

  await fake.close();
  await closeDb();
  rmSync(dataDir, { recursive: true, force: true });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

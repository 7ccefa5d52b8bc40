import { describe, expect, it } from "vitest";
import { Bm25Index, rankPassages, splitPassages } from "./bm25";

const EN = [
  { id: "py", text: "Python developers write backend services and data pipelines." },
  { id: "js", text: "JavaScript runs in the browser; React builds user interfaces." },
  { id: "db", text: "Databases store data. PostgreSQL is a relational database with indexes." },
  { id: "cook", text: "A recipe for soup: water, vegetables and salt." },
];

const RU = [
  { id: "prog", text: "Наша компания ищет программистов на Python для backend-разработки." },
  { id: "design", text: "Дизайнер интерфейсов рисует макеты в Figma." },
  { id: "sql", text: "Базы данных: индексы ускоряют запросы к таблицам PostgreSQL." },
];

describe("BM25 retrieval", () => {
  it("ranks the passage about the query first (English)", () => {
    const hits = rankPassages("which database has indexes?", EN);
    expect(hits[0].id).toBe("db");
    expect(hits.map((h) => h.id)).not.toContain("cook");
  });

  it("matches word forms through stemming (English)", () => {
    const hits = rankPassages("developing in python", EN);
    expect(hits[0].id).toBe("py");
    expect(hits[0].matched).toEqual(expect.arrayContaining(["develop", "python"]));
  });

  it("matches Russian word forms: программист finds программистов", () => {
    const hits = rankPassages("программист", RU);
    expect(hits).toHaveLength(1);
    expect(hits[0].id).toBe("prog");
    expect(rankPassages("индекс базы данных", RU)[0].id).toBe("sql");
  });

  it("weighs rare terms above common ones", () => {
    const index = new Bm25Index([
      { id: "a", text: "data data data" },
      { id: "b", text: "data kafka" },
      { id: "c", text: "data" },
    ]);
    expect(index.search("data kafka")[0].id).toBe("b");
  });

  it("is deterministic and keeps original order on ties", () => {
    const passages = [
      { id: "x", text: "same words here" },
      { id: "y", text: "same words here" },
    ];
    const first = rankPassages("words", passages);
    expect(first.map((h) => h.id)).toEqual(["x", "y"]);
    expect(rankPassages("words", passages)).toEqual(first);
  });

  it("returns nothing for a query with no matching terms", () => {
    expect(rankPassages("quantum chromodynamics", EN)).toEqual([]);
  });

  it("splits text into paragraph passages and cuts long ones at sentence ends", () => {
    const long = Array.from({ length: 30 }, (_, i) => `Sentence number ${i} is here.`).join(" ");
    const passages = splitPassages(`First paragraph.\n\nSecond one.\n\n${long}`, { maxWords: 20 });
    expect(passages[0]).toEqual({ id: "p1", text: "First paragraph." });
    expect(passages[1].text).toBe("Second one.");
    expect(passages.length).toBeGreaterThan(4);
    for (const p of passages) expect(p.text.split(" ").length).toBeLessThanOrEqual(20);
  });
});

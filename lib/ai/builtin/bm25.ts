import { terms } from "./text";

export interface Passage {
  id: string;
  text: string;
}

export interface RankedPassage extends Passage {
  score: number;
  /** Query terms (stemmed) the passage contains. */
  matched: string[];
}

const K1 = 1.2;
const B = 0.75;

/**
 * Okapi BM25 over a fixed set of passages (a lesson, a vacancy, a conversation). Built once,
 * searched many times; ties keep the passages' original order, so results are deterministic.
 */
export class Bm25Index {
  private readonly docs: Array<{ passage: Passage; tf: Map<string, number>; length: number }>;
  private readonly df = new Map<string, number>();
  private readonly avgLength: number;

  constructor(passages: Passage[]) {
    this.docs = passages.map((passage) => {
      const tf = new Map<string, number>();
      const t = terms(passage.text);
      for (const term of t) tf.set(term, (tf.get(term) ?? 0) + 1);
      for (const term of tf.keys()) this.df.set(term, (this.df.get(term) ?? 0) + 1);
      return { passage, tf, length: t.length };
    });
    this.avgLength = this.docs.reduce((sum, d) => sum + d.length, 0) / Math.max(1, this.docs.length);
  }

  get size() {
    return this.docs.length;
  }

  search(query: string, { limit = 5, minScore = 0 } = {}): RankedPassage[] {
    const queryTerms = [...new Set(terms(query))];
    const n = this.docs.length;
    const ranked: Array<RankedPassage & { order: number }> = [];
    this.docs.forEach((doc, order) => {
      let score = 0;
      const matched: string[] = [];
      for (const term of queryTerms) {
        const f = doc.tf.get(term);
        if (!f) continue;
        const df = this.df.get(term) ?? 0;
        const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
        score += (idf * f * (K1 + 1)) / (f + K1 * (1 - B + (B * doc.length) / (this.avgLength || 1)));
        matched.push(term);
      }
      if (score > minScore) ranked.push({ ...doc.passage, score, matched, order });
    });
    ranked.sort((a, b) => b.score - a.score || a.order - b.order);
    return ranked.slice(0, limit).map(({ order: _order, ...rest }) => rest);
  }
}

/** Splits text into passages: one per paragraph, long paragraphs cut at sentence ends to about `maxWords`. */
export function splitPassages(text: string, { maxWords = 80, idPrefix = "p" } = {}): Passage[] {
  const out: Passage[] = [];
  const push = (t: string) => out.push({ id: `${idPrefix}${out.length + 1}`, text: t });
  for (const para of text.split(/\n\s*\n/)) {
    const trimmed = para.trim().replace(/\s+/g, " ");
    if (!trimmed) continue;
    let current: string[] = [];
    let count = 0;
    for (const sentence of trimmed.split(/(?<=[.!?…])\s+/)) {
      const n = sentence.split(" ").length;
      if (count > 0 && count + n > maxWords) {
        push(current.join(" "));
        current = [];
        count = 0;
      }
      current.push(sentence);
      count += n;
    }
    if (current.length) push(current.join(" "));
  }
  return out;
}

/** One-shot ranking: index the texts and search them. */
export function rankPassages(query: string, passages: Passage[], limit = 5): RankedPassage[] {
  return new Bm25Index(passages).search(query, { limit });
}

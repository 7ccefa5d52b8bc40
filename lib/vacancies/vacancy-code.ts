// A vacancy's code (BACKEND_001) names it in uploads and batch files (seed 004), so a recruiter
// who leaves it blank gets one made from the title's first word: readable, Latin, numbered.

const CYRILLIC: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "e", ж: "zh", з: "z", и: "i", й: "y", к: "k", л: "l", м: "m",
  н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "shch",
  ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya",
};

// Words that say nothing about the role ("Senior", "Ведущий").
const FILLER = new Set([
  "senior", "junior", "middle", "lead", "principal", "staff", "head", "chief", "the", "a", "an",
  "ведущий", "старший", "младший", "главный", "стажер", "стажёр",
]);

/** The prefix of generated codes for a title: its first meaningful word, e.g. "Senior Backend Developer" -> BACKEND. */
export function codePrefix(title: string): string {
  const latin = (w: string) => [...w].map((ch) => CYRILLIC[ch] ?? ch).join("").replace(/[^a-z0-9]/g, "");
  const words = title.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => latin(w));
  const word = words.find((w) => !FILLER.has(w)) ?? words[0];
  return (word ? latin(word) : "vacancy").slice(0, 20).toUpperCase();
}

/** The next free code with this prefix, given the company's codes: BACKEND_001, BACKEND_002 ... */
export function nextCode(prefix: string, taken: readonly string[]): string {
  const pattern = new RegExp(`^${prefix}_(\\d+)$`);
  let max = 0;
  for (const code of taken) {
    const m = pattern.exec(code);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `${prefix}_${String(max + 1).padStart(3, "0")}`;
}

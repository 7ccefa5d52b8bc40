import type { ParsedResume } from "../types";

// The sections a resume's fit rests on: without them the score is computed on thin evidence.
const KEY_BLOCKS = ["experience", "skills", "education"] as const;

/**
 * How sure the parse behind a fit is, 0-1 with two decimals: the mean of
 * - blocks: for each key section (experience, skills, education) the confidence of its best block, 0 when absent;
 * - skills: the mean confidence of the skills found (0 when none were found);
 * - dates: the share of positions with a start date (0 when no positions were found).
 * Nothing about the person, and not the hidden-text flag, enters it.
 */
export function fitConfidence(parsed: ParsedResume): number {
  const blocks =
    KEY_BLOCKS.map((type) => Math.max(0, ...parsed.blocks.filter((b) => b.type === type).map((b) => clamp01(b.confidence)))).reduce(
      (sum, value) => sum + value,
      0,
    ) / KEY_BLOCKS.length;
  const skills = parsed.skills.length ? parsed.skills.reduce((sum, s) => sum + clamp01(s.confidence), 0) / parsed.skills.length : 0;
  const dates = parsed.positions.length ? parsed.positions.filter((p) => p.start).length / parsed.positions.length : 0;
  return Math.round(((blocks + skills + dates) / 3) * 100) / 100;
}

function clamp01(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}

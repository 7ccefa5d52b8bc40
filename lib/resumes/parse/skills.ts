// Skills mentioned anywhere in the visible text, with a level from the jobs that mention them.
import { findSkills, skillCategory } from "../taxonomy";
import type { ParsedSkill, ResumeBlockType, SkillLevel } from "../types";
import type { Block } from "./blocks";
import { experienceYears } from "./dates";
import type { Line } from "./lines";
import type { FoundPosition } from "./positions";

// Addresses are not skills ("go@..." or "r.net").
const NOT_TEXT = /[\p{L}\d._%+-]+@[\p{L}\d.-]+|https?:\/\/\S+|www\.\S+/gu;

function textOf(lines: Line[], indices: number[]): string {
  return indices
    .map((i) => lines[i]!.text)
    .join("\n")
    .replace(NOT_TEXT, " ");
}

function levelFor(years: number, inSkills: boolean): SkillLevel {
  if (years >= 5) return "expert";
  if (years >= 3) return "advanced";
  if (years >= 1) return "intermediate";
  if (years > 0) return "beginner";
  return inSkills ? "intermediate" : "beginner";
}

export function findResumeSkills(lines: Line[], blocks: Block[], positions: FoundPosition[], reference: Date): ParsedSkill[] {
  const all = findSkills(textOf(lines, lines.map((_, i) => i)));
  if (all.length === 0) return [];
  const foundIn = new Map<string, Set<ResumeBlockType>>();
  for (const block of blocks) {
    const names = findSkills(textOf(lines, block.lines));
    for (const name of names) {
      if (!foundIn.has(name)) foundIn.set(name, new Set());
      foundIn.get(name)!.add(block.type);
    }
  }
  const perPosition = positions.map((p) => ({
    range: { start: p.start, end: p.end },
    names: new Set(findSkills(textOf(lines, range(p.from, p.to)))),
  }));
  return all.map((name): ParsedSkill => {
    const where = foundIn.get(name) ?? new Set<ResumeBlockType>();
    const ranges = perPosition.filter((p) => p.names.has(name)).map((p) => p.range);
    const years = ranges.length > 0 ? experienceYears(ranges, reference) : 0;
    const inSkills = where.has("skills");
    const inWork = ranges.length > 0 || where.has("experience") || where.has("projects");
    const confidence = inWork && inSkills ? 0.95 : inWork ? 0.85 : inSkills ? 0.7 : 0.55;
    return {
      name,
      category: skillCategory(name) ?? "other",
      level: levelFor(years, inSkills),
      confidence,
      foundIn: [...where],
      years,
    };
  });
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}

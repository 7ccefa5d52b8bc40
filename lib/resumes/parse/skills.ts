// Skills mentioned anywhere in the visible text, with a level from the jobs that mention them.
import { findSkillMentions, skillCategory } from "../taxonomy";
import type { ParsedSkill, ResumeBlockType, SkillLevel } from "../types";
import type { Block } from "./blocks";
import { experienceYears } from "./dates";
import type { Line } from "./lines";
import type { FoundPosition } from "./positions";

// Addresses are not skills ("go@..." or "r.net").
const NOT_TEXT = /[\p{L}\d._%+-]+@[\p{L}\d.-]+|https?:\/\/\S+|www\.\S+/gu;

/**
 * Names that are not skills: employers ("Stark Logistics" says nothing of logistics), the person
 * (Ruby, Jenkins) and the place (Cypress, TX).
 */
function namesPattern(positions: FoundPosition[], others: (string | null)[]): RegExp | null {
  const names = [...new Set([...positions.map((p) => p.company), ...others].map((c) => (c ?? "").trim()).filter((c) => c.length >= 3))];
  if (names.length === 0) return null;
  return new RegExp(names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "giu");
}

function blank(match: string): string {
  return " ".repeat(match.length);
}

function levelFor(years: number, inSkills: boolean): SkillLevel {
  if (years >= 5) return "expert";
  if (years >= 3) return "advanced";
  if (years >= 1) return "intermediate";
  if (years > 0) return "beginner";
  return inSkills ? "intermediate" : "beginner";
}

export function findResumeSkills(
  lines: Line[],
  blocks: Block[],
  blockOf: number[],
  positions: FoundPosition[],
  reference: Date,
  notSkills: (string | null)[] = [],
): ParsedSkill[] {
  // One pass over the whole text; each mention is then placed in its line, block and job.
  // Blanking keeps offsets: every line starts where it did.
  const companies = namesPattern(positions, notSkills);
  const lineStart: number[] = [];
  let offset = 0;
  const parts: string[] = [];
  for (const line of lines) {
    lineStart.push(offset);
    let text = line.text.replace(NOT_TEXT, blank);
    if (companies) text = text.replace(companies, blank);
    parts.push(text);
    offset += text.length + 1;
  }
  const mentions = findSkillMentions(parts.join("\n"));
  if (mentions.length === 0) return [];

  const lineOf = (at: number): number => {
    let lo = 0;
    let hi = lineStart.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStart[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  // Jobs are disjoint line ranges in line order: a binary search finds the one holding a line.
  const jobAt = (line: number): number => {
    let lo = 0;
    let hi = positions.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const p = positions[mid]!;
      if (line < p.from) hi = mid - 1;
      else if (line > p.to) lo = mid + 1;
      else return mid;
    }
    return -1;
  };

  const order: string[] = [];
  const foundIn = new Map<string, Set<ResumeBlockType>>();
  const jobs = new Map<string, Set<number>>();
  for (const mention of mentions) {
    if (!foundIn.has(mention.name)) {
      order.push(mention.name);
      foundIn.set(mention.name, new Set());
      jobs.set(mention.name, new Set());
    }
    const line = lineOf(mention.start);
    const block = blocks[blockOf[line] ?? -1];
    if (block) foundIn.get(mention.name)!.add(block.type);
    const job = jobAt(line);
    if (job >= 0) jobs.get(mention.name)!.add(job);
  }

  return order.map((name): ParsedSkill => {
    const where = foundIn.get(name)!;
    const ranges = [...jobs.get(name)!].map((k) => positions[k]!);
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

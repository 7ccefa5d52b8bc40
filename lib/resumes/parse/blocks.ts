// Splits the lines into blocks: by headings where the resume has them, else by what the lines hold
// (a date range starts experience, a degree or a university starts education, a paragraph after
// the header is the summary).
import type { ResumeBlockType, ResumeLanguage } from "../types";
import { findDateRange } from "./dates";
import { headingType, inlineSection, labelledLine, styledHeadingType } from "./headings";
import { isBullet, type Line } from "./lines";
import { looksLikeName } from "./contacts";
import { isEducationLine } from "./education";

export interface Block {
  type: ResumeBlockType;
  name: string;
  /** Indices into the lines. */
  lines: number[];
  confidence: number;
  /** Opened by a heading (as opposed to recognised by content). */
  byHeading: boolean;
}

const GENERATED: Record<ResumeLanguage, Record<ResumeBlockType, string>> = {
  en: { contacts: "Contacts", summary: "Summary", experience: "Experience", education: "Education", skills: "Skills", projects: "Projects", languages: "Languages", other: "Other" },
  ru: { contacts: "Контакты", summary: "О себе", experience: "Опыт работы", education: "Образование", skills: "Навыки", projects: "Проекты", languages: "Языки", other: "Другое" },
};

const ABBREVIATION_END = /(?:^|\s)(?:inc|ltd|co|corp|llc|plc|gmbh|jr|sr|st|dept)\.$/i;

export function isProse(text: string): boolean {
  const words = text.split(" ").length;
  if (words >= 9 || text.length > 90) return true;
  // A sentence of five words or more ends with a full stop; "Web Developer — Fabrikam Inc." is a header.
  return words >= 5 && /[\p{L}\d)]\.$/u.test(text) && !ABBREVIATION_END.test(text) && !/\s[—–|·]\s/.test(text);
}

const CONTACT = /@|\+?\d[\d\s().-]{7,}\d|https?:|linkedin|github\.com|telegram|t\.me\//i;

export interface Segmentation {
  blocks: Block[];
  /** Block index of every line; -1 for heading lines. */
  blockOf: number[];
}

export function segment(lines: Line[], language: ResumeLanguage): Segmentation {
  const blocks: Block[] = [];
  const blockOf: number[] = new Array<number>(lines.length).fill(-1);
  const names = GENERATED[language];
  let cur: Block | null = null;
  const open = (type: ResumeBlockType, name: string, confidence: number, byHeading: boolean): Block => {
    cur = { type, name, lines: [], confidence, byHeading };
    blocks.push(cur);
    return cur;
  };
  const add = (block: Block, i: number) => {
    block.lines.push(i);
    blockOf[i] = blocks.indexOf(block);
  };

  const bodySize = medianFontSize(lines);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const text = line.text;
    const styled = line.underlined || line.bold === true || (bodySize !== null && (line.fontSize ?? 0) > bodySize + 0.9);
    const known = headingType(text);
    // A styled line right above dates is a job header, whatever words it holds.
    const nextDated = i + 1 < lines.length && findDateRange(lines[i + 1]!.text) !== null;
    const heading = known ?? (i > 0 && !nextDated ? styledHeadingType(text, styled) : null);
    if (heading) {
      open(heading, text.replace(/[:\s]+$/, ""), known ? 0.9 : 0.75, true);
      continue;
    }
    const prev = i > 0 ? lines[i - 1] : undefined;
    // A new column starts over: a sidebar's heading does not own the main column's first lines.
    if (!cur || (prev && prev.column !== line.column)) {
      add(open("contacts", names.contacts, 0.6, false), i);
      continue;
    }
    const current: Block = cur;
    const inline = inlineSection(text, current.byHeading && (current.type === "experience" || current.type === "projects"));
    if (inline) {
      add(open(inline.type, inline.label, 0.8, false), i);
      continue;
    }
    const labelled = labelledLine(text);
    if (labelled) {
      // The label is the heading; the line keeps only its content.
      line.text = labelled.rest;
      add(open(labelled.type, labelled.label, 0.8, true), i);
      continue;
    }
    if (line.underlined && text.length < 50) {
      open("other", text, 0.5, true);
      continue;
    }
    const block: Block = cur;
    if (!isBullet(text)) {
      const headerLike = block.type === "contacts" || block.type === "summary";
      if ((headerLike || !block.byHeading) && block.type !== "experience" && findDateRange(text) && !isEducationLine(text)) {
        const next = open("experience", names.experience, 0.6, false);
        // The title/company lines just above the dates belong to the job.
        const moved: number[] = [];
        for (let j = i - 1; j >= 0 && moved.length < 2 && blockOf[j] === blocks.indexOf(block); j--) {
          const t = lines[j]!.text;
          if (isBullet(t) || isProse(t) || CONTACT.test(t) || lines[j]!.column !== line.column) break;
          moved.unshift(j);
        }
        for (const j of moved) block.lines.splice(block.lines.indexOf(j), 1);
        for (const j of moved) add(next, j);
        add(next, i);
        continue;
      }
      // "Jane Roe, MBA" is the name, not the education section.
      if (!block.byHeading && block.type !== "education" && isEducationLine(text) && !looksLikeName(text)) {
        add(open("education", names.education, 0.6, false), i);
        continue;
      }
      if (block.type === "contacts" && !block.byHeading && isProse(text) && !CONTACT.test(text)) {
        add(open("summary", names.summary, 0.5, false), i);
        continue;
      }
      // After a one-line labelled section the next line is judged by its content again.
      if ((block.type === "skills" || block.type === "languages") && !block.byHeading) {
        add(open(findDateRange(text) ? "experience" : "other", names.other, 0.4, false), i);
        continue;
      }
    }
    add(block, i);
  }
  return { blocks: blocks.filter((b) => b.lines.length > 0 || b.byHeading), blockOf: remap(blocks, blockOf) };
}

function medianFontSize(lines: Line[]): number | null {
  const sizes = lines.map((l) => l.fontSize).filter((s): s is number => typeof s === "number").sort((a, b) => a - b);
  return sizes.length > 0 ? sizes[Math.floor(sizes.length / 2)]! : null;
}

function remap(all: Block[], blockOf: number[]): number[] {
  const kept = all.filter((b) => b.lines.length > 0 || b.byHeading);
  return blockOf.map((i) => (i < 0 ? -1 : kept.indexOf(all[i]!)));
}

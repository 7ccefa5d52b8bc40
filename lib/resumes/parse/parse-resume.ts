// ExtractedDocument -> ParsedResume: pure, synchronous, no I/O. Hidden text never reaches it
// (extraction keeps it out of `lines`); only its presence is reported.
import { findLanguages } from "../taxonomy";
import type { ExtractedDocument, ParsedBlock, ParsedResume } from "../types";
import { segment } from "./blocks";
import { findEmail, findLocation, findName, findPhone } from "./contacts";
import { experienceYears } from "./dates";
import { degreeLevel, parseEducation } from "./education";
import { detectLanguage, documentLines } from "./lines";
import { findPositions } from "./positions";
import { findResumeSkills } from "./skills";

export interface ParseOptions {
  /** Open positions ("Present") run up to this date, exclusive. Default: now. */
  referenceDate?: Date;
}

export function parseResume(doc: ExtractedDocument, options: ParseOptions = {}): ParsedResume {
  const reference = options.referenceDate ?? new Date();
  const lines = documentLines(doc);
  const allText = lines.map((l) => l.text).join("\n");
  const language = detectLanguage(allText);
  const { blocks, blockOf } = segment(lines, language);

  const name = findName(lines);
  const email = findEmail(allText);
  // An unlabelled place counts only in the header (contacts), not in a skills list.
  const location = findLocation(lines, name, (i) => blockOf[i] !== -1 && blocks[blockOf[i]!]?.type === "contacts");
  const headerText = blocks
    .filter((b) => b.type === "contacts")
    .flatMap((b) => b.lines.map((i) => lines[i]!.text))
    .join("\n");
  const phone_e164 = findPhone(headerText, location, language) ?? findPhone(allText, location, language);

  const positions = findPositions(lines, blocks, blockOf);
  const total_experience_years = experienceYears(positions, reference);

  const educationLines = blocks.filter((b) => b.type === "education").flatMap((b) => b.lines.map((i) => lines[i]!.text));
  const education = parseEducation(educationLines, reference.getUTCFullYear());
  let education_level = education.level;
  if (educationLines.length === 0) {
    // No education section: a degree named elsewhere (summary, header) still counts.
    const fallback = parseEducation(
      lines.filter((l, i) => blockOf[i] !== -1 && blocks[blockOf[i]!]?.type !== "other" && degreeLevel(l.text, true) !== null).map((l) => l.text),
      reference.getUTCFullYear(),
      true,
    );
    education_level = fallback.level;
  }

  const skills = findResumeSkills(lines, blocks, blockOf, positions, reference, [name, location]);
  const languageText = blocks
    .filter((b) => b.type === "languages")
    .flatMap((b) => b.lines.map((i) => lines[i]!.text))
    .join("\n");
  const languages = languageText ? findLanguages(languageText) : [];

  const parsedBlocks: ParsedBlock[] = blocks.map((b) => ({
    type: b.type,
    name: b.name,
    text: b.lines.map((i) => lines[i]!.text).join("\n"),
    confidence: b.confidence,
  }));

  return {
    language,
    name,
    email,
    phone_e164,
    location,
    positions: positions.map(({ title, company, start, end }) => ({ title, company, start, end })),
    total_experience_years,
    education_level,
    education: education.entries,
    skills,
    languages,
    hidden_text: doc.hiddenText.length > 0,
    blocks: parsedBlocks,
  };
}

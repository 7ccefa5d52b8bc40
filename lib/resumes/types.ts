// The shapes that flow through the resume pipeline: extract (bytes -> ExtractedDocument),
// parse (ExtractedDocument -> ParsedResume), score (ParsedResume x VacancyRequirements -> FitScore).
// Each stage is pure and runs the same in the app, the workers and the command line.

export type ResumeFormat = "pdf" | "docx" | "rtf" | "txt";
export type ResumeLanguage = "en" | "ru";
export type EducationLevel = "none" | "secondary" | "bachelor" | "master" | "phd";
export const EDUCATION_LEVELS: readonly EducationLevel[] = ["none", "secondary", "bachelor", "master", "phd"];

/** One visible line of text, in reading order. */
export interface ExtractedLine {
  text: string;
  /** 1-based page (PDF); 1 for formats without pages. */
  page: number;
  /**
   * Which column of a multi-column layout the line came from (0 = main or only column,
   * 1.. = further columns / sidebars, in reading order). Lines are already ordered column by column.
   */
  column: number;
  /** Font size in points, when the format knows it. */
  fontSize?: number;
  bold?: boolean;
  /** Vertical gap before this line, in line heights (a blank line in TXT counts as 1). */
  gapBefore?: number;
}

/** What extraction found in a file: the visible text in reading order, and any text a reader cannot see. */
export interface ExtractedDocument {
  format: ResumeFormat;
  /** The visible lines joined with "\n"; columns and blocks separated by a blank line. */
  text: string;
  lines: ExtractedLine[];
  /**
   * Text present in the file that a reader cannot see: white or near-background colour, 1-2 pt
   * fonts, hidden (vanish) runs, zero-width characters. Kept out of `text` and `lines`, so it never
   * reaches parsing or scoring; its presence sets `hidden_text`.
   */
  hiddenText: string[];
  pages: number;
}

/** A section of the resume. */
export type ResumeBlockType =
  | "contacts"
  | "summary"
  | "experience"
  | "education"
  | "skills"
  | "projects"
  | "languages"
  | "other";

export interface ParsedBlock {
  type: ResumeBlockType;
  /** The heading as written ("Опыт работы", "Work Experience"), or a generated name when the section had none. */
  name: string;
  text: string;
  /** 0-1: a heading from the known list is ~0.9, a section recognised by its content alone lower. */
  confidence: number;
}

export interface ParsedPosition {
  title: string;
  company: string;
  /** YYYY-MM */
  start: string | null;
  /** YYYY-MM; null = current job ("Present", "н.в."). */
  end: string | null;
}

export interface ParsedEducation {
  institution: string;
  degree: string | null;
  year: number | null;
}

export type SkillLevel = "beginner" | "intermediate" | "advanced" | "expert";

export interface ParsedSkill {
  /** Canonical English name from the taxonomy (lib/resumes/taxonomy). */
  name: string;
  category: string;
  level: SkillLevel;
  /** 0-1 */
  confidence: number;
  /** Block types the skill was found in (skills, experience, summary ...). */
  foundIn: ResumeBlockType[];
  /** Years of the positions whose text mentions it (0 when none do). */
  years: number;
}

/**
 * A parsed resume. Field names follow the label format of the resume dev set
 * (../shared/datasets/resumes-dev/README.md), so the command line prints it as is.
 */
export interface ParsedResume {
  language: ResumeLanguage;
  name: string | null;
  email: string | null;
  phone_e164: string | null;
  location: string | null;
  positions: ParsedPosition[];
  total_experience_years: number;
  education_level: EducationLevel;
  education: ParsedEducation[];
  skills: ParsedSkill[];
  languages: string[];
  hidden_text: boolean;
  blocks: ParsedBlock[];
}

/** What a vacancy asks for, in the taxonomy's canonical names. */
export interface VacancyRequirements {
  required_skills: string[];
  nice_to_have_skills: string[];
  min_experience_years: number | null;
  education_level: EducationLevel;
  language?: ResumeLanguage;
}

export interface BlockFit {
  type: ResumeBlockType;
  name: string;
  /** 0-1 */
  relevance: number;
  /** 0-1 */
  confidence: number;
  matched: string[];
  missing: string[];
  notes: string;
}

/** The fit of a resume to a vacancy, computed by code: the same inputs always give the same numbers. */
export interface FitScore {
  /** 0-100, one decimal. */
  total_score: number;
  /** 0-1, two decimals: how sure the parse and the match are. */
  confidence_score: number;
  /** Requirement names (skills, "experience >= N years", "education: master") met and not met. */
  matched: string[];
  missing: string[];
  blocks: BlockFit[];
  /** The parts of the total, each 0-100, with their weights, so a reader can check the sum. */
  components: { name: "required_skills" | "nice_to_have_skills" | "experience" | "education" | "language"; score: number; weight: number }[];
}

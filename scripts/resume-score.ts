/**
 * Scores resumes against vacancies, one JSON line per pair:
 *   npm run resume:score -- --vacancies VACANCIES.json FILE...
 *   npm run resume:score -- --vacancies VACANCIES.json --labels labels.jsonl   (dev: resumes built from labels)
 * prints {"file","vacancy_id","score"}; --explain adds confidence, matched and missing.
 * VACANCIES.json: [{"id","title","description","requirements":{"skills","min_experience_years","education_level"},"language"}];
 * a vacancy without structured requirements has them read from its description.
 */
import fs from "node:fs";
import path from "node:path";
import { detectResumeType } from "@/lib/resumes/detect-type";
import { closeExtractPool, extractDocument } from "@/lib/resumes/extract";
import { parseResume } from "@/lib/resumes/parse";
import { extractRequirements, scoreResume } from "@/lib/resumes/score";
import type { EducationLevel, ParsedResume, VacancyRequirements } from "@/lib/resumes/types";
import { EDUCATION_LEVELS } from "@/lib/resumes/types";

interface VacancyInput {
  id: string;
  title?: string;
  description?: string;
  language?: string;
  requirements?: { skills?: string[]; nice_to_have_skills?: string[]; min_experience_years?: number | null; education_level?: string };
}

// `npm run --prefix DIR` runs the script in DIR; paths are meant relative to where npm was called.
const fromCaller = (file: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), file);

function parseArgs(argv: string[]) {
  const files: string[] = [];
  let vacancies: string | undefined;
  let labels: string | undefined;
  let explain = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--vacancies") vacancies = argv[++i];
    else if (arg === "--labels") labels = argv[++i];
    else if (arg === "--explain") explain = true;
    else if (arg !== "--") files.push(arg);
  }
  return { files, vacancies, labels, explain };
}

function requirementsOf(vacancy: VacancyInput): VacancyRequirements {
  const given = vacancy.requirements;
  const lang = vacancy.language === "ru" ? "ru" : vacancy.language === "en" ? "en" : undefined;
  if (!given || !Array.isArray(given.skills) || given.skills.length === 0) {
    const { title: _title, ...extracted } = extractRequirements([vacancy.title, vacancy.description].filter(Boolean).join("\n"), lang);
    return extracted;
  }
  const level = EDUCATION_LEVELS.includes(given.education_level as EducationLevel) ? (given.education_level as EducationLevel) : "none";
  return {
    required_skills: given.skills,
    nice_to_have_skills: Array.isArray(given.nice_to_have_skills) ? given.nice_to_have_skills : [],
    min_experience_years: typeof given.min_experience_years === "number" ? given.min_experience_years : null,
    education_level: level,
  };
}

/** A ParsedResume as good as the labels: for developing the scorer before the parser is. */
function fromLabel(label: Record<string, unknown>): ParsedResume {
  const skills = (label.skills as string[]).map((name) => ({
    name,
    category: "tech",
    level: "intermediate" as const,
    confidence: 1,
    foundIn: ["skills" as const],
    years: 0,
  }));
  return {
    language: label.language === "ru" ? "ru" : "en",
    name: (label.name as string) ?? null,
    email: null,
    phone_e164: null,
    location: null,
    positions: (label.positions as ParsedResume["positions"]) ?? [],
    total_experience_years: Number(label.total_experience_years) || 0,
    education_level: label.education_level as EducationLevel,
    education: [],
    skills,
    languages: (label.languages as string[]) ?? [],
    hidden_text: Boolean(label.hidden_text),
    blocks: [],
  };
}

async function parseResumeFile(file: string): Promise<ParsedResume> {
  const bytes = new Uint8Array(fs.readFileSync(file));
  const type = await detectResumeType(bytes);
  if (!type) throw new Error("not a PDF, DOCX, RTF or text file");
  return parseResume(await extractDocument(bytes, type.ext));
}

async function resumes(files: string[], labels: string | undefined): Promise<{ file: string; parsed: ParsedResume }[]> {
  if (labels) {
    return fs
      .readFileSync(fromCaller(labels), "utf8")
      .split("\n")
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .map((label) => ({ file: String(label.file), parsed: fromLabel(label) }));
  }
  const out: { file: string; parsed: ParsedResume }[] = [];
  for (const file of files) {
    try {
      out.push({ file, parsed: await parseResumeFile(fromCaller(file)) });
    } catch (error) {
      console.error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return out;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (!args.vacancies || (!args.labels && args.files.length === 0)) {
    console.error("usage: npm run resume:score -- --vacancies VACANCIES.json FILE... | --labels labels.jsonl [--explain]");
    process.exit(2);
  }
  const raw = JSON.parse(fs.readFileSync(fromCaller(args.vacancies), "utf8")) as VacancyInput[] | { vacancies: VacancyInput[] };
  const vacancies = (Array.isArray(raw) ? raw : raw.vacancies).map((vacancy) => ({ id: vacancy.id, requirements: requirementsOf(vacancy) }));
  for (const { file, parsed } of await resumes(args.files, args.labels)) {
    for (const vacancy of vacancies) {
      const fit = scoreResume(parsed, vacancy.requirements);
      const line: Record<string, unknown> = { file, vacancy_id: vacancy.id, score: fit.total_score };
      if (args.explain) Object.assign(line, { confidence: fit.confidence_score, matched: fit.matched, missing: fit.missing });
      process.stdout.write(`${JSON.stringify(line)}\n`);
    }
  }
}

main().then(
  // Extraction may keep worker threads alive; the answer is printed, so end here.
  () => closeExtractPool().finally(() => process.exit(0)),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);

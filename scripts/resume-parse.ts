// npm run resume:parse -- FILE...
// Prints one JSON line per file in the label format of the resume dev set
// (../shared/datasets/resumes-dev/README.md). A file that cannot be read prints {"file","error"}
// and the run goes on. `--reference-date=YYYY-MM-DD` sets the date open jobs run to (default
// today; the dev set uses 2026-11-01). `--blocks` adds the parsed blocks and skill details; `--text` prints the
// extracted lines instead (for looking at what the parser sees).
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { detectResumeType } from "../lib/resumes/detect-type";
import { closeExtractPool, extractDocument } from "../lib/resumes/extract";
import { parseResume } from "../lib/resumes/parse";
import type { ParsedResume, ResumeFormat } from "../lib/resumes/types";

function labelShape(file: string, format: ResumeFormat, parsed: ParsedResume, details: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {
    file,
    format,
    language: parsed.language,
    name: parsed.name,
    email: parsed.email,
    phone_e164: parsed.phone_e164,
    location: parsed.location,
    positions: parsed.positions,
    total_experience_years: parsed.total_experience_years,
    education_level: parsed.education_level,
    education: parsed.education,
    skills: parsed.skills.map((s) => s.name),
    languages: parsed.languages,
    hidden_text: parsed.hidden_text,
  };
  if (details) {
    out.skill_details = parsed.skills;
    out.blocks = parsed.blocks;
  }
  return out;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const details = args.includes("--blocks");
  const textOnly = args.includes("--text");
  const files = args.filter((a) => !a.startsWith("--"));
  const refArg = args.find((a) => a.startsWith("--reference-date="))?.split("=")[1];
  const referenceDate = refArg ? new Date(`${refArg}T00:00:00Z`) : undefined;
  if (files.length === 0) {
    process.stderr.write("usage: npm run resume:parse -- [--blocks|--text] FILE...\n");
    process.exitCode = 2;
    return;
  }
  for (const file of files) {
    try {
      // `npm run --prefix DIR` runs in DIR; paths are relative to where npm was started.
      const bytes = new Uint8Array(await readFile(resolve(process.env.INIT_CWD ?? process.cwd(), file)));
      const type = await detectResumeType(bytes);
      if (!type) throw new Error("not a PDF, DOCX, RTF or text file");
      const doc = await extractDocument(bytes, type.ext);
      if (textOnly) {
        process.stdout.write(`=== ${file} (${doc.lines.length} lines, hidden ${doc.hiddenText.length})\n`);
        for (const line of doc.lines) process.stdout.write(`${line.column}${line.bold ? "b" : " "} ${line.fontSize ?? ""} ${line.gapBefore ?? ""}\t${line.text}\n`);
        continue;
      }
      const parsed = parseResume(doc, { referenceDate });
      process.stdout.write(`${JSON.stringify(labelShape(file, type.ext, parsed, details))}\n`);
    } catch (error) {
      process.stdout.write(`${JSON.stringify({ file, error: error instanceof Error ? error.message : String(error) })}\n`);
    }
  }
}

main()
  .catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  })
  // The extraction pool's workers would keep the process alive.
  .finally(() => closeExtractPool().finally(() => process.exit()));

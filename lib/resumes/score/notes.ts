import type { EducationLevel, ResumeLanguage } from "../types";

// The sentences a fit explains itself with, in English and Russian. Numbers and names come from
// the fit; nothing here decides anything.

const ruPlural = new Intl.PluralRules("ru");
const enPlural = new Intl.PluralRules("en");

function years(value: number, lang: ResumeLanguage): string {
  const rounded = Math.round(value * 10) / 10;
  if (lang === "ru") {
    const text = String(rounded).replace(".", ",");
    if (!Number.isInteger(rounded)) return `${text} года`;
    const form = ruPlural.select(rounded);
    return `${text} ${form === "one" ? "год" : form === "few" ? "года" : "лет"}`;
  }
  return `${rounded} ${enPlural.select(rounded) === "one" ? "year" : "years"}`;
}

const EDUCATION: Record<ResumeLanguage, Record<EducationLevel, string>> = {
  en: { none: "none", secondary: "secondary", bachelor: "bachelor", master: "master", phd: "PhD" },
  ru: { none: "нет", secondary: "среднее", bachelor: "бакалавр", master: "магистр", phd: "кандидат наук" },
};

const LANGUAGE: Record<ResumeLanguage, Record<ResumeLanguage, string>> = {
  en: { en: "English", ru: "Russian" },
  ru: { en: "английский", ru: "русский" },
};

/** A requirement name from `matched` / `missing` as a reader of `lang` would write it. */
export function requirementLabel(name: string, lang: ResumeLanguage): string {
  const experience = /^experience: ([\d.]+)\+ years$/.exec(name);
  if (experience) return lang === "ru" ? `опыт от ${years(Number(experience[1]), "ru").replace(/ (года|год)$/, " лет")}` : `${experience[1]}+ years of experience`;
  const education = /^education: (\w+)$/.exec(name);
  if (education && education[1] in EDUCATION.en) {
    const level = EDUCATION[lang][education[1] as EducationLevel];
    return lang === "ru" ? `образование: ${level}` : `education: ${level}`;
  }
  const language = /^language: (en|ru)$/.exec(name);
  if (language) return lang === "ru" ? `язык: ${LANGUAGE.ru[language[1] as ResumeLanguage]}` : `language: ${LANGUAGE.en[language[1] as ResumeLanguage]}`;
  return name;
}

export interface BlockNoteFacts {
  requiredMatched: string[];
  requiredTotal: number;
  niceMatched: number;
  niceTotal: number;
  experience?: { years: number; min: number };
  education?: { level: EducationLevel; required: EducationLevel };
}

export function blockNote(facts: BlockNoteFacts, lang: ResumeLanguage): string {
  const parts: string[] = [];
  const ru = lang === "ru";
  if (facts.requiredTotal > 0) {
    const n = facts.requiredMatched.length;
    const list = n > 0 ? ` (${facts.requiredMatched.join(", ")})` : "";
    parts.push(
      ru
        ? `обязательные навыки: ${n} из ${facts.requiredTotal}${list}`
        : `${n} of ${facts.requiredTotal} required skills${list}`,
    );
  }
  if (facts.niceTotal > 0 && facts.niceMatched > 0) {
    parts.push(ru ? `желательные: ${facts.niceMatched} из ${facts.niceTotal}` : `${facts.niceMatched} of ${facts.niceTotal} nice-to-have`);
  }
  if (facts.experience) {
    const { years: y, min } = facts.experience;
    const ok = y >= min;
    parts.push(
      ru
        ? `опыт ${years(y, "ru")} при требуемых от ${years(min, "ru").replace(/ (года|год)$/, " лет")}${ok ? "" : " — меньше требуемого"}`
        : `${years(y, "en")} of experience against ${min}+ required${ok ? "" : " (short)"}`,
    );
  }
  if (facts.education) {
    const { level, required } = facts.education;
    parts.push(
      ru
        ? `образование: ${EDUCATION.ru[level]}, требуется ${EDUCATION.ru[required]}`
        : `education: ${EDUCATION.en[level]}, ${EDUCATION.en[required]} required`,
    );
  }
  if (parts.length === 0) return ru ? "Нет сведений, относящихся к требованиям вакансии." : "Nothing here bears on the vacancy's requirements.";
  const text = parts.join("; ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** One or two sentences summing a fit up: how many requirements are met, which are missing. */
export function describeFit(fit: { total_score: number; matched: string[]; missing: string[] }, lang: ResumeLanguage = "en"): string {
  const total = fit.matched.length + fit.missing.length;
  const score = lang === "ru" ? String(fit.total_score).replace(".", ",") : String(fit.total_score);
  if (total === 0) return lang === "ru" ? `Соответствие ${score}/100: у вакансии нет требований.` : `Fit ${score}/100: the vacancy lists no requirements.`;
  const missing = fit.missing.map((name) => requirementLabel(name, lang)).join(", ");
  if (lang === "ru") {
    return `Соответствие ${score}/100: выполнено ${fit.matched.length} из ${total} ${ruPlural.select(total) === "one" ? "требования" : "требований"}.${missing ? ` Не хватает: ${missing}.` : ""}`;
  }
  return `Fit ${score}/100: ${fit.matched.length} of ${total} ${total === 1 ? "requirement" : "requirements"} met.${missing ? ` Missing: ${missing}.` : ""}`;
}

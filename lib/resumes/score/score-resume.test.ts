import { describe, expect, it } from "vitest";
import type { ParsedResume, ParsedSkill, VacancyRequirements } from "../types";
import { findSkills } from "../taxonomy";
import { describeFit, extractRequirements, requirementNames, scoreResume } from "./index";

function skill(name: string, extra: Partial<ParsedSkill> = {}): ParsedSkill {
  return { name, category: "tech", level: "intermediate", confidence: 0.9, foundIn: ["skills"], years: 0, ...extra };
}

function resume(extra: Partial<ParsedResume> = {}): ParsedResume {
  return {
    language: "en",
    name: "Jane Doe",
    email: "jane@example.com",
    phone_e164: "+14155550100",
    location: "Boston",
    positions: [{ title: "Backend Engineer", company: "Contoso", start: "2019-01", end: null }],
    total_experience_years: 6,
    education_level: "bachelor",
    education: [{ institution: "MIT", degree: "BSc", year: 2018 }],
    skills: [skill("Python", { foundIn: ["skills", "experience"], years: 6 }), skill("PostgreSQL"), skill("Docker")],
    languages: ["English"],
    hidden_text: false,
    blocks: [
      { type: "contacts", name: "Contacts", text: "Jane Doe, jane@example.com", confidence: 0.9 },
      { type: "experience", name: "Experience", text: "Backend Engineer, Contoso, 2019 - Present\nBuilt services in Python", confidence: 0.9 },
      { type: "skills", name: "Skills", text: "Python, PostgreSQL, Docker", confidence: 0.9 },
      { type: "education", name: "Education", text: "MIT, BSc, 2018", confidence: 0.9 },
    ],
    ...extra,
  };
}

const backend: VacancyRequirements = {
  required_skills: ["Python", "PostgreSQL", "Docker", "Kubernetes", "REST API"],
  nice_to_have_skills: ["Redis"],
  min_experience_years: 5,
  education_level: "bachelor",
};

describe("scoreResume", () => {
  it("stays within bounds: 0-100 with one decimal, confidence 0-1, weights summing to 1", () => {
    const fit = scoreResume(resume(), backend);
    expect(fit.total_score).toBeGreaterThan(0);
    expect(fit.total_score).toBeLessThan(100);
    expect(Math.round(fit.total_score * 10) / 10).toBe(fit.total_score);
    expect(fit.confidence_score).toBeGreaterThanOrEqual(0);
    expect(fit.confidence_score).toBeLessThanOrEqual(1);
    expect(fit.components.reduce((sum, c) => sum + c.weight, 0)).toBeCloseTo(1, 3);
    const sum = fit.components.reduce((s, c) => s + c.score * c.weight, 0);
    expect(Math.abs(sum - fit.total_score)).toBeLessThan(0.2);

    const perfect = resume({ skills: ["Python", "PostgreSQL", "Docker", "Kubernetes", "REST API", "Redis"].map((n) => skill(n, { foundIn: ["experience"], years: 5 })) });
    expect(scoreResume(perfect, backend).total_score).toBe(100);
    const empty = resume({ skills: [], total_experience_years: 0, positions: [], education_level: "none", blocks: [] });
    const nothing = scoreResume(empty, backend);
    expect(nothing.total_score).toBe(0);
    expect(nothing.confidence_score).toBe(0);
  });

  it("is deterministic", () => {
    expect(scoreResume(resume(), backend)).toEqual(scoreResume(resume(), backend));
  });

  it("never lowers the score when a required skill is added, whatever its evidence", () => {
    const base = resume();
    let previous = scoreResume(base, backend).total_score;
    const skills = [...base.skills];
    for (const name of ["Kubernetes", "REST API", "Redis"]) {
      skills.push(skill(name));
      const next = scoreResume({ ...base, skills }, backend).total_score;
      expect(next).toBeGreaterThan(previous);
      previous = next;
    }
  });

  it("is monotone in experience and education, with partial credit below the minimum", () => {
    const scores = [0, 1, 2.5, 4, 5, 9].map((years) => scoreResume(resume({ total_experience_years: years }), backend).total_score);
    for (let i = 1; i < scores.length; i++) expect(scores[i]).toBeGreaterThanOrEqual(scores[i - 1]);
    expect(scores[2]).toBeGreaterThan(scores[0]);
    expect(scores[4]).toBe(scores[5]);
    const levels = (["none", "secondary", "bachelor", "master", "phd"] as const).map(
      (level) => scoreResume(resume({ education_level: level }), { ...backend, education_level: "master" }).total_score,
    );
    for (let i = 1; i < levels.length; i++) expect(levels[i]).toBeGreaterThanOrEqual(levels[i - 1]);
    expect(levels[2]).toBeGreaterThan(levels[1]);
    expect(levels[2]).toBeLessThan(levels[3]);
  });

  it("is monotone over many random resumes and vacancies (seeded)", () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pool = ["Python", "SQL", "Docker", "Kubernetes", "React", "TypeScript", "Linux", "Jira", "Agile", "Pandas"];
    const levels = ["none", "secondary", "bachelor", "master", "phd"] as const;
    const pick = (n: number) => pool.filter(() => random() < n);
    const anySkill = (name: string) =>
      skill(name, random() < 0.5 ? {} : { foundIn: ["experience"], years: Math.round(random() * 40) / 10 });
    for (let i = 0; i < 300; i++) {
      const requirements: VacancyRequirements = {
        required_skills: pick(0.4),
        nice_to_have_skills: pick(0.2),
        min_experience_years: random() < 0.3 ? null : Math.ceil(random() * 6),
        education_level: levels[Math.floor(random() * 5)],
      };
      const base = resume({
        skills: pick(0.5).map(anySkill),
        total_experience_years: Math.round(random() * 100) / 10,
        education_level: levels[Math.floor(random() * 5)],
      });
      const fit = scoreResume(base, requirements);
      expect(fit.total_score).toBeGreaterThanOrEqual(0);
      expect(fit.total_score).toBeLessThanOrEqual(100);
      expect([...fit.matched, ...fit.missing].sort()).toEqual(requirementNames(requirements).sort());
      const missingSkill = requirements.required_skills.find((name) => !base.skills.some((s) => s.name === name));
      if (missingSkill) {
        expect(scoreResume({ ...base, skills: [...base.skills, anySkill(missingSkill)] }, requirements).total_score).toBeGreaterThanOrEqual(fit.total_score);
      }
      expect(scoreResume({ ...base, total_experience_years: base.total_experience_years + 1 }, requirements).total_score).toBeGreaterThanOrEqual(fit.total_score);
      const higher = levels[Math.min(4, levels.indexOf(base.education_level) + 1)];
      expect(scoreResume({ ...base, education_level: higher }, requirements).total_score).toBeGreaterThanOrEqual(fit.total_score);
    }
  });

  it("weighs a skill used in a job above a bare list mention, and counts both as present", () => {
    const listed = scoreResume(resume({ skills: [skill("Kubernetes")] }), backend);
    const used = scoreResume(resume({ skills: [skill("Kubernetes", { foundIn: ["experience"], years: 3 })] }), backend);
    expect(used.total_score).toBeGreaterThan(listed.total_score);
    expect(listed.matched).toContain("Kubernetes");
    expect(used.matched).toContain("Kubernetes");
  });

  it("ignores the person: name, contacts, location and the hidden-text flag", () => {
    const plain = scoreResume(resume(), backend);
    const other = resume({ name: "Иванова Мария Петровна", email: "x@example.ru", phone_e164: "+79161234567", location: "Казань", hidden_text: true });
    expect(scoreResume(other, backend)).toEqual(plain);
  });

  it("splits every requirement into matched or missing, once", () => {
    const fit = scoreResume(resume({ total_experience_years: 3 }), backend);
    expect([...fit.matched, ...fit.missing].sort()).toEqual(requirementNames(backend).sort());
    expect(fit.matched).toEqual(["Python", "PostgreSQL", "Docker", "education: bachelor"]);
    expect(fit.missing).toEqual(["Kubernetes", "REST API", "Redis", "experience: 5+ years"]);
  });

  it("matches a Russian resume to an English vacancy by canonical skill names", () => {
    const ru = resume({
      language: "ru",
      languages: ["Русский", "Английский"],
      blocks: [{ type: "experience", name: "Опыт работы", text: "Разработчик на Python, PostgreSQL", confidence: 0.9 }],
    });
    const fit = scoreResume(ru, { ...backend, language: "en" });
    expect(fit.matched).toEqual(expect.arrayContaining(["Python", "PostgreSQL", "Docker", "language: en"]));
    expect(fit.total_score).toBe(scoreResume(resume(), { ...backend, language: "en" }).total_score);
  });

  it("scores a Russian resume against an English vacancy text through the taxonomy", () => {
    const requirements = extractRequirements(
      "Data Scientist\nRequirements:\n- 3+ years of experience\n- Python, SQL, machine learning, statistics\n- Master's degree\nNice to have:\n- Kubernetes",
      "en",
    );
    const text = "Опыт работы\nМашинное обучение и математическая статистика на Python, хранилище в Постгрес, деплой в Кубернетес.";
    const ru = resume({
      language: "ru",
      total_experience_years: 4,
      education_level: "master",
      skills: findSkills(text).map((name) => skill(name, { foundIn: ["experience"], years: 4 })),
      blocks: [{ type: "experience", name: "Опыт работы", text, confidence: 0.9 }],
    });
    const fit = scoreResume(ru, requirements, { lang: "ru" });
    expect(fit.matched).toEqual(expect.arrayContaining(["Python", "Machine Learning", "Statistics", "Kubernetes", "experience: 3+ years", "education: master"]));
    expect(fit.missing).toEqual(["SQL"]);
    expect(fit.blocks[0].matched).toEqual(expect.arrayContaining(["Python", "Machine Learning", "Statistics", "Kubernetes"]));
    expect(fit.total_score).toBeGreaterThan(85);
  });

  it("explains each relevant block: relevance, matched, missing, notes in both languages", () => {
    const fit = scoreResume(resume(), backend, { lang: "ru" });
    expect(fit.blocks.map((b) => b.type)).toEqual(["experience", "skills", "education"]);
    const [experience, skills, education] = fit.blocks;
    expect(experience.matched).toEqual(["Python", "experience: 5+ years"]);
    expect(skills.matched).toEqual(["Python", "PostgreSQL", "Docker"]);
    expect(skills.relevance).toBeCloseTo(3 / 5.5, 2);
    expect(education.matched).toEqual(["education: bachelor"]);
    // An education block is judged on the degree, not on skills it has no reason to name.
    expect(education.missing).toEqual([]);
    expect(education.relevance).toBe(1);
    for (const block of fit.blocks) {
      expect(block.relevance).toBeGreaterThanOrEqual(0);
      expect(block.relevance).toBeLessThanOrEqual(1);
      expect(block.notes).toMatch(/[а-я]/);
    }
    expect(experience.notes).toContain("опыт 6 лет");
    expect(scoreResume(resume(), backend, { lang: "en" }).blocks[0].notes).toContain("1 of 5 required skills (Python)");
  });

  it("leaves out what the vacancy does not ask for", () => {
    const fit = scoreResume(resume(), { required_skills: ["Python"], nice_to_have_skills: [], min_experience_years: null, education_level: "none" });
    expect(fit.components.map((c) => c.name)).toEqual(["required_skills"]);
    expect(fit.components[0].weight).toBe(1);
    expect(fit.total_score).toBe(100);
  });

  it("takes requirements as people write them: synonyms, repeats, no minimum", () => {
    const odd: VacancyRequirements = {
      required_skills: ["python", "k8s", "Python", " Docker "],
      nice_to_have_skills: ["docker"],
      min_experience_years: -1,
      education_level: "none",
    };
    const fit = scoreResume(resume(), odd);
    expect(fit.matched).toEqual(["Python", "Docker"]);
    expect(fit.missing).toEqual(["Kubernetes"]);
    expect(fit.components.map((c) => c.name)).toEqual(["required_skills"]);
    expect([...fit.matched, ...fit.missing].sort()).toEqual(requirementNames(odd).sort());
  });

  it("sums a fit up in English and Russian", () => {
    const fit = scoreResume(resume({ total_experience_years: 3 }), backend);
    expect(describeFit(fit, "en")).toMatch(/^Fit [\d.]+\/100: 4 of 8 requirements met\. Missing: Kubernetes, REST API, Redis, 5\+ years of experience\.$/);
    expect(describeFit(fit, "ru")).toMatch(/^Соответствие [\d,]+\/100: выполнено 4 из 8 требований\. Не хватает: Kubernetes, REST API, Redis, опыт от 5 лет\.$/);
  });
});

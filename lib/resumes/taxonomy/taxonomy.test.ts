import { describe, expect, it } from "vitest";
import { SKILLS, SKILL_CATEGORIES, canonicalSkill, findLanguages, findSkills, skillCategory } from "./index";

describe("findSkills", () => {
  it("maps synonyms in both languages to canonical names", () => {
    expect(findSkills("JS, k8s, Postgres, ML").sort()).toEqual(["JavaScript", "Kubernetes", "Machine Learning", "PostgreSQL"]);
    expect(findSkills("1С:Предприятие, МСФО, A/B-тестирование").sort()).toEqual(["1C", "A/B Testing", "IFRS"]);
  });

  it("follows Russian inflection", () => {
    expect(findSkills("опыт машинного обучения")).toEqual(["Machine Learning"]);
    expect(findSkills("управление проектами")).toEqual(["Project Management"]);
    expect(findSkills("занимался управлением проектом")).toEqual(["Project Management"]);
    expect(findSkills("навыки ведения переговоров")).toEqual(["Negotiation"]);
  });

  it("matches whole words only", () => {
    expect(findSkills("excellent results, reactive mindset")).toEqual([]);
    expect(findSkills("Excel and React")).toEqual(["Excel", "React"]);
    expect(findSkills("MySQL")).toEqual(["MySQL"]);
  });

  it("keeps JavaScript out of Node.js and Next.js, and C out of C++ and C#", () => {
    expect(findSkills("Node.js, Next.js, Vue.js").sort()).toEqual(["Next.js", "Node.js", "Vue.js"]);
    expect(findSkills("C++ and C#").sort()).toEqual(["C#", "C++"]);
  });

  it("takes one-letter languages only as list items", () => {
    expect(findSkills("Skills: C, R, Python").sort()).toEqual(["C", "Python", "R"]);
    expect(findSkills("Hannah R. Hughes")).toEqual([]);
    expect(findSkills("водительские права категории B, C")).toEqual([]);
  });

  it("takes Go as a language but not as a verb", () => {
    expect(findSkills("Rewrote the service in Go.")).toEqual(["Go"]);
    expect(findSkills("Golang")).toEqual(["Go"]);
    expect(findSkills("Go-to-market plan. Go to the office")).toEqual([]);
  });
});

describe("taxonomy lists", () => {
  it("gives every skill a known category", () => {
    for (const skill of SKILLS) expect(SKILL_CATEGORIES).toContain(skill.category);
    expect(skillCategory("postgresql")).toBe("database");
    expect(skillCategory("no such skill")).toBeNull();
  });

  it("has unique names, each found by its own name", () => {
    const names = SKILLS.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(canonicalSkill(name)).toBe(name);
  });

  it("finds spoken languages in both languages", () => {
    expect(findLanguages("Русский — родной; английский B2; Deutsch; French: basic")).toEqual(["Russian", "English", "German", "French"]);
  });
});

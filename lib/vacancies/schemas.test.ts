import { describe, expect, it } from "vitest";
import { QuestionsInput, VacancyCreate, VacancyUpdate } from "./schemas";

describe("vacancy input", () => {
  it("accepts a Flask client's names and forms", () => {
    const v = VacancyCreate.parse({
      position: " QA ",
      key_skills: "Selenium, Python; SQL",
      optional_skills: ["Java", 1],
      experience: "2,5 years",
      education: "высшее",
      lang: "RU",
      requirements: "Knows Docker",
      vacancy_code: "qa_7",
      owner: "someone",
    });
    expect(v).toMatchObject({
      title: "QA",
      required_skills: ["Selenium", "Python", "SQL"],
      nice_to_have_skills: ["Java", "1"],
      min_experience_years: 2.5,
      education_level: "bachelor",
      language: "ru",
      requirements_text: "Knows Docker",
      code: "QA_7",
      status: "open",
    });
    expect(v).not.toHaveProperty("owner");
  });

  it("treats a list under `requirements` as required skills", () => {
    expect(VacancyCreate.parse({ title: "x", requirements: ["Go"] }).required_skills).toEqual(["Go"]);
  });

  it("refuses an empty update and bad values", () => {
    expect(VacancyUpdate.safeParse({ unknown: 1 }).success).toBe(false);
    expect(VacancyCreate.safeParse({ title: "x", min_experience_years: 61 }).success).toBe(false);
    expect(VacancyCreate.safeParse({ title: "x", status: "archived" }).success).toBe(false);
  });

  it("reads questions in every shape", () => {
    expect(QuestionsInput.parse(["A", { question: "B", keywords: "x;y" }, { text: "C", expected_answer: "z" }]).questions).toEqual([
      { text: "A", key_points: [] },
      { text: "B", key_points: ["x", "y"] },
      { text: "C", key_points: ["z"] },
    ]);
    expect(QuestionsInput.parse({ questions: [] }).questions).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { extractRequirements } from "./index";

// The order of skills follows the taxonomy, not the text; what matters is which are found.
const sorted = (names: string[]) => [...names].sort();

describe("extractRequirements", () => {
  it("reads an English vacancy with required and nice-to-have sections", () => {
    const text = [
      "Senior Backend Engineer",
      "We build payment APIs for small shops.",
      "Responsibilities:",
      "- Design and run services",
      "Requirements:",
      "- 5+ years of commercial software development",
      "- Strong Python and PostgreSQL",
      "- Docker, Kubernetes",
      "- Bachelor's degree in Computer Science or related field",
      "- Fluent English",
      "Nice to have:",
      "- Redis, Kafka",
      "- AWS",
      "We offer: remote work, 28 days of vacation",
    ].join("\n");
    const req = extractRequirements(text, "en");
    expect(req.title).toBe("Senior Backend Engineer");
    expect(sorted(req.required_skills)).toEqual(sorted(["Python", "PostgreSQL", "Docker", "Kubernetes"]));
    expect(sorted(req.nice_to_have_skills)).toEqual(sorted(["Redis", "Kafka", "AWS"]));
    expect(req.min_experience_years).toBe(5);
    expect(req.education_level).toBe("bachelor");
    expect(req.language).toBe("en");
  });

  it("reads a Russian vacancy: Требования, Будет плюсом, опыт от N лет, высшее образование", () => {
    const text = [
      "DevOps-инженер",
      "Обязанности:",
      "• поддержка инфраструктуры",
      "Требования:",
      "• опыт работы от 3 лет",
      "• Linux, Docker, Kubernetes",
      "• высшее техническое образование",
      "• Terraform желательно",
      "Будет плюсом:",
      "• AWS",
    ].join("\n");
    const req = extractRequirements(text, "ru");
    expect(req.title).toBe("DevOps-инженер");
    expect(sorted(req.required_skills)).toEqual(sorted(["Linux", "Docker", "Kubernetes"]));
    expect(sorted(req.nice_to_have_skills)).toEqual(sorted(["Terraform", "AWS"]));
    expect(req.min_experience_years).toBe(3);
    expect(req.education_level).toBe("bachelor");
    expect(req.language).toBeUndefined();
  });

  it("takes every skill of a description without sections as required", () => {
    const req = extractRequirements(
      "We are looking for a senior backend engineer. You will design services in Python, store data in PostgreSQL and ship them in containers to our Kubernetes clusters. At least 4 years of experience; a master's degree is required.",
    );
    expect(sorted(req.required_skills)).toEqual(sorted(["Python", "PostgreSQL", "Kubernetes"]));
    expect(sorted(req.nice_to_have_skills)).toEqual(sorted([]));
    expect(req.min_experience_years).toBe(4);
    expect(req.education_level).toBe("master");
    expect(req.title).toBeUndefined();
  });

  it.each([
    ["3+ years with Go", 3],
    ["at least 5 years in backend development", 5],
    ["minimum of two years of professional experience", 2],
    ["2-4 years of experience", 2],
    ["опыт от 3 до 5 лет", 3],
    ["Опыт от 2 лет", 2],
    ["опыт работы от 3-х лет", 3],
    ["опыт коммерческой разработки не менее 4 лет", 4],
    ["Опыт от трёх лет", 3],
    ["опыт работы более 5 лет", 5],
    ["Our company has been on the market for more than 20 years.", null],
    ["Python developer", null],
  ])("minimum years in %j", (text, years) => {
    expect(extractRequirements(text).min_experience_years).toBe(years);
  });

  it.each([
    ["Bachelor's degree required", "bachelor"],
    ["Bachelor's or Master's degree", "bachelor"],
    ["Master's degree in a quantitative field", "master"],
    ["PhD in Computer Science", "phd"],
    ["Высшее образование", "bachelor"],
    ["Образование: магистр", "master"],
    ["Кандидат наук", "phd"],
    ["Опыт от 2 лет, образование не важно.", "none"],
    ["Python, SQL", "none"],
  ])("education in %j", (text, level) => {
    expect(extractRequirements(text).education_level).toBe(level);
  });

  it("keeps a skill required when the nice-to-have part names it again", () => {
    const req = extractRequirements("Requirements:\nPython, Docker\nNice to have:\nDocker, Kubernetes");
    expect(sorted(req.required_skills)).toEqual(sorted(["Python", "Docker"]));
    expect(sorted(req.nice_to_have_skills)).toEqual(sorted(["Kubernetes"]));
  });
});

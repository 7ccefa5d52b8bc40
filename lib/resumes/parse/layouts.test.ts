// Layouts and wordings beyond the basic cases: unknown but styled headings, credentials after the
// name, places beside the company, dates inside bullets, Russian year suffixes.
import { describe, expect, it } from "vitest";
import { findDateRange } from "./dates";
import { parseResume } from "./parse-resume";
import { splitHeader } from "./positions";
import { docFromText } from "./test-doc";

const REF = { referenceDate: new Date("2026-11-01T00:00:00Z") };

describe("date grammar", () => {
  const cases: [string, string, string | null][] = [
    ["Jan 2020 – Present", "2020-01", null],
    ["01.2019 – 03.2021", "2019-01", "2021-03"],
    ["2018 — н.в.", "2018-01", null],
    ["март 2018 — настоящее время", "2018-03", null],
    ["2016-2019", "2016-01", "2019-12"],
    ["Sep 2015 to Dec 2017", "2015-09", "2017-12"],
    ["2019/03 - 2021/06", "2019-03", "2021-06"],
    ["с мая 2019 по настоящее время", "2019-05", null],
    ["сентябрь 2020 — текущее место работы", "2020-09", null],
    ["2017 - 2019 гг.", "2017-01", "2019-12"],
    ["с 2015 г. по 2018 г.", "2015-01", "2018-12"],
    ["March, 2019 to the present", "2019-03", null],
    ["06/2016 – 12/2018", "2016-06", "2018-12"],
  ];
  it.each(cases)("%s", (text, start, end) => {
    expect(findDateRange(text)).toMatchObject({ start, end });
  });

  it("ignores single years, phone numbers and backwards ranges", () => {
    expect(findDateRange("Бакалавр, Экономика, 2019")).toBeNull();
    expect(findDateRange("2021 - 2019")).toBeNull();
  });
});

describe("job header lines", () => {
  it("splits title and company on the usual separators", () => {
    expect(splitHeader("Senior Developer at Contoso")).toEqual(["Senior Developer", "Contoso"]);
    expect(splitHeader("Contoso — Senior Developer")).toEqual(["Contoso", "Senior Developer"]);
    expect(splitHeader("Senior Developer, Contoso")).toEqual(["Senior Developer", "Contoso"]);
    expect(splitHeader("Acme, Inc.")).toEqual(["Acme, Inc."]);
  });
});

describe("parseResume: other writers", () => {
  const r = parseResume(
    docFromText(`
Curriculum Vitae
John Smith, MBA
Phone: 020 7946 0958 | Email: john@example.org
London, UK
#RELEVANT WORK EXPERIENCE
Operations Manager
Tailspin Toys Ltd, London, UK | 2019 – 2021
• In 2019 - 2020 ran the warehouse move; budgeting and vendor negotiations.
Logistics Coordinator
Wingtip Freight, Leeds, UK | Jun 2016 - Dec 2018
#Academic Record
University of Manchester
Master of Business Administration, 2016
`),
    REF,
  );

  it("skips a document title and keeps credentials out of the name", () => {
    expect(r.name).toBe("John Smith");
    expect(r.phone_e164).toBe("+442079460958");
    expect(r.location).toBe("London, UK");
  });

  it("reads unknown styled headings and drops places beside the company", () => {
    expect(r.blocks.map((b) => b.type)).toEqual(["contacts", "experience", "education"]);
    expect(r.positions).toEqual([
      { title: "Operations Manager", company: "Tailspin Toys Ltd", start: "2019-01", end: "2021-12" },
      { title: "Logistics Coordinator", company: "Wingtip Freight", start: "2016-06", end: "2018-12" },
    ]);
    expect(r.education_level).toBe("master");
    expect(r.skills.map((s) => s.name)).toEqual(expect.arrayContaining(["Budgeting", "Negotiation"]));
  });
});

describe("parseResume: a job-site export with dates above the job and its length", () => {
  const r = parseResume(
    docFromText(`
Петров Иван Сергеевич
Мужчина, 35 лет, родился 1 января 1990
+7 (999) 123-45-67 — предпочитаемый способ связи
ivan@example.ru
Проживает: Москва
Опыт работы — 8 лет 3 месяца
Январь 2020 — настоящее время
6 лет 10 месяцев
ООО «Северный ветер»
Москва, veter.example.ru
Ведущий разработчик
Разработка сервисов на Python, Django, PostgreSQL.
Май 2016 — Декабрь 2019
3 года 8 месяцев
АО «Восток Банк»
Разработчик
Поддержка платёжных сервисов на Java.
Образование
Высшее
2012
Московский государственный технический университет им. Н.Э. Баумана
Знание языков
Русский — Родной
Английский — B2 — Средне-продвинутый
`),
    REF,
  );

  it("skips the length and the site lines between dates and the job", () => {
    expect(r.location).toBe("Москва");
    expect(r.phone_e164).toBe("+79991234567");
    expect(r.positions).toEqual([
      { title: "Ведущий разработчик", company: "ООО «Северный ветер»", start: "2020-01", end: null },
      { title: "Разработчик", company: "АО «Восток Банк»", start: "2016-05", end: "2019-12" },
    ]);
    expect(r.blocks[1]!.type).toBe("experience");
    expect(r.education_level).toBe("bachelor");
    expect(r.languages).toEqual(["Russian", "English"]);
    const python = r.skills.find((s) => s.name === "Python")!;
    expect(python.level).toBe("expert");
    expect(r.skills.find((s) => s.name === "Java")!.level).toBe("advanced");
  });

  it("takes the company from the next line when the title shares the line with the dates", () => {
    const two = parseResume(docFromText("Jane Doe\nExperience\nSenior Developer   2019 – 2021\nContoso Ltd, Seattle\n• C# and .NET\nDeveloper   Mar 2016 – Dec 2018\nFabrikam Inc."), REF);
    expect(two.positions).toEqual([
      { title: "Senior Developer", company: "Contoso Ltd", start: "2019-01", end: "2021-12" },
      { title: "Developer", company: "Fabrikam Inc.", start: "2016-03", end: "2018-12" },
    ]);
  });

  it("does not take common words for skills", () => {
    const r2 = parseResume(docFromText("Ruby Jenkins\nCypress, TX\nSummary\nI excel at the rest of the UI work; bootstrapped a team.\nSkills\nExcel"), REF);
    expect(r2.skills.map((s) => s.name)).toEqual(["Excel"]);
  });
});

describe("parseResume: a job's own stack line", () => {
  it("keeps 'Стек:' inside the job and counts its years", () => {
    const r = parseResume(
      docFromText("Анна Смирнова\nОпыт работы\nРазработчик — ООО «Вектор»\n01.2018 – 12.2022\nСтек: Go, PostgreSQL\nРазработала сервис платежей.\nНавыки: Docker"),
      REF,
    );
    expect(r.positions).toHaveLength(1);
    expect(r.skills.find((s) => s.name === "Go")).toMatchObject({ years: 5, level: "expert" });
    expect(r.skills.find((s) => s.name === "Docker")).toMatchObject({ years: 0, foundIn: ["skills"] });
    expect(r.blocks.map((b) => b.type)).toEqual(["contacts", "experience", "skills"]);
  });
});

describe("job header separators", () => {
  it("splits on 'в' before a legal form, middle dots, and drops bracketed places", () => {
    expect(splitHeader("Разработчик в ООО «Ромашка»")).toEqual(["Разработчик", "ООО «Ромашка»"]);
    expect(splitHeader("Руководитель отдела в регионе")).toEqual(["Руководитель отдела в регионе"]);
    expect(splitHeader("Contoso (Seattle, WA) · Senior Developer")).toEqual(["Contoso", "Senior Developer"]);
  });
});

describe("parseResume: compact one-line sections", () => {
  it("reads 'Label: content' lines, a name with its title, and school and degree on one line", () => {
    const r = parseResume(
      docFromText("Jane Doe - Backend Engineer\nBackend engineer with Python and PostgreSQL.\nExperience: Acme Corp 2019 - Present\nEducation: MIT, BSc Computer Science, 2016"),
      REF,
    );
    expect(r.name).toBe("Jane Doe");
    expect(r.positions).toEqual([{ title: "", company: "Acme Corp", start: "2019-01", end: null }]);
    expect(r.education).toEqual([{ institution: "MIT", degree: "BSc Computer Science", year: 2016 }]);
    expect(r.education_level).toBe("bachelor");
  });
});

describe("education entries from a narrow column", () => {
  it("joins wrapped institution and degree lines", () => {
    const r = parseResume(
      docFromText(
        "Jane Roe\nEducation\nUniversity of Texas at\nAustin\nMaster of Business\nAdministration (MBA)\n2020\nWestfield Sixth Form\nCollege\nA-levels\n2014\nКандидат физико-\nматематических наук, 2024",
      ),
      REF,
    );
    expect(r.education).toEqual([
      { institution: "University of Texas at Austin", degree: "Master of Business Administration (MBA)", year: 2020 },
      { institution: "Westfield Sixth Form College", degree: "A-levels", year: 2014 },
      { institution: "", degree: "Кандидат физико-математических наук", year: 2024 },
    ]);
    expect(r.education_level).toBe("phd");
  });
});

import { expect, test, type Page } from "@playwright/test";
import { vacanciesEn } from "../../lib/i18n/dictionaries/vacancies.en";
import { vacanciesRu } from "../../lib/i18n/dictionaries/vacancies.ru";
import { horizontalOverflow, registerViaApi, SIGNED_OUT, signInQuickly, uniqueEmail } from "./support";

// A company's vacancy, through the pages: create it with requirements read from its description,
// edit it, set its screening questions; then the same pages on a desktop and a phone, in English
// and Russian, as screenshots (test-results/screenshots/) and with nothing wider than the phone.
test.use({ storageState: SIGNED_OUT });

const PASSWORD = "vacancies-passphrase";
const DESCRIPTION = [
  "We build payment APIs.",
  "Requirements:",
  "- 3+ years of backend development with Python and Django",
  "- PostgreSQL and Docker",
  "- Bachelor's degree in computer science",
  "Nice to have:",
  "- Kubernetes",
].join("\n");

async function signInAsCompany(page: Page, companyName = "Northern Lights Analytics") {
  const email = uniqueEmail("vacancies");
  await registerViaApi(page, { email, password: PASSWORD, firstName: "Sofia", lastName: "Lindqvist", companyName });
  await signInQuickly(page, email, PASSWORD);
}

const chips = (page: Page, name: string) => page.getByTestId(`${name}-chips`).locator("li");

test("a company creates a vacancy with extracted requirements, edits it and sets its questions", async ({ page }) => {
  test.setTimeout(120_000);
  const d = vacanciesEn;
  await signInAsCompany(page);

  await page.goto("/vacancies");
  await expect(page.getByRole("heading", { name: d["vacancies.empty"] })).toBeVisible();
  await page.getByRole("link", { name: d["vacancies.new"] }).click();
  await expect(page).toHaveURL(/\/vacancies\/new$/);

  await page.locator("#title").fill("Senior Backend Developer");
  await page.locator("#location").fill("Kazan");
  await page.locator("#description").fill(DESCRIPTION);
  await page.getByRole("button", { name: d["vacancies.extract"] }).click();
  const proposal = page.getByTestId("requirements-proposal");
  await expect(proposal).toContainText("Python");
  await expect(proposal).toContainText("Kubernetes");
  // Nothing changes before the recruiter confirms.
  await expect(chips(page, "required_skills")).toHaveText([d["vacancies.skills.none"]]);
  await proposal.getByRole("button", { name: d["vacancies.extract.apply"] }).click();
  await expect(proposal).toBeHidden();
  await expect(chips(page, "required_skills").filter({ hasText: "Python" })).toHaveCount(1);
  await expect(chips(page, "required_skills").filter({ hasText: "PostgreSQL" })).toHaveCount(1);
  await expect(chips(page, "nice_to_have_skills").filter({ hasText: "Kubernetes" })).toHaveCount(1);
  await expect(page.locator("#min_experience_years")).toHaveValue("3");
  await expect(page.locator("#education_level")).toHaveValue("bachelor");
  // A skill the catalogue does not know is kept as typed; a known one by its catalogue name.
  await page.locator("#nice_to_have_skills").fill("Payments domain");
  await page.locator("#nice_to_have_skills").press("Enter");
  await page.locator("#nice_to_have_skills").fill("k8s");
  await page.getByRole("button", { name: d["vacancies.skills.add"] }).nth(1).click();
  await expect(chips(page, "nice_to_have_skills").filter({ hasText: "Payments domain" })).toHaveCount(1);
  await expect(chips(page, "nice_to_have_skills").filter({ hasText: "Kubernetes" })).toHaveCount(1);
  await page.getByRole("button", { name: d["vacancies.create"] }).click();

  await expect(page).toHaveURL(/\/vacancies\/[0-9a-f-]{36}$/);
  await expect(page.getByText(d["vacancies.created"])).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Senior Backend Developer" })).toBeVisible();
  await expect(page.getByText(/^BACKEND_001 ·/)).toBeVisible();
  await expect(page.locator("#code")).toHaveValue("BACKEND_001");
  await expect(page.getByText(d["vacancies.ranking.empty"])).toBeVisible();
  const id = page.url().split("/").pop()!;

  // Edit: a new title and status, one skill less.
  await page.locator("#title").fill("Backend Engineer (Python)");
  await page.locator("#status").selectOption("draft");
  await page.getByRole("button", { name: "Remove Docker" }).click();
  await page.getByRole("button", { name: d["vacancies.save"] }).click();
  await expect(page.getByText(d["vacancies.saved"])).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Backend Engineer (Python)" })).toBeVisible();

  // Questions: two, the second moved up, saved, and read back after a reload.
  await page.getByRole("button", { name: d["vacancies.questions.add"] }).click();
  await page.getByLabel("Question 1", { exact: true }).fill("How do you find a slow query?");
  await page.getByLabel(d["vacancies.questions.keyPoints"]).first().fill("EXPLAIN\nindexes");
  await page.getByRole("button", { name: d["vacancies.questions.add"] }).click();
  await page.getByLabel("Question 2", { exact: true }).fill("Tell us about a project you are proud of");
  await page.getByRole("button", { name: "Move question 2 up" }).click();
  await page.getByRole("button", { name: d["vacancies.questions.save"] }).click();
  await expect(page.getByText(d["vacancies.questions.saved"])).toBeVisible();

  await page.reload();
  await expect(page.getByLabel("Question 1", { exact: true })).toHaveValue("Tell us about a project you are proud of");
  await expect(page.getByLabel("Question 2", { exact: true })).toHaveValue("How do you find a slow query?");
  await expect(page.locator("#status")).toHaveValue("draft");
  await expect(chips(page, "required_skills").filter({ hasText: "Docker" })).toHaveCount(0);

  const api = await page.request.get(`/api/vacancies/${id}/questions`);
  expect((await api.json()).questions.map((q: { text: string; key_points: string[] }) => [q.text, q.key_points])).toEqual([
    ["Tell us about a project you are proud of", []],
    ["How do you find a slow query?", ["EXPLAIN", "indexes"]],
  ]);

  // The list shows it, with its code and status.
  await page.goto("/vacancies");
  const item = page.getByRole("listitem").filter({ hasText: "Backend Engineer (Python)" });
  await expect(item).toContainText("BACKEND_001");
  await expect(item).toContainText(d["vacancies.status.draft"]);

  // Deleting asks once.
  await page.goto(`/vacancies/${id}`);
  await page.getByRole("button", { name: d["vacancies.delete"] }).click();
  await page.getByRole("button", { name: d["vacancies.deleteYes"] }).click();
  await expect(page).toHaveURL(/\/vacancies$/);
  await expect(page.getByRole("heading", { name: d["vacancies.empty"] })).toBeVisible();
});

const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;

for (const lang of ["en", "ru"] as const) {
  for (const [device, viewport] of Object.entries(VIEWPORTS)) {
    test(`vacancy pages, ${device}, ${lang}`, async ({ page, context }) => {
      test.setTimeout(120_000);
      const d = lang === "en" ? vacanciesEn : vacanciesRu;
      await page.setViewportSize(viewport);
      await signInAsCompany(page, lang === "en" ? "Northern Lights Analytics" : "Северное сияние");
      await context.addCookies([{ name: "lang", value: lang, url: "http://localhost" }]);
      const shot = async (name: string) => {
        const { scrollWidth } = await horizontalOverflow(page);
        if (device === "phone") expect(scrollWidth, `${name} is wider than the phone`).toBeLessThanOrEqual(390);
        await page.screenshot({ path: `test-results/screenshots/${name}-${device}-${lang}.png`, fullPage: true });
      };

      await page.goto("/vacancies");
      await expect(page.getByRole("heading", { name: d["vacancies.empty"] })).toBeVisible();
      await shot("vacancies-empty");

      await page.goto("/vacancies/new");
      await page.locator("#title").fill(lang === "en" ? "Senior Backend Developer" : "Ведущий backend-разработчик");
      await page.locator("#description").fill(
        lang === "en" ? DESCRIPTION : "Требования:\n- опыт от 3 лет на Python и Django\n- PostgreSQL, Docker\n- высшее образование\nБудет плюсом:\n- Kubernetes",
      );
      await page.getByRole("button", { name: d["vacancies.extract"] }).click();
      await expect(page.getByTestId("requirements-proposal")).toContainText("Python");
      await shot("vacancy-new-proposal");
      await page.getByRole("button", { name: d["vacancies.extract.apply"] }).click();
      await page.getByRole("button", { name: d["vacancies.create"] }).click();
      await expect(page).toHaveURL(/\/vacancies\/[0-9a-f-]{36}$/);

      await page.getByRole("button", { name: d["vacancies.questions.add"] }).click();
      await page.locator("textarea[name^=question-]").first().fill(lang === "en" ? "How do you find a slow query?" : "Как найти медленный запрос?");
      await page.locator("textarea[name^=key-points-]").first().fill("EXPLAIN\nindexes");
      await page.getByRole("button", { name: d["vacancies.questions.save"] }).click();
      await expect(page.getByText(d["vacancies.questions.saved"])).toBeVisible();
      await page.reload();
      await expect(page.getByText(d["vacancies.ranking.empty"])).toBeVisible();
      await shot("vacancy-edit");

      await page.goto("/vacancies");
      await expect(page.getByRole("listitem").first()).toBeVisible();
      await shot("vacancies-list");

      // Dark mode, once per device and language: the list and the form.
      await page.emulateMedia({ colorScheme: "dark" });
      await page.goto("/vacancies/new");
      await shot("vacancy-new-dark");
    });
  }
}

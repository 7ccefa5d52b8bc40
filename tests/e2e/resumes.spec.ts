import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { horizontalOverflow, registerViaApi, settled, SIGNED_OUT, signInQuickly, uniqueEmail } from "./support";

// Resume analysis pages, end to end: the real server analyses real files from the dev set.
test.use({ storageState: SIGNED_OUT });

const FIXTURES = "tests/fixtures/resumes/e2e";
const PASSWORD = "resumes-e2e-passphrase";
const file = (name: string) => path.join(FIXTURES, name);

async function signInCompany(page: Page, companyName = "Northern Lights Analytics") {
  const email = uniqueEmail("resumes");
  await registerViaApi(page, { email, password: PASSWORD, firstName: "Mira", lastName: "Holm", companyName });
  await signInQuickly(page, email, PASSWORD);
}

/** Cookie-authenticated writes must carry our own Origin (the API's CSRF check). */
function origin(page: Page) {
  return new URL(page.url() === "about:blank" ? "http://localhost:3210" : page.url()).origin;
}

async function createVacancy(page: Page, title: string): Promise<string> {
  const res = await page.request.post("/api/vacancies/create", {
    headers: { Origin: origin(page) },
    data: {
      title,
      code: `DS_${Date.now().toString(36).toUpperCase()}`,
      description: "Models for demand forecasting, deployed on our own clusters.",
      required_skills: ["Python", "SQL", "Kubernetes", "Terraform"],
      min_experience_years: 3,
      education_level: "master",
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  return ((await res.json()) as { vacancy_id: string }).vacancy_id;
}

async function uploadViaApi(request: APIRequestContext, page: Page, name: string, vacancyId?: string): Promise<string> {
  const res = await request.post("/api/v1/resumes/upload", {
    headers: { Origin: origin(page) },
    multipart: {
      file: { name, mimeType: "application/octet-stream", buffer: readFileSync(file(name)) },
      ...(vacancyId ? { vacancy_id: vacancyId } : {}),
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

async function waitAnalysed(request: APIRequestContext, id: string) {
  await expect
    .poll(async () => ((await (await request.get(`/api/v1/resumes/${id}`)).json()) as { status: string }).status, { timeout: 60_000 })
    .toMatch(/analyzed|error/);
}

/** A drop of real files on the drop zone, as a browser makes it (a DataTransfer with File objects). */
async function dropFiles(page: Page, names: string[]) {
  const files = names.map((name) => ({ name, base64: readFileSync(file(name)).toString("base64") }));
  const dataTransfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) {
      const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
      dt.items.add(new File([bytes], f.name));
    }
    return dt;
  }, files);
  const zone = page.getByTestId("drop-zone");
  await zone.dispatchEvent("dragover", { dataTransfer });
  await zone.dispatchEvent("drop", { dataTransfer });
}

test("a company drops one resume on the page and sees it analysed", async ({ page }) => {
  await signInCompany(page);
  await page.goto("/resumes");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Resumes");
  await expect(page.getByTestId("resumes-empty")).toContainText("No resumes yet");

  await dropFiles(page, ["data-scientist-en.pdf"]);
  await expect(page.getByText("data-scientist-en.pdf uploaded; analysis has started.")).toBeVisible();
  const row = page.getByTestId("resume-row").filter({ hasText: "data-scientist-en.pdf" });
  await expect(row).toHaveAttribute("data-status", "analyzed", { timeout: 60_000 });
  await expect(row).toContainText("Olivia Kim");
  await expect(row).toContainText("Analysed");

  // The list's filters live in the URL.
  await page.getByLabel("Status").selectOption("error");
  await expect(page).toHaveURL(/status=error/);
  await expect(page.getByTestId("resumes-empty")).toContainText("No resumes match these filters");
  await page.getByRole("button", { name: "Reset filters" }).click();
  await expect(row).toBeVisible();
  await page.getByLabel("Sort by").selectOption("total_score");
  await expect(page).toHaveURL(/sort_by=total_score/);
});

test("a batch of three shows a bar per file until the end, the unreadable one marked", async ({ page }) => {
  await signInCompany(page);
  await page.goto("/resumes");
  await page.getByTestId("file-input").setInputFiles([
    { name: "batch-ml-en.txt", mimeType: "text/plain", buffer: readFileSync(file("batch-ml-en.txt")) },
    { name: "broken.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\nthis is not really a PDF at all\n%%EOF") },
    { name: "batch-devops-en.rtf", mimeType: "application/rtf", buffer: readFileSync(file("batch-devops-en.rtf")) },
  ]);
  const batch = page.getByTestId("batch-progress");
  await expect(batch).toBeVisible();
  await expect(batch.getByTestId("batch-file")).toHaveCount(3);
  await expect(batch).toHaveAttribute("data-done", "true", { timeout: 90_000 });
  await expect(batch.getByTestId("batch-count")).toHaveText("3 of 3 done");
  await expect(batch.getByTestId("batch-file").filter({ hasText: "broken.pdf" })).toHaveAttribute("data-status", "error");
  await expect(batch.getByTestId("batch-file").filter({ hasText: "broken.pdf" })).toContainText("Failed");
  for (const name of ["batch-ml-en.txt", "batch-devops-en.rtf"]) {
    await expect(batch.getByTestId("batch-file").filter({ hasText: name })).toHaveAttribute("data-status", "success");
  }
  await expect(page.getByText("Batch finished: 2 analysed, 1 failed.")).toBeVisible();
  // Every bar is full.
  for (const bar of await batch.locator("progress").all()) {
    expect(await bar.evaluate((el: HTMLProgressElement) => el.position)).toBe(1);
  }
  // The list shows all three, the broken one with its reason.
  await expect(page.getByTestId("resume-row")).toHaveCount(3);
  await expect(page.getByTestId("resume-row").filter({ hasText: "broken.pdf" })).toHaveAttribute("data-status", "error");
});

test("the detail page scores a resume against a chosen vacancy", async ({ page }) => {
  await signInCompany(page);
  await page.goto("/resumes");
  const vacancyId = await createVacancy(page, "Data Scientist, forecasting");
  const id = await uploadViaApi(page.request, page, "data-scientist-en.pdf");
  await waitAnalysed(page.request, id);

  await page.goto(`/resumes/${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Olivia Kim");
  await expect(page.getByTestId("hidden-text-warning")).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Skills" })).toContainText("Python");
  await expect(page.getByRole("region", { name: "Sections" })).toContainText("Experience");
  await expect(page.getByRole("region", { name: "Contacts and details" })).toContainText("Olivia Kim");

  // The original opens in the browser (a sandboxed inline PDF) and downloads.
  const inline = await page.request.get(await page.getByRole("link", { name: "Open in a new tab" }).getAttribute("href") ?? "");
  expect(inline.headers()["content-type"]).toBe("application/pdf");
  expect(inline.headers()["content-disposition"]).toMatch(/^inline/);
  await expect(page.getByTitle("The original PDF of data-scientist-en.pdf")).toBeVisible();

  const panel = page.getByTestId("score-panel");
  await panel.getByLabel("Vacancy").selectOption(vacancyId);
  await panel.getByRole("button", { name: "Calculate score" }).click();
  await expect(panel.getByTestId("total-score")).toContainText(/\d/);
  await expect(panel.getByTestId("matched")).toContainText("Python");
  await expect(panel.getByTestId("matched")).toContainText("SQL");
  await expect(panel.getByTestId("missing")).toContainText("Kubernetes");
  await expect(panel.getByTestId("missing")).toContainText("Terraform");
  await expect(panel).toContainText("Required skills");

  // Delete asks once, then the resume is gone.
  await page.getByRole("button", { name: "Delete resume" }).click();
  await page.getByRole("button", { name: "Yes, delete" }).click();
  await expect(page).toHaveURL(/\/resumes$/);
  expect((await page.request.get(`/api/v1/resumes/${id}`)).status()).toBe(404);
});

test("a resume with hidden text carries a clear warning", async ({ page }) => {
  await signInCompany(page);
  await page.goto("/resumes");
  const id = await uploadViaApi(page.request, page, "injected-en.pdf");
  await waitAnalysed(page.request, id);
  await page.goto(`/resumes/${id}`);
  await expect(page.getByTestId("hidden-text-warning")).toContainText(
    "This file contains text a reader cannot see; it was ignored in parsing and scoring.",
  );
});

test("the statistics page shows the figures as charts and tables", async ({ page }) => {
  await signInCompany(page);
  await page.goto("/resumes");
  const vacancyId = await createVacancy(page, "Data Scientist, statistics");
  const id = await uploadViaApi(page.request, page, "data-scientist-en.pdf", vacancyId);
  await waitAnalysed(page.request, id);
  await page.goto("/resumes/statistics");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Resume statistics");
  await expect(page.getByTestId("stat-total")).toHaveText("1");
  for (const chart of ["distribution", "top-vacancies"]) {
    await expect(page.getByTestId(`chart-${chart}`).locator("svg.recharts-surface")).toBeVisible();
  }
  await expect(page.getByTestId("chart-top-vacancies").locator(".recharts-bar-rectangle")).toHaveCount(1);
  await page.getByTestId("chart-top-vacancies").getByText("The same figures as a table").click();
  await expect(page.getByTestId("chart-top-vacancies").getByRole("table")).toContainText("Data Scientist, statistics");
});

test("a candidate is refused the resume pages", async ({ page }) => {
  const email = uniqueEmail("resumes-candidate");
  await registerViaApi(page, { email, password: PASSWORD, firstName: "Cai", lastName: "Lun" });
  await signInQuickly(page, email, PASSWORD);
  for (const p of ["/resumes", "/resumes/statistics"]) {
    const res = await page.goto(p);
    expect(res?.status()).toBe(403);
  }
});

// Screenshots to look at (test-results/screenshots/), with data in them; no page wider than a phone.
for (const lang of ["en", "ru"] as const) {
  test(`resume pages, screenshots, ${lang}`, async ({ page, context }) => {
    test.setTimeout(240_000);
    await signInCompany(page, lang === "ru" ? "Северное сияние Аналитика" : "Northern Lights Analytics");
    await context.addCookies([{ name: "lang", value: lang, url: "http://localhost" }]);
    await page.goto("/resumes");
    const vacancyId = await createVacancy(page, lang === "ru" ? "Специалист по данным" : "Data Scientist");
    const id = await uploadViaApi(page.request, page, "injected-en.pdf", vacancyId);
    const other = await uploadViaApi(page.request, page, "batch-ml-en.txt", vacancyId);
    await waitAnalysed(page.request, id);
    await waitAnalysed(page.request, other);
    // A finished batch, so the list page shows its bars and the statistics its figures.
    await page.goto("/resumes");
    await page.getByTestId("file-input").setInputFiles([
      { name: "batch-devops-en.rtf", mimeType: "application/rtf", buffer: readFileSync(file("batch-devops-en.rtf")) },
      { name: "broken.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\nnot a PDF\n%%EOF") },
    ]);
    await expect(page.getByTestId("batch-progress")).toHaveAttribute("data-done", "true", { timeout: 90_000 });
    const calc = await page.request.post(`/api/v1/resumes/${id}/calculate-score`, { headers: { Origin: origin(page) }, data: { vacancy_id: vacancyId } });
    expect(calc.status(), await calc.text()).toBe(200);

    for (const [device, viewport] of Object.entries({ desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } })) {
      await page.setViewportSize(viewport);
      // The first page keeps the batch panel (a client-side state): shoot it before navigating away.
      if (device === "desktop") await page.screenshot({ path: `test-results/screenshots/resumes-batch-${device}-${lang}.png`, fullPage: true });
      for (const [name, url] of [
        ["resumes", "/resumes"],
        ["resume-detail", `/resumes/${id}`],
        ["resume-detail-text", `/resumes/${other}`],
        ["resume-statistics", "/resumes/statistics"],
      ] as const) {
        await page.goto(url);
        await expect(page.locator("html")).toHaveAttribute("lang", lang);
        if (name === "resumes") await expect(page.getByTestId("resume-row").first()).toBeVisible();
        if (name.startsWith("resume-detail")) await expect(page.getByTestId("score-panel")).toBeVisible();
        if (name === "resume-statistics") await expect(page.locator("svg.recharts-surface").first()).toBeVisible();
        await settled(page);
        const { scrollWidth } = await horizontalOverflow(page);
        if (device === "phone") expect(scrollWidth, `${url} is wider than the phone`).toBeLessThanOrEqual(390);
        await page.screenshot({ path: `test-results/screenshots/${name}-${device}-${lang}.png`, fullPage: true });
      }
    }
    // Dark theme: the semantic colours should carry the pages and the charts.
    await page.setViewportSize({ width: 1280, height: 800 });
    // Reduced motion draws the bars at once (no animation), which also keeps the shot steady.
    await page.emulateMedia({ colorScheme: "dark", reducedMotion: "reduce" });
    for (const [name, url] of [["resume-detail", `/resumes/${id}`], ["resume-statistics", "/resumes/statistics"]] as const) {
      await page.goto(url);
      if (name === "resume-detail") await expect(page.getByTestId("total-score")).toBeVisible();
      else await expect(page.getByTestId("chart-distribution").locator(".recharts-bar-rectangle").first()).toBeVisible();
      await settled(page);
      await page.screenshot({ path: `test-results/screenshots/${name}-dark-${lang}.png`, fullPage: true });
    }
  });
}

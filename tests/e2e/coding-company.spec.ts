import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { horizontalOverflow, registerViaApi, SIGNED_OUT, signInQuickly, uniqueEmail } from "./support";

// The company's side of coding interviews, end to end: create an interview and get the invite
// link, watch the candidate (a second browser with no account) live, read the report. The real
// server runs the real sandbox, the built-in interviewer and the report builder.
test.use({ storageState: SIGNED_OUT });
test.describe.configure({ timeout: 180_000 });

const PASSWORD = "coding-company-e2e-passphrase";

// A candidate's own FizzBuzz (Python): correct, written the way a candidate writes it.
const SOLUTION = [
  "def fizz_buzz(n: int) -> list[str]:",
  "    out = []",
  "    for i in range(1, n + 1):",
  "        if i % 15 == 0:",
  '            out.append("FizzBuzz")',
  "        elif i % 3 == 0:",
  '            out.append("Fizz")',
  "        elif i % 5 == 0:",
  '            out.append("Buzz")',
  "        else:",
  "            out.append(str(i))",
  "    return out",
  "",
].join("\n");
// Pasted into the editor: over the room's big-paste threshold (200 characters).
const PASTED = `\n# ${"notes copied from somewhere else ".repeat(8)}\n`;

async function signInCompany(page: Page, companyName: string) {
  const email = uniqueEmail("coding-company");
  await registerViaApi(page, { email, password: PASSWORD, firstName: "Mira", lastName: "Holm", companyName });
  await signInQuickly(page, email, PASSWORD);
}

/** A fresh browser with no account: what a candidate who got the link has. */
async function candidateBrowser(browser: Browser) {
  const context = await browser.newContext({ storageState: SIGNED_OUT, viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: "http://localhost:3210" });
  return { context, page: await context.newPage() };
}

/**
 * Replaces everything in the room's Monaco editor with `code`, typed (no paste). The editor's own
 * indentation and bracket closing are turned off first, so the typed text keeps its own.
 */
async function typeInEditor(page: Page, code: string) {
  const editor = page.locator(".monaco-editor").first();
  await expect(editor).toBeVisible({ timeout: 30_000 });
  await page.evaluate(() => {
    const monaco = (window as unknown as { monaco: { editor: { getEditors(): Array<{ updateOptions(o: object): void }> } } }).monaco;
    for (const e of monaco.editor.getEditors()) e.updateOptions({ autoIndent: "none", autoClosingBrackets: "never", autoClosingQuotes: "never" });
  });
  await editor.click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(code);
}

/** A real paste (Ctrl+V from the clipboard) at the end of the editor's text. */
async function pasteInEditor(page: Page, text: string) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.locator(".monaco-editor").first().click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.press("ControlOrMeta+V");
}

test("a company invites a candidate, watches them live and reads the report", async ({ page, context, browser }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: "http://localhost:3210" });
  await signInCompany(page, "Harbour Analytics");

  // The list starts empty and says what to do.
  await page.goto("/interviews");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Coding interviews");
  await expect(page.getByTestId("interviews-empty")).toContainText("No interviews yet");

  // The name is required; the form says so without sending anything.
  await page.getByRole("button", { name: "Create and get the link" }).click();
  await expect(page.getByText("Enter the candidate's name.")).toBeVisible();

  await page.getByLabel("Candidate's name").fill("Ada Lovelace");
  await page.getByLabel("Candidate's email (optional)").fill("ada@example.test");
  await page.getByLabel("Programming language").selectOption("python");
  await page.getByLabel("Level", { exact: true }).selectOption("junior");
  await page.getByLabel("Interview language").selectOption("en");
  await page.getByLabel("Duration, minutes").fill("45");
  // The task list holds the bank's junior Python tasks.
  const task = page.getByLabel("Task", { exact: true });
  await expect(task.locator("option", { hasText: "FizzBuzz" })).toHaveCount(1);
  await task.selectOption({ label: "FizzBuzz" });
  await page.getByRole("button", { name: "Create and get the link" }).click();

  // The invite link, shown once, with a copy button.
  const invite = page.getByTestId("invite");
  await expect(invite).toContainText("Invite link for Ada Lovelace");
  const inviteUrl = await page.getByLabel("Invite link").inputValue();
  expect(inviteUrl).toMatch(/^https?:\/\/[^/]+\/interviews\/[0-9a-f-]{36}\?token=.+/);
  const { pathname, search } = new URL(inviteUrl);
  const interviewId = pathname.split("/")[2];
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByRole("button", { name: "Copied" })).toBeVisible();

  // The list shows it, not opened yet, linking to the live view.
  const row = page.getByTestId("interview-row").filter({ hasText: "Ada Lovelace" });
  await expect(row).toContainText("FizzBuzz");
  await expect(row.getByTestId("interview-status")).toHaveText("Invited");
  await expect(row.getByRole("link", { name: "Watch live" })).toHaveAttribute("href", `/interviews/${interviewId}/live`);

  // The live view waits for the candidate.
  await page.goto(`/interviews/${interviewId}/live`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ada Lovelace");
  await expect(page.getByTestId("live-view")).toHaveAttribute("data-live", "true");
  await expect(page.getByText("The candidate has not opened the link yet.")).toBeVisible();

  // The candidate opens the link in a browser with no account.
  const candidate = await candidateBrowser(browser);
  const room = candidate.page;
  await room.goto(pathname + search);
  await room.getByRole("button", { name: "I understand, start" }).click();
  await typeInEditor(room, SOLUTION);

  // The code reaches the live view as it is saved.
  const liveCode = page.getByTestId("live-code");
  await expect(liveCode).toContainText('out.append("FizzBuzz")', { timeout: 20_000 });
  await expect(page.getByTestId("interview-status")).toHaveText("In progress");
  await expect(page.getByTestId("timer")).toContainText("of 45:00");

  // A run and its result.
  await room.getByRole("button", { name: "Run", exact: true }).click();
  await expect(page.getByTestId("live-run").first()).toContainText("5 of 5 tests passed", { timeout: 30_000 });

  // A big paste is an anti-cheat event, seen as it happens.
  await pasteInEditor(room, PASTED);
  await expect(page.locator('[data-testid="live-event"][data-type="big_paste"]')).toBeVisible({ timeout: 20_000 });
  await expect(liveCode).toContainText("notes copied from somewhere else", { timeout: 20_000 });

  // The chat with the interviewer shows up too.
  await room.getByLabel("Message to the interviewer").fill("What is the time complexity of my solution?");
  await room.getByRole("button", { name: "Send" }).click();
  const chat = page.getByTestId("chat-transcript");
  await expect(chat).toContainText("What is the time complexity of my solution?", { timeout: 20_000 });
  await expect(chat.getByText("Interviewer", { exact: false }).first()).toBeVisible({ timeout: 30_000 });

  // The candidate finishes; the live view says so and links the report.
  await room.getByRole("button", { name: "Finish", exact: true }).click();
  await room.getByRole("button", { name: "Finish and see the report" }).click();
  await expect(page.getByTestId("interview-status")).toHaveText("Finished", { timeout: 60_000 });
  await page.getByTestId("open-report").click();
  await expect(page).toHaveURL(new RegExp(`/interviews/${interviewId}/report$`));
  await candidate.context.close();

  // The report: metrics, tests, anti-cheat, replay, transcript, texts.
  const report = page.getByTestId("report");
  await expect(report.getByRole("heading", { level: 1 })).toHaveText("Ada Lovelace");
  await expect(page.getByTestId("overall-score")).toHaveText(/^\d{1,3}\s?%$/);
  for (const metric of ["Correctness", "Optimality", "Code style", "Communication", "Overall score"]) {
    await expect(page.getByRole("meter", { name: metric })).toBeVisible();
  }
  // All visible and hidden tests pass with a correct solution.
  await expect(page.getByTestId("test-summary").locator('tr[data-set="visible"]')).toContainText("5 / 5");
  await expect(page.getByTestId("test-summary").locator('tr[data-set="hidden"]')).toContainText(/(\d+) \/ \1/);
  await expect(page.getByRole("meter", { name: "Correctness" })).toHaveAttribute("aria-valuenow", "100");
  // The metrics as a table, with how each is computed.
  await page.getByText("Show as a table, with how each is computed").click();
  await expect(page.getByTestId("metrics-table").locator("tbody tr")).toHaveCount(5);

  // Anti-cheat: the paste is counted and on the time axis.
  await expect(page.getByTestId("event-counts").locator('tr[data-type="big_paste"]')).toContainText("Large paste");
  await expect(page.getByTestId("anti-cheat-timeline").getByTestId("timeline-mark").first()).toBeAttached();
  await expect(page.getByTestId("suspicious-score")).toHaveText(/^\d{1,3}\s?%$/);

  // The replay: the slider moves the code back to the first saved version and forward again.
  const slider = page.getByLabel(/^Edit \d+ of \d+$/);
  const replay = page.getByTestId("replay-code");
  await expect(replay).toContainText("notes copied from somewhere else");
  const max = Number(await slider.getAttribute("max"));
  expect(max).toBeGreaterThanOrEqual(1);
  await slider.fill("0");
  await expect(page.getByText(`Edit 1 of ${max + 1}`)).toBeVisible();
  await expect(replay).not.toContainText("notes copied from somewhere else");
  await expect(replay).toContainText("def fizz_buzz");
  await slider.focus();
  await page.keyboard.press("End");
  await expect(replay).toContainText("notes copied from somewhere else");

  await expect(page.getByTestId("chat-transcript")).toContainText("What is the time complexity of my solution?");
  await expect(page.getByTestId("recruiter-report")).not.toBeEmpty();
  await expect(page.getByTestId("recommendations")).toContainText("Suggested level:");

  // Back in the list: finished, scored, linking to the report; the home page counts it.
  await page.goto("/interviews");
  await expect(row.getByTestId("interview-status")).toHaveText("Finished");
  await expect(row).toContainText(/\d{1,3}\s?%/);
  await expect(row.getByRole("link", { name: "Report" })).toHaveAttribute("href", `/interviews/${interviewId}/report`);
  await page.goto("/dashboard");
  const card = page.getByTestId("coding-card");
  await expect(card).toContainText("Coding interviews");
  await expect(card.locator("dd").nth(1)).toHaveText("1");
});

test("a candidate sees their own interviews and is sent to practise; other companies see nothing", async ({ page, browser }) => {
  const email = uniqueEmail("coding-candidate");
  await registerViaApi(page, { email, password: PASSWORD, firstName: "Lev", lastName: "Orlov" });
  await signInQuickly(page, email, PASSWORD);
  await page.goto("/interviews");
  await expect(page.getByTestId("interviews-empty")).toContainText("Start a practice interview");
  await expect(page.getByTestId("interviews-empty").getByRole("link", { name: "Start a practice interview" })).toHaveAttribute("href", "/interviews/new");

  // A practice interview started through the API appears, linking back into the room.
  const created = await page.request.post("/api/interviews", {
    headers: { Origin: "http://localhost:3210" },
    data: { language: "javascript", level: "junior" },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { interview_id: id } = (await created.json()) as { interview_id: string };
  await page.reload();
  const row = page.getByTestId("interview-row");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("JavaScript");
  await expect(row.getByRole("link", { name: "Continue" })).toHaveAttribute("href", `/interviews/${id}`);
  await page.goto("/dashboard");
  await expect(page.getByTestId("coding-card").getByRole("link", { name: "Start a practice interview" })).toHaveAttribute("href", "/interviews/new");

  // Another company cannot watch or read it.
  const other = await browser.newContext({ storageState: SIGNED_OUT });
  const otherPage = await other.newPage();
  await signInCompany(otherPage, "Someone Else Ltd");
  await otherPage.goto(`/interviews/${id}/live`);
  await expect(otherPage.getByTestId("interview-missing")).toContainText("Interview not found");
  await otherPage.goto(`/interviews/${id}/report`);
  await expect(otherPage.getByTestId("interview-missing")).toContainText("Interview not found");
  await other.close();
});

/** A finished interview made through the API with the invite token: runs, events, chat, edits. */
async function finishedInterview(request: APIRequestContext, companyPage: Page, lang: "en" | "ru", name: string) {
  const origin = { Origin: "http://localhost:3210" };
  const created = await companyPage.request.post("/api/interviews", {
    headers: origin,
    data: { candidate_name: name, language: "python", level: "junior", interview_language: lang, task_id: "fizzbuzz", duration_minutes: 45 },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { interview_id: id, invite_token: token } = (await created.json()) as { interview_id: string; invite_token: string };
  const as = { ...origin, "X-Interview-Token": token };
  const path = (tail: string) => `/api/interviews/${id}${tail}`;
  expect((await request.get(path(""), { headers: as })).status()).toBe(200);
  const steps = [SOLUTION.split("\n").slice(0, 3).join("\n"), SOLUTION.replace('out.append(str(i))', "out.append(i)"), SOLUTION];
  for (const code of steps) expect((await request.put(path("/code"), { headers: as, data: { code } })).status()).toBe(200);
  expect((await request.post(path("/run"), { headers: as, data: { code: steps[1] } })).status()).toBe(200);
  for (const event_type of ["tab_switch", "big_paste", "tab_switch"]) {
    const res = await request.post(path("/anti-cheat"), { headers: as, data: { event_type, metadata: { details: event_type === "big_paste" ? "412 characters at line 3" : "hidden 6 s" } } });
    expect(res.status()).toBe(200);
  }
  expect((await request.post(path("/run"), { headers: as, data: { code: SOLUTION } })).status()).toBe(200);
  const chat = await request.post(path("/chat"), { headers: as, data: { message: lang === "ru" ? "Какая сложность у моего решения?" : "What is the complexity of my solution?" } });
  expect(chat.status(), await chat.text()).toBe(200);
  const finished = await request.post(path("/finish"), { headers: as });
  expect(finished.status(), await finished.text()).toBe(200);
  return id;
}

// Screenshots to look at (test-results/screenshots/): the list with its invite, the live view and
// the report, at desktop and phone widths, in both languages; no page wider than a phone.
for (const lang of ["en", "ru"] as const) {
  test(`coding interview pages, screenshots, ${lang}`, async ({ page, context, request }) => {
    await signInCompany(page, lang === "ru" ? "Гавань Аналитика" : "Harbour Analytics");
    await context.addCookies([{ name: "lang", value: lang, url: "http://localhost" }]);
    const name = lang === "ru" ? "Ада Лавлейс" : "Ada Lovelace";
    const id = await finishedInterview(request, page, lang, name);
    // One more, opened but still running, for the live view.
    const running = await page.request.post("/api/interviews", {
      headers: { Origin: "http://localhost:3210" },
      data: { candidate_name: lang === "ru" ? "Борис Пастернак" : "Grace Hopper", language: "javascript", level: "middle", interview_language: lang },
    });
    const { interview_id: runningId, invite_token: runningToken } = (await running.json()) as { interview_id: string; invite_token: string };
    const as = { Origin: "http://localhost:3210", "X-Interview-Token": runningToken };
    await request.get(`/api/interviews/${runningId}`, { headers: as });
    const task = ((await (await request.get(`/api/interviews/${runningId}`, { headers: as })).json()) as { task: { initial_code: string } }).task;
    await request.put(`/api/interviews/${runningId}/code`, { headers: as, data: { code: `${task.initial_code}\n// ${lang === "ru" ? "сначала отсортирую" : "sort first"}\n` } });
    await request.post(`/api/interviews/${runningId}/anti-cheat`, { headers: as, data: { event_type: "tab_switch", metadata: { details: "hidden 4 s" } } });
    await request.post(`/api/interviews/${runningId}/run`, { headers: as, data: {} });

    for (const [device, viewport] of [
      ["desktop", { width: 1280, height: 800 }],
      ["phone", { width: 390, height: 844 }],
    ] as const) {
      await page.setViewportSize(viewport);
      for (const [shot, url, ready] of [
        ["interviews", "/interviews", "interview-rows"],
        ["live", `/interviews/${runningId}/live`, "live-code"],
        ["report", `/interviews/${id}/report`, "replay-code"],
        ["dashboard", "/dashboard", "coding-card"],
      ] as const) {
        await page.goto(url);
        await expect(page.locator("html")).toHaveAttribute("lang", lang);
        await expect(page.getByTestId(ready)).toBeVisible();
        if (shot === "report") await expect(page.getByTestId("chat-transcript")).toBeVisible();
        if (shot === "live") {
          await expect(page.getByTestId("live-run").first()).toBeVisible();
          await expect(page.getByTestId("live-view")).toHaveAttribute("data-live", "true");
        }
        const { scrollWidth, viewport: width } = await horizontalOverflow(page);
        expect(scrollWidth, `${shot} on a ${device} is wider than the screen`).toBeLessThanOrEqual(width);
        await page.screenshot({ path: `test-results/screenshots/coding-${shot}-${device}-${lang}.png`, fullPage: true });
      }
    }
  });
}

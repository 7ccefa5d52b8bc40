import { expect, test, type Page, type Request } from "@playwright/test";
import { horizontalOverflow, registerViaApi, SIGNED_OUT, signInQuickly, uniqueEmail } from "./support";

// The candidate's coding room, end to end against the real server, database and sandbox: practice
// start, the task, Monaco served from our own origin under the page's CSP, autosave, Run, the
// interviewer, anti-cheat events, Finish and the report; and an invite link used without an account.
test.use({ storageState: SIGNED_OUT });
test.describe.configure({ timeout: 180_000 });

const PASSWORD = "coding-room-passphrase";

async function signInCandidate(page: Page, lang: "en" | "ru" = "en") {
  const email = uniqueEmail("room");
  await registerViaApi(page, { email, password: PASSWORD, firstName: lang === "ru" ? "Вера" : "Cora", lastName: lang === "ru" ? "Соколова" : "Quinn", locale: lang });
  await signInQuickly(page, email, PASSWORD);
  await page.context().addCookies([{ name: "lang", value: lang, url: "http://localhost" }]);
}

/**
 * Everything the page asks for must stay on our origin (no CDN for Monaco or anything else), and
 * nothing may break the page's CSP. Collected for the whole test and asserted at its end.
 */
function watchOrigin(page: Page) {
  const offsite: string[] = [];
  const violations: string[] = [];
  const origin = "http://localhost:";
  const onRequest = (r: Request) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith("blob:") && !url.startsWith("data:")) offsite.push(url);
  };
  page.on("request", onRequest);
  page.on("worker", (w) => {
    if (!w.url().startsWith("blob:http://localhost:") && !w.url().startsWith(origin)) offsite.push(`worker ${w.url()}`);
  });
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text().slice(0, 300));
  });
  return { offsite, violations };
}

async function startPractice(page: Page, { language, interviewLanguage }: { language: "Python" | "JavaScript"; interviewLanguage: "English" | "Русский" }) {
  await page.goto("/interviews/new");
  await page.getByRole("radio", { name: language }).check();
  await page.getByRole("radio", { name: interviewLanguage }).check();
  await page.getByRole("button", { name: /Start the interview|Начать собеседование/ }).click();
  await expect(page).toHaveURL(/\/interviews\/[0-9a-f-]{36}$/);
  return page.url().split("/").pop()!;
}

async function acknowledge(page: Page, button: RegExp) {
  await expect(page.getByRole("heading", { level: 2, name: /Before you start|Перед началом/ })).toBeVisible();
  // The editor appears only after the candidate has been told what is recorded.
  await expect(page.locator(".monaco-editor")).toHaveCount(0);
  await page.getByRole("button", { name: button }).click();
}

async function editorReady(page: Page) {
  // Generous: Monaco is a few megabytes of script, and this machine's two cores are shared.
  await expect(page.locator(".monaco-editor .view-lines")).toBeVisible({ timeout: 60_000 });
  // The language's highlighting: Monaco's tokenizer gives keywords their own token class.
  await expect.poll(() => page.locator(".monaco-editor .view-lines span[class^='mtk']").evaluateAll((spans) => new Set(spans.map((s) => s.className)).size)).toBeGreaterThan(1);
}

/** Types at the end of the editor's text (Monaco's own keyboard handling, not a DOM value). */
async function typeAtEnd(page: Page, text: string) {
  await page.locator(".monaco-editor .view-lines").click();
  await page.keyboard.press("Control+End");
  await page.keyboard.press("Enter");
  await page.keyboard.insertText(text);
}

/** A paste as the browser delivers it: a ClipboardEvent carrying the text, on the editor's focused input. */
async function pasteIntoEditor(page: Page, text: string) {
  await page.locator(".monaco-editor .view-lines").click();
  await page.keyboard.press("Control+End");
  await page.evaluate((value) => {
    const data = new DataTransfer();
    data.setData("text/plain", value);
    document.activeElement!.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

/** What the browser does when the candidate switches to another tab. */
async function switchTabAway(page: Page) {
  await page.evaluate(() => {
    Object.defineProperty(document, "visibilityState", { configurable: true, get: () => "hidden" });
    document.dispatchEvent(new Event("visibilitychange"));
    Object.defineProperty(document, "visibilityState", { configurable: true, get: () => "visible" });
    document.dispatchEvent(new Event("visibilitychange"));
  });
}

function antiCheatPosted(page: Page, type: string) {
  return page.waitForResponse((r) => r.url().endsWith("/anti-cheat") && r.request().method() === "POST" && (r.request().postData() ?? "").includes(`"${type}"`));
}

test("a candidate practises: task, Monaco from our origin, autosave, Run, interviewer, anti-cheat, finish, report", async ({ page }) => {
  const watch = watchOrigin(page);
  await signInCandidate(page);
  const id = await startPractice(page, { language: "Python", interviewLanguage: "English" });
  const monacoScripts: string[] = [];
  page.on("response", (r) => {
    if (r.url().includes("/monaco/")) monacoScripts.push(`${r.status()} ${new URL(r.url()).pathname}`);
  });

  await acknowledge(page, /I understand, start/);
  const taskPanel = page.getByTestId("task-panel");
  await expect(taskPanel.getByRole("heading", { level: 2, name: "Task" })).toBeVisible();
  await expect(taskPanel.getByText("Examples")).toBeVisible();
  await expect(taskPanel.getByText(/Tests that Run checks \(\d+\)/)).toBeVisible();
  await expect(page.getByTestId("room-timer")).toContainText(/\d\d:\d\d/);
  await editorReady(page);
  // Monaco came from /monaco/<version>/vs on our server.
  expect(monacoScripts.some((s) => /^200 \/monaco\/\d+\.\d+\.\d+\/vs\/loader\.js$/.test(s))).toBe(true);
  expect(monacoScripts.filter((s) => !s.startsWith("200"))).toEqual([]);
  // It serves Monaco's files of the installed version and nothing else.
  const version = monacoScripts[0].match(/\/monaco\/([\d.]+)\//)![1];
  for (const bad of ["/monaco/0.0.1/vs/loader.js", `/monaco/${version}/vs/%2e%2e/package.json`, `/monaco/${version}/package.json`, `/monaco/${version}/vs/editor/editor.main.d.ts`]) {
    expect((await page.request.get(bad)).status(), bad).toBe(404);
  }

  // Autosave: typing is saved a second later, and the server has the code.
  await typeAtEnd(page, "# checking the edge cases first");
  await expect(page.getByTestId("save-state")).toHaveText(/Saved at \d/);
  const saved = (await (await page.request.get(`/api/interviews/${id}`)).json()) as { current_code: string };
  expect(saved.current_code).toContain("# checking the edge cases first");

  // Run: every visible test with its input, expected and actual output, and the execution figures.
  await page.getByRole("button", { name: "Run", exact: true }).click();
  const results = page.getByTestId("run-results");
  await expect(results).toBeVisible({ timeout: 60_000 });
  await expect(results).toContainText(/\d+ of \d+ tests passed/);
  await expect(results).toContainText("Status:");
  await expect(results).toContainText(/Time:\s*\d+ ms/);
  await expect(results.getByText("Expected").first()).toBeVisible();
  await expect(results.getByText("Actual").first()).toBeVisible();

  // The interviewer answers in the chat.
  const chat = page.getByTestId("interviewer-chat");
  await chat.getByLabel("Message to the interviewer").fill("What time complexity should I aim for?");
  await chat.getByRole("button", { name: "Send" }).click();
  await expect(chat.locator("li").filter({ hasText: "What time complexity should I aim for?" })).toBeVisible();
  await expect(chat.locator("li[data-role=assistant]")).toHaveCount(1, { timeout: 30_000 });
  await expect(chat.locator("li[data-role=assistant]").first()).not.toBeEmpty();

  // Anti-cheat: a big paste into the editor and a tab switch are reported with their details.
  const paste = antiCheatPosted(page, "big_paste");
  await pasteIntoEditor(page, `# ${"pasted ".repeat(40)}`);
  expect((await paste).status()).toBe(200);
  expect((await paste).request().postDataJSON()).toMatchObject({ event_type: "big_paste", metadata: { details: expect.stringMatching(/characters pasted/) } });
  const tab = antiCheatPosted(page, "tab_switch");
  await switchTabAway(page);
  expect((await tab).status()).toBe(200);
  // Copying from the task panel.
  const copy = antiCheatPosted(page, "copy_from_description");
  await taskPanel.locator("p").first().selectText();
  await page.keyboard.press("Control+C");
  expect((await copy).status()).toBe(200);

  await page.screenshot({ path: "test-results/screenshots/coding-room-desktop-en.png", fullPage: true });

  // Finish (after a confirmation) shows the candidate's report.
  await page.getByRole("button", { name: "Finish", exact: true }).first().click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText("Finish the interview?");
  await dialog.getByRole("button", { name: "Finish and see the report" }).click();
  const report = page.getByTestId("interview-report");
  await expect(report).toBeVisible({ timeout: 90_000 });
  await expect(report.getByRole("meter", { name: "Overall" })).toBeVisible();
  await expect(report).toContainText("Hidden tests");
  await expect(report).toContainText("Recommendations");
  await page.screenshot({ path: "test-results/screenshots/coding-room-report-desktop-en.png", fullPage: true });

  // The events reached the interview's record, in its timeline.
  const timeline = await page.request.get(`/api/interviews/${id}/timeline`);
  expect(timeline.status()).toBe(200);
  const events = JSON.stringify(await timeline.json());
  for (const type of ["big_paste", "tab_switch", "copy_from_description"]) expect(events).toContain(type);

  // A finished interview opens read-only with its report.
  await page.reload();
  await expect(page.getByText("Finished", { exact: true })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId("interview-report")).toBeVisible({ timeout: 60_000 });
  await editorReady(page);
  await expect(page.getByRole("button", { name: "Run", exact: true })).toHaveCount(0);
  await expect(page.getByLabel("Message to the interviewer")).toHaveCount(0);

  expect(watch.offsite).toEqual([]);
  expect(watch.violations).toEqual([]);
});

test("an invite link opens the room without an account, and the company is sent to the live view", async ({ browser, page }) => {
  const companyEmail = uniqueEmail("room-company");
  await registerViaApi(page, { email: companyEmail, password: PASSWORD, firstName: "Ada", lastName: "Brandt", companyName: "Brandt Systems" });
  await signInQuickly(page, companyEmail, PASSWORD);
  await page.goto("/");
  const created = await page.request.post("/api/interviews", {
    // Cookie-authenticated writes carry our own Origin (the API's CSRF check).
    headers: { Origin: new URL(page.url()).origin },
    data: { language: "javascript", level: "junior", candidate_name: "Lena Ortiz", interview_language: "en" },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { interview_id: id, invite_url: inviteUrl, invite_token: token } = (await created.json()) as { interview_id: string; invite_url: string; invite_token: string };
  expect(inviteUrl).toContain(token);

  // The company member opening the room is sent to the live view.
  await page.goto(`/interviews/${id}`);
  await expect(page).toHaveURL(new RegExp(`/interviews/${id}/live`));

  // The candidate, with no account: the link's token is enough.
  const guest = await browser.newContext({ storageState: SIGNED_OUT, viewport: { width: 1280, height: 800 } });
  const room = await guest.newPage();
  const watch = watchOrigin(room);
  const tokenHeaders: Array<string | undefined> = [];
  room.on("request", (r) => {
    if (r.url().includes(`/api/interviews/${id}`)) tokenHeaders.push(r.headers()["x-interview-token"]);
  });
  await room.goto(`/interviews/${id}?token=${encodeURIComponent(token)}`);
  await acknowledge(room, /I understand, start/);
  // The token leaves the address bar once remembered for the tab.
  await expect(room).toHaveURL(new RegExp(`/interviews/${id}$`));
  await expect(room.getByText("Lena Ortiz")).toBeVisible();
  await editorReady(room);
  await typeAtEnd(room, "// first idea: a hash map");
  await expect(room.getByTestId("save-state")).toHaveText(/Saved at \d/);

  // A reload keeps working: the token is in sessionStorage.
  await room.reload();
  await editorReady(room);
  await expect(room.locator(".monaco-editor .view-lines")).toContainText("first idea: a hash map");
  expect(tokenHeaders.length).toBeGreaterThan(2);
  expect(tokenHeaders.every((h) => h === token)).toBe(true);

  // A browser without the token sees nothing.
  const stranger = await browser.newContext({ storageState: SIGNED_OUT });
  const other = await stranger.newPage();
  await other.goto(`/interviews/${id}`);
  await expect(other.getByText("This interview was not found")).toBeVisible();
  await expect(other.locator(".monaco-editor")).toHaveCount(0);

  expect(watch.offsite).toEqual([]);
  expect(watch.violations).toEqual([]);
  await guest.close();
  await stranger.close();
});

// Screenshots to look at (test-results/screenshots/): the start page, the notice, the room with a
// run and an answer, and the report; desktop 1280 and phone 390, English and Russian.
for (const lang of ["en", "ru"] as const) {
  test(`coding room screenshots, ${lang}`, async ({ page }) => {
    const words =
      lang === "ru"
        ? { speaks: "Русский" as const, start: /Понятно, начать/, run: "Запустить", send: "Отправить", finish: "Завершить", confirm: "Завершить и открыть отчёт", ask: "Какую сложность по времени ожидаете?" }
        : { speaks: "English" as const, start: /I understand, start/, run: "Run", send: "Send", finish: "Finish", confirm: "Finish and see the report", ask: "Can I get a hint?" };
    await signInCandidate(page, lang);
    for (const device of ["desktop", "phone"] as const) {
      await page.setViewportSize(device === "phone" ? { width: 390, height: 844 } : { width: 1280, height: 800 });
      await page.goto("/interviews/new");
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await page.screenshot({ path: `test-results/screenshots/coding-room-new-${device}-${lang}.png`, fullPage: true });
      await startPractice(page, { language: device === "phone" ? "JavaScript" : "Python", interviewLanguage: words.speaks });
      await page.screenshot({ path: `test-results/screenshots/coding-room-notice-${device}-${lang}.png`, fullPage: true });
      expect((await horizontalOverflow(page)).scrollWidth).toBeLessThanOrEqual((await horizontalOverflow(page)).viewport);
      await page.getByRole("button", { name: words.start }).click();
      await editorReady(page);
      await page.getByRole("button", { name: words.run, exact: true }).click();
      await expect(page.getByTestId("run-results")).toBeVisible({ timeout: 60_000 });
      const chat = page.getByTestId("interviewer-chat");
      await chat.getByRole("textbox").fill(words.ask);
      await chat.getByRole("button", { name: words.send }).click();
      await expect(chat.locator("li[data-role=assistant]")).toHaveCount(1, { timeout: 30_000 });
      const overflow = await horizontalOverflow(page);
      expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.viewport);
      await page.screenshot({ path: `test-results/screenshots/coding-room-${device}-${lang}.png`, fullPage: true });
      if (device === "desktop") {
        // Dark mode follows the app's theme, the editor's included.
        await page.context().addCookies([{ name: "theme", value: "dark", url: "http://localhost" }]);
        await page.reload();
        await editorReady(page);
        await expect(page.locator(".monaco-editor.vs-dark")).toBeVisible({ timeout: 30_000 });
        await page.screenshot({ path: `test-results/screenshots/coding-room-dark-${device}-${lang}.png`, fullPage: true });
        await page.context().addCookies([{ name: "theme", value: "light", url: "http://localhost" }]);
      }
      if (device === "phone") {
        await page.getByRole("button", { name: words.finish, exact: true }).first().click();
        await page.getByRole("dialog").getByRole("button", { name: words.confirm }).click();
        await expect(page.getByTestId("interview-report")).toBeVisible({ timeout: 90_000 });
        const after = await horizontalOverflow(page);
        expect(after.scrollWidth).toBeLessThanOrEqual(after.viewport);
        await page.screenshot({ path: `test-results/screenshots/coding-room-report-${device}-${lang}.png`, fullPage: true });
      }
    }
  });
}

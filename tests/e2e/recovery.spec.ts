import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { en } from "../../lib/i18n/dictionaries/en";
import { ru } from "../../lib/i18n/dictionaries/ru";
import { startServer, type TestServer } from "../support/server";
import { SIGNED_OUT, uniqueEmail } from "./support";

// Forgot password -> the link, read from the outbox by an admin -> reset -> sign in. Admins are
// made with scripts/create-admin.ts before a server opens the (PGlite) database, so this spec
// runs its own server, on a data folder that has an admin.

const SHOTS = "test-results/screenshots";
const DEVICES = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;
const DICTS = { en, ru } as const;
const ADMIN = { email: `admin-${Date.now().toString(36)}@e2e.offerpath.test`, password: "Adm1n-e2e-password" };

test.describe.configure({ mode: "serial" });
test.use({ storageState: SIGNED_OUT });

let server: TestServer;
let dataDir: string;

test.beforeAll(async () => {
  test.setTimeout(600_000);
  dataDir = mkdtempSync(path.join(os.tmpdir(), "offerpath-e2e-mail-"));
  const { DATABASE_URL: _embeddedOnly, ...env } = process.env;
  execFileSync(process.execPath, ["--import", "tsx", "scripts/create-admin.ts", ADMIN.email, ADMIN.password], {
    env: { ...env, DATA_DIR: dataDir, LOG_LEVEL: "warn" },
    stdio: "pipe",
  });
  server = await startServer({ dataDir });
  mkdirSync(SHOTS, { recursive: true });
});

test.afterAll(async () => {
  await server?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function newPage(browser: Browser, lang: keyof typeof DICTS, device: keyof typeof DEVICES): Promise<Page> {
  const context = await browser.newContext({ viewport: DEVICES[device], locale: lang === "ru" ? "ru-RU" : "en-US" });
  await context.addCookies([{ name: "lang", value: lang, url: server.url }]);
  return context.newPage();
}

async function signIn(page: Page, t: (typeof DICTS)[keyof typeof DICTS], email: string, password: string) {
  await page.getByLabel(t["auth.email"]).fill(email);
  await page.getByLabel(t["auth.password"], { exact: true }).fill(password);
  await page.getByRole("button", { name: t["signin.submit"], exact: true }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}

for (const lang of ["en", "ru"] as const) {
  for (const device of ["desktop", "phone"] as const) {
    test(`forgot -> outbox -> reset -> sign in (${lang}, ${device})`, async ({ browser }) => {
      // A whole flow in two browsers, on a machine shared with other builds.
      test.setTimeout(240_000);
      const t = DICTS[lang];
      const shot = (page: Page, step: string) => page.screenshot({ path: `${SHOTS}/recovery-${step}-${lang}-${device}.png`, fullPage: true });
      const user = { email: uniqueEmail(`reset-${lang}-${device}`), password: "Old-password-123", newPassword: "New-password-456" };
      const registered = await fetch(`${server.url}/api/v1/auth/register`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ username: `u_${Date.now().toString(36)}_${device}`, email: user.email, password: user.password, firstName: "Rita", locale: lang }),
      });
      expect(registered.status).toBe(201);

      // The user forgot the password: sign-in page -> "Forgot password?".
      const page = await newPage(browser, lang, device);
      await page.goto(`${server.url}/signin`);
      await page.getByRole("link", { name: t["recovery.forgotLink"] }).click();
      await expect(page).toHaveURL(/\/forgot-password$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(t["recovery.forgot.title"]);
      await page.getByLabel(t["auth.email"]).fill(user.email);
      await page.getByRole("button", { name: t["recovery.forgot.submit"] }).click();
      await expect(page.getByRole("main").getByRole("status")).toContainText(t["recovery.forgot.sent"].split("{minutes}")[0].trim());
      await shot(page, "1-forgot-sent");

      // An admin reads the link in the outbox.
      const admin = await newPage(browser, lang, device);
      await admin.goto(`${server.url}/signin?next=%2Fadmin%2Foutbox`);
      await admin.getByLabel(t["auth.email"]).fill(ADMIN.email);
      await admin.getByLabel(t["auth.password"], { exact: true }).fill(ADMIN.password);
      await admin.getByRole("button", { name: t["signin.submit"], exact: true }).click();
      await expect(admin).toHaveURL(/\/admin\/outbox$/);
      const subject = t["mail.reset.subject"];
      const message = admin.getByRole("listitem").filter({ hasText: user.email }).filter({ hasText: subject });
      await expect(async () => {
        await admin.reload();
        await expect(message).toHaveCount(1, { timeout: 1000 });
      }).toPass({ timeout: 15_000 });
      // Signing in applies the account's own language: the admin's is English, whatever this browser chose.
      await message.getByText(DICTS.en["mail.outbox.show"]).click();
      const body = await message.locator("pre").innerText();
      const link = body.match(/\S+\/reset-password\?token=[A-Za-z0-9_-]+/)?.[0];
      expect(link, body).toBeTruthy();
      await shot(admin, "2-outbox");
      await admin.context().close();

      // The user opens the link and chooses a new password.
      await page.goto(link!);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(t["recovery.reset.title"]);
      await page.getByLabel(t["recovery.reset.password"], { exact: true }).fill(user.newPassword);
      await page.getByLabel(t["recovery.reset.confirm"]).fill(user.newPassword + "x");
      await page.getByRole("button", { name: t["recovery.reset.submit"] }).click();
      await expect(page.getByText(t["recovery.reset.mismatch"])).toBeVisible();
      // A submitted form is reset: both passwords are typed again.
      await page.getByLabel(t["recovery.reset.password"], { exact: true }).fill(user.newPassword);
      await page.getByLabel(t["recovery.reset.confirm"]).fill(user.newPassword);
      await shot(page, "3-reset-form");
      await page.getByRole("button", { name: t["recovery.reset.submit"] }).click();
      await expect(page.getByRole("main").getByRole("status")).toHaveText(t["recovery.reset.done"]);
      await shot(page, "4-reset-done");

      // The link worked once.
      await page.goto(link!);
      await page.getByLabel(t["recovery.reset.password"], { exact: true }).fill("Third-password-789");
      await page.getByLabel(t["recovery.reset.confirm"]).fill("Third-password-789");
      await page.getByRole("button", { name: t["recovery.reset.submit"] }).click();
      await expect(page.getByRole("main").getByRole("alert")).toContainText(t["recovery.token.used"]);

      // Sign in with the new password.
      await page.goto(`${server.url}/signin`);
      await signIn(page, t, user.email, user.newPassword);
      await page.goto(`${server.url}/profile`);
      await expect(page.getByText(t["recovery.profile.verified"])).toBeVisible();
      await shot(page, "5-profile");
      await page.context().close();
    });
  }
}

test("the outbox page is for admins only, and the profile offers a new verification link", async ({ browser }) => {
  test.setTimeout(180_000);
  const user = { email: uniqueEmail("outbox-denied"), password: "Candidate-pass-123" };
  const registered = await fetch(`${server.url}/api/v1/auth/register`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: `c_${Date.now().toString(36)}`, email: user.email, password: user.password }),
  });
  expect(registered.status).toBe(201);
  const page = await newPage(browser, "en", "desktop");
  await page.goto(`${server.url}/signin`);
  await signIn(page, en, user.email, user.password);
  await page.goto(`${server.url}/admin/outbox`);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(en["mail.outbox.forbidden"]);
  await expect(page.getByRole("listitem").filter({ hasText: "@" })).toHaveCount(0);

  await page.goto(`${server.url}/profile`);
  await expect(page.getByText(en["recovery.profile.unverified"])).toBeVisible();
  await page.getByRole("button", { name: en["recovery.profile.resend"] }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText(en["recovery.profile.resent"].replace("{email}", user.email));
  await page.screenshot({ path: `${SHOTS}/recovery-profile-unverified-en-desktop.png`, fullPage: true });
  await page.context().close();
});

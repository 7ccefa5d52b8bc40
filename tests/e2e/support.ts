import { expect, type Page } from "@playwright/test";

/** The signed-in browser state the setup project saves for the specs. */
export const STORAGE_STATE = "tests/e2e/.auth/user.json";

/** The account the setup project registers; specs that need a signed-in user reuse its session. */
export const USER_FILE = "tests/e2e/.auth/user-account.json";
export interface E2eUser {
  email: string;
  password: string;
  firstName: string;
  lastName: string;
}

let counter = 0;
/** An email no other test (or earlier run on the same data folder) has used. */
export function uniqueEmail(tag: string): string {
  counter += 1;
  return `${tag}-${Date.now().toString(36)}-${process.pid}-${counter}@e2e.offerpath.test`;
}

/** Playwright's storage state for a browser that has never signed in. */
export const SIGNED_OUT = { cookies: [], origins: [] };

export async function signUpCandidate(page: Page, user: { firstName: string; lastName: string; email: string; password: string }) {
  await page.goto("/signup?role=candidate");
  await page.getByLabel("First name").fill(user.firstName);
  await page.getByLabel("Last name").fill(user.lastName);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password", { exact: true }).fill(user.password);
  await page.getByRole("button", { name: "Create candidate account" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Welcome, ${user.firstName} ${user.lastName}`);
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

export async function signOut(page: Page) {
  await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
}

/** Signs the page's browser context in through Auth.js's endpoint (what the form posts), without the form. */
export async function signInQuickly(page: Page, email: string, password: string) {
  const { csrfToken } = (await (await page.request.get("/api/authjs/csrf")).json()) as { csrfToken: string };
  const res = await page.request.post("/api/authjs/callback/password", {
    form: { csrfToken, email, password, callbackUrl: "/dashboard" },
    maxRedirects: 0,
  });
  expect(res.status()).toBe(302);
}

/** Registers an account through the API (seed 000's register): a candidate, or a company with `companyName`. */
export async function registerViaApi(
  page: Page,
  account: { email: string; password: string; firstName?: string; lastName?: string; locale?: "en" | "ru"; companyName?: string },
) {
  const { companyName, ...rest } = account;
  const res = await page.request.post("/api/v1/auth/register", {
    data: {
      username: `u_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`,
      ...rest,
      ...(companyName ? { role: "company", companyName } : {}),
    },
  });
  expect(res.status(), await res.text()).toBe(201);
}

/** Whether the page is wider than its viewport (a phone user would have to scroll sideways). */
export async function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; viewport: number }> {
  return page.evaluate(() => ({ scrollWidth: document.scrollingElement!.scrollWidth, viewport: window.innerWidth }));
}

/**
 * Waits until the page's fonts and images have loaded, before a screenshot. Not "networkidle":
 * a page that keeps a socket's long-polling or a refetch going never becomes idle, and a test
 * that waits for it hangs until its timeout.
 */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    const pending = [...document.images].filter((img) => !img.complete);
    await Promise.all(
      pending.map(
        (img) =>
          new Promise((done) => {
            img.addEventListener("load", done, { once: true });
            img.addEventListener("error", done, { once: true });
          }),
      ),
    );
  });
}

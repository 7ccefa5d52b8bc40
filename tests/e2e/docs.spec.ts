import { expect, test } from "@playwright/test";
import { SIGNED_OUT } from "./support";

// /docs: the API reference inside the app (header, footer, a way back, dark mode, EN/RU chrome),
// with Swagger UI from our own origin under the pages' nonce policy.
test.use({ storageState: SIGNED_OUT });

test("the API reference sits in the app's shell and renders the document from our origin", async ({ page }) => {
  const foreign: string[] = [];
  const blocked: string[] = [];
  page.on("request", (req) => {
    if (!req.url().startsWith("http://localhost")) foreign.push(req.url());
  });
  page.on("console", (msg) => {
    if (/Content Security Policy/i.test(msg.text())) blocked.push(msg.text());
  });
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/docs");
  await expect(page).toHaveTitle("API reference · Offerpath");
  await expect(page.getByRole("banner").getByRole("link", { name: "Offerpath home" })).toBeVisible();
  await expect(page.getByRole("contentinfo")).toBeVisible();
  await expect(page.getByRole("main").getByRole("heading", { level: 1 }).first()).toHaveText("API reference");
  for (const part of ["Accounts", "Learning", "Hiring", "Resume analysis", "Coding interviews", "Resume builder"]) {
    await expect(page.getByRole("main").getByRole("listitem").filter({ hasText: part }).first()).toBeVisible();
  }
  // Swagger UI ran: the document's intro names the product's parts, not seed numbers.
  await expect(page.locator("#swagger .opblock").first()).toBeVisible();
  const intro = page.locator("#swagger .info");
  await expect(intro).toContainText("Resume analysis");
  await expect(intro).not.toContainText("seed");
  expect(foreign).toEqual([]);
  expect(blocked).toEqual([]);

  // A way back.
  await page.getByRole("link", { name: "Back to Offerpath" }).click();
  await expect(page).toHaveURL(/\/$/);
});

test("the API reference follows the dark theme and the Russian interface", async ({ page, context }) => {
  await context.addCookies([
    { name: "lang", value: "ru", url: "http://localhost" },
    { name: "theme", value: "dark", url: "http://localhost" },
  ]);
  await page.goto("/docs");
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(page.getByRole("main").getByRole("heading", { level: 1 }).first()).toHaveText("Справочник API");
  await expect(page.getByRole("link", { name: "Вернуться в Offerpath" })).toBeVisible();
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(11, 14, 20)");
  await expect(page.locator("#swagger .opblock").first()).toBeVisible();
  // Swagger UI is light only; in dark mode its panel is inverted.
  expect(await page.locator(".docs-swagger").evaluate((el) => getComputedStyle(el).filter)).toContain("invert");
});

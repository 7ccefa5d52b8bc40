import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { SIGNED_OUT, USER_FILE, type E2eUser } from "./support";

const user = (): E2eUser => JSON.parse(readFileSync(USER_FILE, "utf8"));

test("switching to Russian changes the text, survives a reload and is saved on the account", async ({ page, request }, testInfo) => {
  const { email, password, firstName, lastName } = user();
  await page.goto("/dashboard");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Welcome, ${firstName} ${lastName}`);

  await page.getByRole("group", { name: "Interface language" }).getByRole("button", { name: "RU" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Здравствуйте, ${firstName} ${lastName}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(page.getByRole("navigation", { name: "Основная навигация" }).getByRole("link", { name: "Профиль" })).toBeVisible();

  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Здравствуйте, ${firstName} ${lastName}`);
  await page.screenshot({ path: testInfo.outputPath("dashboard-ru.png"), fullPage: true });

  // The choice is on the account too, where API clients and new interviews read it.
  const login = await request.post("/api/v1/auth/login", { data: { email, password } });
  expect(login.status()).toBe(200);
  const { token } = (await login.json()) as { token: string };
  const profile = await request.get("/api/v1/user/profile", { headers: { authorization: `Bearer ${token}` } });
  expect(((await profile.json()) as { locale: string }).locale).toBe("ru");

  await page.getByRole("group", { name: "Язык интерфейса" }).getByRole("button", { name: "EN" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test.describe("a visitor with a Russian browser", () => {
  test.use({ storageState: SIGNED_OUT, locale: "ru-RU" });

  test("gets Russian until they choose a language", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    await expect(page.getByRole("link", { name: "Зарегистрироваться как кандидат" })).toBeVisible();
  });
});

test("dark mode switches at once and is rendered by the server after a reload", async ({ page }, testInfo) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/dashboard");
  const html = page.locator("html");
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const toggle = page.getByRole("banner").getByRole("switch", { name: "Dark mode" });

  await expect(toggle).toHaveAttribute("aria-checked", "false");
  expect(await background()).toBe("rgb(247, 248, 251)");

  await toggle.click();
  await expect(html).toHaveClass(/\bdark\b/);
  await expect(toggle).toHaveAttribute("aria-checked", "true");
  expect(await background()).toBe("rgb(11, 14, 20)");

  // The class comes from the `theme` cookie in the server's HTML, before any script runs.
  const served = await page.request.get("/dashboard");
  expect(await served.text()).toMatch(/<html[^>]*class="[^"]*\bdark\b/);
  await page.reload();
  await expect(html).toHaveClass(/\bdark\b/);
  expect(await background()).toBe("rgb(11, 14, 20)");
  await page.screenshot({ path: testInfo.outputPath("dashboard-dark.png"), fullPage: true });

  await toggle.click();
  await expect(html).toHaveClass(/\blight\b/);
  expect(await background()).toBe("rgb(247, 248, 251)");
});

test.describe("a visitor whose system prefers dark", () => {
  test.use({ storageState: SIGNED_OUT, colorScheme: "dark" });

  test("gets the dark theme without storing a choice", async ({ page }) => {
    await page.goto("/");
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(11, 14, 20)");
    await expect(page.getByRole("banner").getByRole("switch", { name: "Dark mode" })).toHaveAttribute("aria-checked", "true");
  });
});

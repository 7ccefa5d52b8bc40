import { expect, test, type Page } from "@playwright/test";
import { SIGNED_OUT } from "./support";

/** Every form control on the page has an accessible name (a label a screen reader can read). */
async function expectLabelledControls(page: Page) {
  const controls = page.getByRole("main").locator("input:not([type=hidden]), select, textarea");
  const count = await controls.count();
  for (let i = 0; i < count; i += 1) await expect(controls.nth(i)).toHaveAccessibleName(/\S/);
  const buttons = page.locator("button:visible, a:visible");
  const buttonCount = await buttons.count();
  for (let i = 0; i < buttonCount; i += 1) await expect(buttons.nth(i)).toHaveAccessibleName(/\S/);
  return count;
}

/** Collects CSP violations: a nonce that did not reach Next's scripts would show up here. */
function watchCsp(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (msg) => {
    if (/Content Security Policy/i.test(msg.text())) violations.push(msg.text());
  });
  return violations;
}

test.describe("signed out", () => {
  test.use({ storageState: SIGNED_OUT });

  for (const [path, inputs] of [["/", 0], ["/signin", 2], ["/signup?role=candidate", 4], ["/signup?role=company", 5], ["/learn", 0]] as const) {
    test(`${path} is labelled, keyboard-reachable and runs under the nonce CSP`, async ({ page }) => {
      const violations = watchCsp(page);
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      expect(await expectLabelledControls(page)).toBe(inputs);
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      await expect(page).toHaveTitle(/Offerpath/);

      // The first Tab lands on the skip link, which moves focus to the content.
      await page.keyboard.press("Tab");
      const skip = page.getByRole("link", { name: "Skip to content" });
      await expect(skip).toBeFocused();
      await expect(skip).toBeVisible();
      await page.keyboard.press("Enter");
      await expect(page.locator("main#main")).toBeFocused();

      // Next's client runtime booted, which needs its scripts to have run under the policy.
      await page.waitForFunction(() => Boolean((window as { next?: { version?: string } }).next?.version));
      expect(violations).toEqual([]);
    });
  }

  test("a phone shows the landing page with the menu collapsed", async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/");
    const banner = page.getByRole("banner");
    const menuButton = banner.getByRole("button", { name: "Open menu" });
    await expect(menuButton).toBeVisible();
    await expect(menuButton).toHaveAttribute("aria-expanded", "false");
    await expect(banner.getByRole("link", { name: "Learning" })).toBeHidden();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    // Nothing is wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: testInfo.outputPath("landing-phone.png") });

    await menuButton.click();
    await expect(banner.getByRole("button", { name: "Close menu" })).toHaveAttribute("aria-expanded", "true");
    await expect(banner.getByRole("link", { name: "Learning" })).toBeVisible();
    await expect(banner.getByRole("link", { name: "Sign up" })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath("landing-phone-menu.png") });
    await page.keyboard.press("Escape");
    await expect(banner.getByRole("link", { name: "Learning" })).toBeHidden();
  });

  test("pages that need an account send visitors to sign in", async ({ page }) => {
    for (const path of ["/dashboard", "/profile", "/company"]) {
      await page.goto(path);
      await expect(page).toHaveURL(new RegExp(`/signin\\?next=${encodeURIComponent(path)}$`));
    }
  });
});

test.describe("signed in", () => {
  for (const [path, inputs] of [["/dashboard", 0], ["/profile", 6], ["/learn", 0]] as const) {
    test(`${path} is labelled and runs under the nonce CSP`, async ({ page }, testInfo) => {
      const violations = watchCsp(page);
      await page.goto(path);
      expect(await expectLabelledControls(page)).toBe(inputs);
      expect(violations).toEqual([]);
      await page.screenshot({ path: testInfo.outputPath(`${path.slice(1)}.png`), fullPage: true });
    });
  }
});

test("security headers: a nonce policy for pages, a closed one for the API", async ({ request }) => {
  const page = await request.get("/");
  const csp = page.headers()["content-security-policy"];
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain("unsafe-eval");
  const nonce = /'nonce-([^']+)'/.exec(csp)![1];
  expect(await page.text()).toContain(`nonce="${nonce}"`);
  // A fresh nonce for every response.
  const again = (await request.get("/")).headers()["content-security-policy"];
  expect(again).not.toBe(csp);

  for (const response of [page, await request.get("/api/v1/monitoring/health")]) {
    const h = response.headers();
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["x-frame-options"]).toBe("DENY");
    expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(h["permissions-policy"]).toBe("camera=(), microphone=(), geolocation=()");
  }
  const api = await request.get("/api/v1/monitoring/health", { headers: { origin: "https://evil.example" } });
  expect(api.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  // Only origins in CORS_ORIGINS (https://app.example in this run) get a CORS grant.
  expect(api.headers()["access-control-allow-origin"]).toBeUndefined();

  const allowed = await request.get("/api/v1/monitoring/health", { headers: { origin: "https://app.example" } });
  expect(allowed.headers()["access-control-allow-origin"]).toBe("https://app.example");
  expect(allowed.headers()["access-control-expose-headers"]).toBe("x-request-id, retry-after");
  expect(allowed.headers().vary).toMatch(/Origin/i);

  const preflight = await request.fetch("/api/v1/user/profile", {
    method: "OPTIONS",
    headers: { origin: "https://app.example", "access-control-request-method": "PATCH", "access-control-request-headers": "authorization" },
  });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()["access-control-allow-methods"]).toBe("GET,POST,PUT,PATCH,DELETE,OPTIONS");
  expect(preflight.headers()["access-control-allow-headers"]).toBe("authorization, content-type, x-request-id");
  expect(preflight.headers()["access-control-max-age"]).toBe("600");

  // /docs is a page like the others: the same nonce policy.
  const docs = await request.get("/docs");
  expect(docs.headers()["content-security-policy"] ?? "").toContain("'nonce-");
  expect(docs.headers()["x-content-type-options"]).toBe("nosniff");
});

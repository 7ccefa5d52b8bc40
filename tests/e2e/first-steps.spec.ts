import { expect, test, type Page } from "@playwright/test";
import { horizontalOverflow, registerViaApi, SIGNED_OUT, signIn, signInQuickly, uniqueEmail } from "./support";

// What a new user met in the browser: each test here failed before its fix.
test.use({ storageState: SIGNED_OUT });

const PASSWORD = "first-steps-passphrase";

async function newCandidate(page: Page, extra: { locale?: "en" | "ru" } = {}) {
  const account = { email: uniqueEmail("steps"), password: PASSWORD, firstName: "Mira", lastName: "Kovacs", ...extra };
  await registerViaApi(page, account);
  return account;
}

test("a blank first name is refused; a saved name shows in the header at once", async ({ page }) => {
  const account = await newCandidate(page);
  await signInQuickly(page, account.email, account.password);
  await page.goto("/profile");
  const banner = page.getByRole("banner");
  await expect(banner).toContainText("Mira Kovacs");

  const details = page.getByRole("region", { name: "Personal details" });
  await details.getByLabel("First name").fill("   ");
  await details.getByRole("button", { name: "Save changes" }).click();
  await expect(details.getByText("This field is required.")).toBeVisible();
  await expect(details.getByLabel("First name")).toHaveAttribute("aria-invalid", "true");
  await expect(details.getByText("Profile saved.")).toHaveCount(0);
  await page.reload();
  await expect(details.getByLabel("First name")).toHaveValue("Mira");

  await details.getByLabel("First name").fill("Miranda");
  await details.getByRole("button", { name: "Save changes" }).click();
  await expect(details.getByRole("status")).toHaveText("Profile saved.");
  // No reload: the layout was re-rendered with the new name.
  await expect(banner).toContainText("Miranda Kovacs");
});

test("signing in switches the interface to the account's language, both ways", async ({ page, context }) => {
  const russian = await newCandidate(page, { locale: "ru" });
  const english = await newCandidate(page, { locale: "en" });

  // An English browser signs in to a Russian account.
  await signIn(page, russian.email, russian.password);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Здравствуйте, Mira Kovacs");

  // The same browser (now with a Russian cookie) signs in to an English account.
  await context.clearCookies();
  await context.addCookies([{ name: "lang", value: "ru", url: page.url() }]);
  await page.goto("/signin");
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await page.getByLabel("Электронная почта").fill(english.email);
  await page.getByLabel("Пароль", { exact: true }).fill(english.password);
  await page.getByRole("button", { name: "Войти", exact: true }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome, Mira Kovacs");
});

test("a company signs up with its contact person and is greeted by name; its menu has Learning", async ({ page }) => {
  await page.goto("/signup?role=company");
  await page.getByLabel("Company name").fill("Orbit Freight");
  await page.getByLabel("First name").fill("Pavel");
  await page.getByLabel("Last name").fill("Orlov");
  await page.getByLabel("Email").fill(uniqueEmail("orbit"));
  await page.getByLabel("Password", { exact: true }).fill("ship-it-by-orbit");
  await page.getByRole("button", { name: "Create company account" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome, Pavel Orlov");
  await expect(page.getByRole("banner")).toContainText("Pavel Orlov");
  const nav = page.getByRole("navigation", { name: "Main navigation" });
  await expect(nav.getByRole("link", { name: "Learning" })).toBeVisible();

  // The next step is the company's own: describe it.
  await expect(page.getByTestId("next-step")).toContainText("Describe your company");
});

test("a company without a contact name is greeted by the company's name", async ({ page }) => {
  const email = uniqueEmail("nameless");
  await registerViaApi(page, { email, password: PASSWORD, companyName: "Quiet Harbour" });
  await signInQuickly(page, email, PASSWORD);
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome, Quiet Harbour");
});

test("home pages show the five capabilities, honestly marked, and the person's next step", async ({ page }) => {
  const account = await newCandidate(page);
  await signInQuickly(page, account.email, account.password);
  await page.goto("/dashboard");
  await expect(page.getByTestId("next-step")).toContainText("Your profile is ready");
  const tools = page.getByRole("region", { name: "Your tools" });
  await expect(tools.getByRole("listitem")).toHaveCount(5);
  for (const name of ["Resume builder", "Hiring", "Learning"]) {
    await expect(tools.getByRole("listitem").filter({ hasText: name }).first()).toContainText("Coming soon");
  }
  for (const name of ["Resume analysis", "Coding interviews"]) {
    await expect(tools.getByRole("listitem").filter({ hasText: name }).first()).toContainText("Available");
  }
  await expect(tools).toContainText("3 tools are coming soon");
  // Only what is there is a link.
  await expect(tools.getByRole("link")).toHaveCount(2);
  await expect(tools.getByRole("link").first()).toHaveAttribute("href", "/interviews");
  await expect(tools.getByRole("link").last()).toHaveAttribute("href", "/resumes");

  await page.goto("/learn");
  const learnTools = page.getByRole("region", { name: "Your tools" });
  await expect(learnTools.getByRole("listitem").first()).toContainText("Learning");
  await expect(page.getByRole("region", { name: "Your learning account" })).toContainText("Learner");
});

test("a guest is named Guest everywhere", async ({ page }) => {
  await page.goto("/learn");
  await page.getByRole("button", { name: "Continue as guest" }).click();
  await expect(page).toHaveURL(/\/learn$/);
  await expect(page.getByRole("region", { name: "Your learning account" })).toContainText("Guest");
  await page.goto("/dashboard");
  // The Name row (a guest has no email, which is "Not set").
  await expect(page.getByRole("region", { name: "Account" }).locator("dd").first()).toHaveText("Guest");
});

test("a long unbroken word in a company description does not widen the phone layout", async ({ page }) => {
  const email = uniqueEmail("longword");
  await registerViaApi(page, { email, password: PASSWORD, firstName: "Lev", lastName: "Long", companyName: "Wide Words" });
  await signInQuickly(page, email, PASSWORD);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/company");
  await page.getByLabel("Description").fill(`Supercalifragilistic${"x".repeat(400)}`);
  await page.getByLabel("Company name").fill(`Wide${"W".repeat(90)}`);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status")).toHaveText("Company profile saved.");
  for (const path of ["/company", "/dashboard"]) {
    await page.goto(path);
    const { scrollWidth } = await horizontalOverflow(page);
    expect(scrollWidth, path).toBeLessThanOrEqual(390);
  }
});

test("a candidate is refused the company page with a 403 page", async ({ page }) => {
  const account = await newCandidate(page);
  await signInQuickly(page, account.email, account.password);
  const res = await page.goto("/company");
  expect(res?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Not available to your account");
});

test("the 404 page has its own title in both languages", async ({ page, context }) => {
  const res = await page.goto("/no-such-page");
  expect(res?.status()).toBe(404);
  await expect(page).toHaveTitle("Page not found — Offerpath");
  await context.addCookies([{ name: "lang", value: "ru", url: page.url() }]);
  await page.goto("/no-such-page");
  await expect(page).toHaveTitle("Страница не найдена — Offerpath");
});

/** WCAG relative luminance of an `rgb(...)` colour. */
function luminance(rgb: string): number {
  const [r, g, b] = rgb.match(/[\d.]+/g)!.slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

test("the main buttons show a visible focus ring on the light theme", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  const button = page.getByRole("link", { name: "Sign up as a candidate" });
  // Focus by keyboard, as :focus-visible requires.
  await page.keyboard.press("Tab");
  for (let i = 0; i < 30 && !(await button.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(button).toBeFocused();
  // The button's colours transition (outline included): read the ring once it has settled.
  await button.evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished)));
  const ring = await button.evaluate((el) => {
    const s = getComputedStyle(el);
    return {
      style: s.outlineStyle,
      width: s.outlineWidth,
      offset: s.outlineOffset,
      color: s.outlineColor,
      button: s.backgroundColor,
      // The colour the ring is drawn on: the nearest ancestor with an opaque background
      // (the body itself is transparent; the page colour sits on <html>).
      page: (() => {
        for (let node: Element | null = el.parentElement; node; node = node.parentElement) {
          const bg = getComputedStyle(node).backgroundColor;
          if (bg !== "transparent" && !/rgba\(.*,\s*0\)$/.test(bg)) return bg;
        }
        return "rgb(255, 255, 255)";
      })(),
    };
  });
  expect(ring.style).toBe("solid");
  expect(ring.width).toBe("2px");
  expect(ring.offset).toBe("2px");
  expect(contrast(ring.color, ring.page)).toBeGreaterThanOrEqual(3);
  // A ring in the button's own colour reads as a border, not as focus.
  expect(contrast(ring.color, ring.button)).toBeGreaterThanOrEqual(2);
  const box = (await button.boundingBox())!;
  await page.screenshot({
    path: "test-results/screenshots/focus-ring-light.png",
    clip: { x: box.x - 12, y: box.y - 12, width: box.width + 24, height: box.height + 24 },
  });
});

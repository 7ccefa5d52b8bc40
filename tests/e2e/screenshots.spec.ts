import { expect, test, type Page } from "@playwright/test";
import { horizontalOverflow, registerViaApi, SIGNED_OUT, signInQuickly, uniqueEmail } from "./support";

// Every page, on a desktop and a phone, in English and Russian: screenshots to look at
// (test-results/screenshots/), and no page wider than a 390 px phone.
test.use({ storageState: SIGNED_OUT });

const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;
const PASSWORD = "screenshots-passphrase";

type Who = "visitor" | "candidate" | "company";
const PAGES: Array<{ path: string; who: Who; name: string }> = [
  { path: "/", who: "visitor", name: "landing" },
  { path: "/signin", who: "visitor", name: "signin" },
  { path: "/signup?role=company", who: "visitor", name: "signup-company" },
  { path: "/learn", who: "visitor", name: "learn-visitor" },
  { path: "/docs", who: "visitor", name: "docs" },
  { path: "/no-such-page", who: "visitor", name: "not-found" },
  { path: "/dashboard", who: "candidate", name: "dashboard-candidate" },
  { path: "/profile", who: "candidate", name: "profile" },
  { path: "/learn", who: "candidate", name: "learn-candidate" },
  { path: "/company", who: "candidate", name: "forbidden" },
  { path: "/dashboard", who: "company", name: "dashboard-company" },
  { path: "/company", who: "company", name: "company" },
];

async function signInAs(page: Page, who: Who) {
  if (who === "visitor") return;
  const email = uniqueEmail(`shot-${who}`);
  await registerViaApi(page, {
    email,
    password: PASSWORD,
    firstName: "Sofia",
    lastName: "Lindqvist-Nakamura",
    ...(who === "company" ? { companyName: "Northern Lights Analytics" } : {}),
  });
  await signInQuickly(page, email, PASSWORD);
}

for (const lang of ["en", "ru"] as const) {
  for (const [device, viewport] of Object.entries(VIEWPORTS)) {
    for (const who of ["visitor", "candidate", "company"] as const) {
      test(`${who} pages, ${device}, ${lang}`, async ({ page, context }) => {
        test.setTimeout(240_000);
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme: "light" });
        await signInAs(page, who);
        await context.addCookies([{ name: "lang", value: lang, url: "http://localhost" }]);
        for (const { path, name } of PAGES.filter((p) => p.who === who)) {
          await page.goto(path);
          await expect(page.locator("html")).toHaveAttribute("lang", lang);
          if (name === "docs") await expect(page.locator("#swagger .opblock").first()).toBeVisible();
          const { scrollWidth } = await horizontalOverflow(page);
          if (device === "phone") expect(scrollWidth, `${path} is wider than the phone`).toBeLessThanOrEqual(390);
          await page.screenshot({ path: `test-results/screenshots/${name}-${device}-${lang}.png`, fullPage: true });
        }
      });
    }
  }
}

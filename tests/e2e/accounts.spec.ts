import { expect, test } from "@playwright/test";
import { SIGNED_OUT, signIn, signOut, signUpCandidate, uniqueEmail } from "./support";

// These flows start from a browser that has never signed in.
test.use({ storageState: SIGNED_OUT });

test("a candidate signs up, signs out and signs in again through the form", async ({ page }, testInfo) => {
  const user = { firstName: "Ada", lastName: "Lovelace", email: uniqueEmail("ada"), password: "analytical-engine-1843" };
  await signUpCandidate(page, user);
  const account = page.getByRole("region", { name: "Account" });
  await expect(account).toContainText(user.email);
  await expect(account).toContainText("Candidate");
  await expect(page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Profile" })).toBeVisible();

  await signOut(page);
  // Signed out means signed out: the dashboard sends the browser to sign in.
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/signin\?next=%2Fdashboard$/);

  // The one test that signs in by clicking through the form.
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password", { exact: true }).fill(user.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome, Ada Lovelace");
  await page.screenshot({ path: testInfo.outputPath("dashboard-candidate.png"), fullPage: true });
});

test("a wrong password shows one clear message and keeps the email", async ({ page }, testInfo) => {
  await signIn(page, "candidate@demo.offerpath.dev", "not-the-password");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Email or password is incorrect.");
  await expect(page).toHaveURL(/\/signin$/);
  await expect(page.getByLabel("Email")).toHaveValue("candidate@demo.offerpath.dev");

  // An unknown account gets exactly the same answer, so the form cannot be used to find accounts.
  await signIn(page, uniqueEmail("nobody"), "not-the-password");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Email or password is incorrect.");
  await page.screenshot({ path: testInfo.outputPath("signin-error.png") });
});

test("changing the password keeps this browser signed in; only the new password works afterwards", async ({ page }) => {
  const user = { firstName: "Grace", lastName: "Hopper", email: uniqueEmail("grace"), password: "first-compiler-1952" };
  const newPassword = "cobol-was-next-1959";
  await signUpCandidate(page, user);

  await page.goto("/profile");
  const form = page.getByRole("region", { name: "Change password" });
  await form.getByLabel("Current password").fill("wrong-current-password");
  await form.getByLabel("New password", { exact: true }).fill(newPassword);
  await form.getByLabel("Repeat new password").fill(newPassword);
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByText("The current password is incorrect.")).toBeVisible();

  await form.getByLabel("Current password").fill(user.password);
  await form.getByLabel("New password", { exact: true }).fill(newPassword);
  await form.getByLabel("Repeat new password").fill(newPassword);
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByRole("status")).toHaveText("Password changed. Other sessions were signed out.");

  // Still signed in after the change.
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome, Grace Hopper");

  await signOut(page);
  await signIn(page, user.email, user.password);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Email or password is incorrect.");
  await signIn(page, user.email, newPassword);
  await expect(page).toHaveURL(/\/dashboard$/);
});

test("signing up with a weak password or a taken email explains what to fix", async ({ page }) => {
  await page.goto("/signup?role=candidate");
  await page.getByLabel("First name").fill("Linus");
  await page.getByLabel("Last name").fill("Example");
  await page.getByLabel("Email").fill("candidate@demo.offerpath.dev");
  await page.getByLabel("Password", { exact: true }).fill("password123");
  await page.getByRole("button", { name: "Create candidate account" }).click();
  await expect(page.getByText("This password is too common. Choose another.")).toBeVisible();
  await expect(page.getByLabel("Password", { exact: true })).toHaveAttribute("aria-invalid", "true");
  // What was typed (except the password) survives the round trip.
  await expect(page.getByLabel("First name")).toHaveValue("Linus");

  await page.getByLabel("Password", { exact: true }).fill("a-much-better-passphrase");
  await page.getByRole("button", { name: "Create candidate account" }).click();
  await expect(page.getByText("An account with this email already exists. Sign in instead.")).toBeVisible();
  await expect(page).toHaveURL(/\/signup/);
});

test("a company signs up and lands on the company dashboard", async ({ page }, testInfo) => {
  const email = uniqueEmail("acme");
  await page.goto("/");
  await page.getByRole("link", { name: "Sign up as a company" }).click();
  await expect(page).toHaveURL(/\/signup\?role=company$/);
  await page.getByLabel("Company name").fill("Acme Robotics");
  await page.getByLabel("First name").fill("Wile");
  await page.getByLabel("Last name").fill("Coyote");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill("build-better-robots");
  await page.getByRole("button", { name: "Create company account" }).click();

  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome, Wile Coyote");
  await expect(page.getByRole("region", { name: "Company", exact: true })).toContainText("Acme Robotics");
  await expect(page.getByRole("region", { name: "Account" })).toContainText(email);
  const nav = page.getByRole("navigation", { name: "Main navigation" });
  await expect(nav.getByRole("link", { name: "Company profile" })).toBeVisible();

  // The company profile is editable and the dashboard shows the saved values.
  await nav.getByRole("link", { name: "Company profile" }).click();
  await page.getByLabel("City").fill("Kazan");
  await page.getByLabel("Website").fill("not a url");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Enter a full web address starting with https://")).toBeVisible();
  await page.getByLabel("Website").fill("https://acme.example");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status")).toHaveText("Company profile saved.");
  await page.goto("/dashboard");
  await expect(page.getByRole("region", { name: "Company", exact: true })).toContainText("Kazan");
  await page.screenshot({ path: testInfo.outputPath("dashboard-company.png"), fullPage: true });
});

test("a visitor enters learning as a guest from the landing page", async ({ page }, testInfo) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Try learning as a guest" }).click();
  await expect(page).toHaveURL(/\/learn$/);
  await expect(page.getByRole("heading", { name: "The learning module is on its way" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Your learning account" })).toContainText("Guest");
  // A guest's menu offers learning and signing up.
  const banner = page.getByRole("banner");
  await expect(banner.getByRole("link", { name: "Learning" })).toBeVisible();
  await expect(banner.getByRole("link", { name: "Sign up" })).toBeVisible();
  await expect(banner.getByRole("link", { name: "Dashboard" })).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath("learn-guest.png"), fullPage: true });
});

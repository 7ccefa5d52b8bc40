import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test as setup } from "@playwright/test";
import { STORAGE_STATE, uniqueEmail, USER_FILE, type E2eUser } from "./support";

// Registers one account through the API and signs it in through Auth.js's own endpoints (the
// POST its sign-in form would make), so specs start signed in without clicking the form.
setup("register a user and save its browser session", async ({ request }) => {
  const user: E2eUser = { email: uniqueEmail("setup"), password: "correct-horse-battery", firstName: "Erin", lastName: "Example" };
  const registered = await request.post("/api/v1/auth/register", {
    data: { username: `erin_${Date.now().toString(36)}`, email: user.email, password: user.password, firstName: user.firstName, lastName: user.lastName },
  });
  expect(registered.status(), await registered.text()).toBe(201);

  const { csrfToken } = (await (await request.get("/api/authjs/csrf")).json()) as { csrfToken: string };
  const signedIn = await request.post("/api/authjs/callback/password", {
    form: { csrfToken, email: user.email, password: user.password, callbackUrl: "/dashboard" },
    maxRedirects: 0,
  });
  expect(signedIn.status()).toBe(302);
  expect(signedIn.headers().location).toMatch(/\/dashboard$/);

  // The session works for pages: the dashboard greets the user instead of redirecting to sign-in.
  const dashboard = await request.get("/dashboard", { maxRedirects: 0 });
  expect(dashboard.status()).toBe(200);
  expect(await dashboard.text()).toContain(`Welcome, ${user.firstName} ${user.lastName}`);

  mkdirSync(path.dirname(STORAGE_STATE), { recursive: true });
  await request.storageState({ path: STORAGE_STATE });
  writeFileSync(USER_FILE, JSON.stringify(user));
});

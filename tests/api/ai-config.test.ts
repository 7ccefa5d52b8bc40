import net from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startFakeOpenAI, type FakeOpenAI } from "../support/fake-openai";
import { databaseKinds, startServer, type TestServer } from "../support/server";
import { api, expectError, registerV1 } from "./helpers/accounts";

const SERVER_KEY = "sk-server-secret-key-9999";
const USER_KEY = "sk-user-own-key-abcdef";
const GENERIC_FAILURE = "No working AI provider answered at this base URL with these settings";

describe.each(databaseKinds())("AI settings (seed 002 /api/ai) on %s", (kind) => {
  let server: TestServer;
  let fake: FakeOpenAI;

  beforeAll(async () => {
    fake = await startFakeOpenAI();
    server = await startServer({
      kind,
      // The fake provider is on loopback, which users' own base URLs may reach only when the operator allows it.
      env: { OPENAI_BASE_URL: fake.url, OPENAI_API_KEY: SERVER_KEY, AI_MODEL: "fake-gpt", AI_MAX_RETRIES: "0", AI_ALLOW_PRIVATE_BASE_URLS: "1" },
    });
  });
  afterAll(async () => {
    await server?.stop();
    await fake?.close();
  });
  beforeEach(() => fake.reset());

  async function guestToken(call: ReturnType<typeof api>) {
    const res = await call("POST", "/api/auth/guest-login", { json: {} });
    expect(res.status).toBe(200);
    return res.body.access_token as string;
  }

  it("shows the public default config without secrets", async () => {
    const res = await api(server.url)("GET", "/api/ai/default-config");
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      provider: "openai",
      model: "fake-gpt",
      base_url_host: new URL(fake.url).host,
      temperature: 0.7,
      max_tokens: 1024,
    });
    expect(JSON.stringify(res.body)).not.toContain(SERVER_KEY);
  });

  it("gives a new user the defaults, never the server's key", async () => {
    const call = api(server.url);
    expect((await call("GET", "/api/ai/user-config")).status).toBe(401);
    const { token } = await registerV1(call);
    const res = await call("GET", "/api/ai/user-config", { token });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ provider: "openai", model: "fake-gpt", source: "default", has_api_key: true, api_key_hint: null });
    expect(res.body.base_url).toBe(new URL(fake.url).origin);
    expect(JSON.stringify(res.body)).not.toContain(SERVER_KEY);
  });

  it("saves overrides, returns only a masked hint of the key, and uses them", async () => {
    const call = api(server.url);
    const { token } = await registerV1(call);
    const put = await call("PUT", "/api/ai/user-config", {
      token,
      json: { base_url: fake.url, model: "my-model", temperature: 0.2, api_key: USER_KEY },
    });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect(put.body).toMatchObject({ provider: "openai", base_url: fake.url, model: "my-model", temperature: 0.2, has_api_key: true, api_key_hint: "sk-…cdef", source: "user" });
    expect(JSON.stringify(put.body)).not.toContain(USER_KEY);

    const get = await call("GET", "/api/ai/user-config", { token });
    expect(get.body).toEqual(put.body);
    expect(JSON.stringify(get.body)).not.toContain(USER_KEY);

    const test = await call("POST", "/api/ai/test-connection", { token, json: {} });
    expect(test.status).toBe(200);
    expect(test.body).toMatchObject({ success: true, provider: "openai", model: "my-model", message: "Connected" });
    expect(test.body.latency_ms).toBeGreaterThanOrEqual(0);
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0].headers.authorization).toBe(`Bearer ${USER_KEY}`);
    expect(fake.requests[0].body.model).toBe("my-model");

    // Every field reset: back to the defaults.
    const reset = await call("POST", "/api/ai/user-config", {
      token,
      json: { base_url: null, model: null, temperature: null, api_key: null },
    });
    expect(reset.status).toBe(200);
    expect(reset.body).toMatchObject({ source: "default", model: "fake-gpt", api_key_hint: null });
  });

  it("never sends the server's key to a base URL the user chose", async () => {
    const call = api(server.url);
    const { token } = await registerV1(call);
    const own = fake.url.replace("127.0.0.1", "localhost");
    const put = await call("PUT", "/api/ai/user-config", { token, json: { base_url: own } });
    expect(put.body).toMatchObject({ base_url: own, has_api_key: false });
    const test = await call("POST", "/api/ai/test-connection", { token });
    expect(test.body.success).toBe(true);
    expect(fake.requests[0].headers.authorization).not.toContain(SERVER_KEY);
  });

  it("reports a failed connection as success: false with the reason", async () => {
    const call = api(server.url);
    const { token } = await registerV1(call);
    fake.requiredKey = "sk-the-right-one-0000";
    const wrongKey = await call("POST", "/api/ai/test-connection", { token, json: { api_key: "sk-wrong-key-1111" } });
    expect(wrongKey.status).toBe(200);
    expect(wrongKey.body).toMatchObject({ success: false, provider: "openai", model: "fake-gpt" });
    expect(wrongKey.body.message).toMatch(/rejected the API key/);

    fake.requiredKey = undefined;
    fake.script({ kind: "status", status: 500 });
    const serverError = await call("POST", "/api/ai/test-connection", { token });
    expect(serverError.body).toMatchObject({ success: false });
    expect(serverError.body.message).toMatch(/HTTP 500/);

    const unreachable = await call("POST", "/api/ai/test-connection", { token, json: { base_url: "http://127.0.0.1:9/v1" } });
    expect(unreachable.body).toMatchObject({ success: false });
    expect(unreachable.body.message).toBe(GENERIC_FAILURE);
  });

  it("reports every failure on a user's own base URL with one message (no port scanning)", async () => {
    const call = api(server.url);
    const { token } = await registerV1(call);
    const tries = [
      { json: { base_url: "http://127.0.0.1:9/v1" } }, // nothing listens: refused
      { json: { base_url: fake.url, api_key: "sk-wrong-key-1111" }, setup: () => void (fake.requiredKey = "sk-the-right-one-0000") }, // 401
      { json: { base_url: fake.url }, setup: () => fake.script({ kind: "status", status: 500, message: "internal detail at 10.0.0.7" }) },
      { json: { base_url: `${fake.url.replace(/\/v1$/, "")}/nowhere` } }, // 404
    ];
    for (const t of tries) {
      fake.reset();
      t.setup?.();
      const res = await call("POST", "/api/ai/test-connection", { token, json: t.json });
      expect(res.status).toBe(200);
      expect(res.body, JSON.stringify(t.json)).toEqual({ success: false, provider: "openai", model: "fake-gpt", latency_ms: 0, message: GENERIC_FAILURE });
    }
  });

  it("asks for the key again when the base URL changes, so a saved key never follows a new URL", async () => {
    const call = api(server.url);
    const { token } = await registerV1(call);
    const own = fake.url.replace("127.0.0.1", "localhost");
    expect((await call("PUT", "/api/ai/user-config", { token, json: { base_url: fake.url, api_key: USER_KEY } })).status).toBe(200);

    const moved = await call("PUT", "/api/ai/user-config", { token, json: { base_url: own } });
    expectError(moved, 422, "VALIDATION_ERROR");
    expect(moved.body.error.message).toMatch(/requires the API key again/);
    expect(moved.body.error.details).toMatchObject({ field: "api_key" });

    // The same URL without a key keeps the key; a new URL with a key, or with none on purpose, is fine.
    const same = await call("PUT", "/api/ai/user-config", { token, json: { base_url: fake.url, model: "m2" } });
    expect(same.body).toMatchObject({ base_url: fake.url, model: "m2", has_api_key: true, api_key_hint: "sk-…cdef" });
    const withNone = await call("PUT", "/api/ai/user-config", { token, json: { base_url: own, api_key: null } });
    expect(withNone.body).toMatchObject({ base_url: own, has_api_key: false });
    await call("POST", "/api/ai/test-connection", { token });
    expect(fake.requests.at(-1)!.headers.authorization).not.toContain(USER_KEY);
  });

  it("never sends the server's key to the user's saved URL when testing other settings", async () => {
    const call = api(server.url);
    const { token } = await registerV1(call);
    const own = fake.url.replace("127.0.0.1", "localhost");
    await call("PUT", "/api/ai/user-config", { token, json: { base_url: own } });
    const test = await call("POST", "/api/ai/test-connection", { token, json: { model: "other-model" } });
    expect(test.body).toMatchObject({ success: true, model: "other-model" });
    expect(fake.requests[0].headers.authorization ?? "").not.toContain(SERVER_KEY);
  });

  it("lets guests read their settings but not change or probe them", async () => {
    const call = api(server.url);
    const token = await guestToken(call);
    expect((await call("GET", "/api/ai/user-config", { token })).status).toBe(200);
    const put = await call("PUT", "/api/ai/user-config", { token, json: { model: "x" } });
    expect(put.status).toBe(403);
    expect(put.body.error.code).toBe("FORBIDDEN");
    const probe = await call("POST", "/api/ai/test-connection", { token, json: { base_url: "http://example.com/v1" } });
    expect(probe.status).toBe(403);
  });

  it("validates settings (422)", async () => {
    const call = api(server.url);
    const { token } = await registerV1(call);
    for (const json of [{ temperature: 3 }, { temperature: -0.1 }, { base_url: "ftp://example.com" }, { base_url: "not a url" }, { model: "" }]) {
      const res = await call("PUT", "/api/ai/user-config", { token, json });
      expect(res.status, JSON.stringify(json)).toBe(422);
      expect(res.body.error.code).toBe("VALIDATION_ERROR");
    }
  });
});

describe("users' base URLs with the default setting (private addresses refused)", () => {
  let server: TestServer;
  let fake: FakeOpenAI;
  let listener: net.Server;
  let connections = 0;

  beforeAll(async () => {
    fake = await startFakeOpenAI();
    // Something on the server's own network: it must never see a connection.
    listener = net.createServer((s) => s.destroy()).on("connection", () => void connections++);
    await new Promise<void>((resolve) => listener.listen(0, "127.0.0.1", resolve));
    // The operator's own endpoint is on loopback too, and trusted as is.
    server = await startServer({ env: { OPENAI_BASE_URL: fake.url, OPENAI_API_KEY: SERVER_KEY, AI_MODEL: "fake-gpt", AI_MAX_RETRIES: "0" } });
  });
  afterAll(async () => {
    await server?.stop();
    await fake?.close();
    await new Promise((r) => listener?.close(r));
  });

  it("still reaches the operator's own endpoint on loopback", async () => {
    const call = api(server.url);
    const { token } = await registerV1(call);
    const test = await call("POST", "/api/ai/test-connection", { token, json: {} });
    expect(test.body).toMatchObject({ success: true, provider: "openai" });
    expect(fake.requests).toHaveLength(1);
  });

  it("refuses every spelling of the server's own addresses before any connection", async () => {
    const call = api(server.url);
    const { token } = await registerV1(call);
    const port = (listener.address() as net.AddressInfo).port;
    const hosts = ["127.0.0.1", "0.0.0.0", "127.1", "2130706433", "0x7f.1", "[::1]", "[::ffff:127.0.0.1]", "localhost", "localhost.", "foo.localhost"];
    for (const host of hosts) {
      const base_url = `http://${host}:${port}/v1`;
      const put = await call("PUT", "/api/ai/user-config", { token, json: { base_url } });
      expectError(put, 422, "VALIDATION_ERROR");
      const test = await call("POST", "/api/ai/test-connection", { token, json: { base_url, api_key: "sk-probe" } });
      expectError(test, 422, "VALIDATION_ERROR");
      expect(JSON.stringify(test.body), base_url).not.toMatch(/ECONNREFUSED|connect|timeout/i);
    }
    expect(connections).toBe(0);
    expect((await call("GET", "/api/ai/user-config", { token })).body).toMatchObject({ source: "default" });
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { client, startServer, type TestServer } from "../support/server";

// The document and its viewer do not touch the database, so one database kind is enough.
describe("API documentation", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("serves the OpenAPI 3.1 document without a token", async () => {
    const res = await client(server.url)("GET", "/api/openapi.json");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(res.body.openapi).toBe("3.1.0");
    expect(res.body.info.title).toBe("Offerpath API");
    expect(res.body.paths["/api/auth/me"].get.security).toEqual([{ bearerAuth: [] }]);
    expect(res.body.paths["/api/openapi.json"].get).toBeDefined();
    expect(res.body.components.schemas.ErrorEnvelope).toBeDefined();
  });

  it("renders /docs with bundled Swagger UI assets; every script carries the page's nonce", async () => {
    const res = await fetch(`${server.url}/docs`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    // /docs is an app page (in the app's shell): its scripts, Next's inline ones included, run
    // only with this response's nonce.
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    const html = await res.text();

    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThanOrEqual(2);
    for (const [, attrs] of scripts) expect(attrs).toContain(`nonce="${nonce}"`);
    const scriptUrls = scripts.flatMap(([, attrs]) => /src="([^"]+)"/.exec(attrs)?.[1] ?? []);
    const styleUrls = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
    expect(scriptUrls.some((u) => u.startsWith("/docs/assets/swagger-ui-bundle.js"))).toBe(true);
    expect(scriptUrls.some((u) => u.startsWith("/docs/assets/init.js"))).toBe(true);
    expect(styleUrls.some((u) => u.startsWith("/docs/assets/swagger-ui.css"))).toBe(true);

    // Same origin only: a CDN URL would break offline and under the CSP.
    for (const url of [...scriptUrls, ...styleUrls]) expect(url.startsWith("/"), url).toBe(true);
    const swagger = (urls: string[]) => urls.filter((u) => u.startsWith("/docs/assets/"));
    for (const [urls, type] of [[swagger(scriptUrls), /^text\/javascript/], [swagger(styleUrls), /^text\/css/]] as const) {
      for (const url of urls) {
        const asset = await fetch(server.url + url);
        expect(asset.status, url).toBe(200);
        expect(asset.headers.get("content-type"), url).toMatch(type);
        expect(asset.headers.get("cache-control"), url).toContain("max-age=31536000");
        expect((await asset.text()).length, url).toBeGreaterThan(100);
      }
    }
  });

  it("points the Swagger UI initializer at the document", async () => {
    const res = await fetch(`${server.url}/docs/assets/init.js`);
    const body = await res.text();
    expect(body).toContain('url: "/api/openapi.json"');
    expect(body).toContain('dom_id: "#swagger"');
    expect(body).toContain("SwaggerUIBundle(");
  });

  it("serves only its listed asset files", async () => {
    for (const path of [
      "/docs/assets/index.html",
      "/docs/assets/package.json",
      "/docs/assets/..%2F..%2Fpackage.json",
      "/docs/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fpackage.json",
      "/docs/assets/swagger-ui-bundle.js.map",
    ]) {
      const res = await fetch(server.url + path);
      expect(res.status, path).toBe(404);
      expect(await res.text(), path).not.toContain('"dependencies"');
    }
  });
});

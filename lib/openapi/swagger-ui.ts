import { readFile } from "node:fs/promises";
import path from "node:path";
import swaggerUiPackage from "swagger-ui-dist/package.json";

// Swagger UI for /docs (app/docs/page.tsx, inside the app's shell): the swagger-ui-dist
// package's files, served by us from /docs/assets (no CDN), plus a small initializer file, so the
// page needs no inline script of its own.

const SECURITY_HEADERS = { "x-content-type-options": "nosniff" };

// Swagger UI's own initializer. The scripts load async (in either order) and the page may be
// rendered after "load", so it waits for both the bundle and its element, and looks again for a
// few seconds in case the element was rendered anew. validatorUrl null: the default sends the
// document to validator.swagger.io.
const INIT_JS = `(function start(tries) {
  var el = document.getElementById("swagger");
  if (window.SwaggerUIBundle && el && !el.firstChild) {
    window.ui = SwaggerUIBundle({
      url: "/api/openapi.json",
      dom_id: "#swagger",
      deepLinking: true,
      persistAuthorization: true,
      validatorUrl: null
    });
  }
  if (tries < 200) setTimeout(function () { start(tries + 1); }, 50);
})(0);
`;

/** The only files /docs/assets serves: a fixed list, so no request can name another file. */
const ASSETS: Record<string, { type: string; source: "package" | "init" }> = {
  "swagger-ui.css": { type: "text/css; charset=utf-8", source: "package" },
  "swagger-ui-bundle.js": { type: "text/javascript; charset=utf-8", source: "package" },
  "favicon-32x32.png": { type: "image/png", source: "package" },
  "favicon-16x16.png": { type: "image/png", source: "package" },
  "init.js": { type: "text/javascript; charset=utf-8", source: "init" },
};

// The asset URLs carry the package and app versions, so a year-long immutable cache is safe.
const VERSION = swaggerUiPackage.version;
const assetUrl = (file: string) => `/docs/assets/${file}?v=${VERSION}`;

/** Where the page finds Swagger UI's files. */
export const SWAGGER_ASSETS = {
  css: assetUrl("swagger-ui.css"),
  bundle: assetUrl("swagger-ui-bundle.js"),
  init: assetUrl("init.js"),
};

// Resolved from the working directory, where the server runs: bundling would inline megabytes
// of JavaScript into the route, and `require.resolve` means nothing inside Next's bundle.
const PACKAGE_DIR = path.join(process.cwd(), "node_modules", "swagger-ui-dist");

export async function docsAsset(file: string): Promise<Response> {
  const asset = Object.hasOwn(ASSETS, file) ? ASSETS[file] : undefined;
  if (!asset) return new Response("Not found", { status: 404, headers: { ...SECURITY_HEADERS, "content-type": "text/plain" } });
  const body = asset.source === "init" ? INIT_JS : await readFile(path.join(PACKAGE_DIR, file));
  return new Response(body as BodyInit, {
    headers: {
      ...SECURITY_HEADERS,
      "content-type": asset.type,
      "cache-control": "public, max-age=31536000, immutable",
    },
  });
}

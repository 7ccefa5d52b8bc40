import { readFile } from "node:fs/promises";
import path from "node:path";
import swaggerUiPackage from "swagger-ui-dist/package.json";

// The /docs page: Swagger UI from the swagger-ui-dist package, served by us (no CDN), with no
// inline script so the page's CSP can forbid them.

export const DOCS_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'";

const SECURITY_HEADERS = {
  "content-security-policy": DOCS_CSP,
  "x-content-type-options": "nosniff",
};

// Swagger UI's own initializer, minus its inline-script habit. validatorUrl null: the default
// sends the document to validator.swagger.io.
const INIT_JS = `window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({
    url: "/api/openapi.json",
    dom_id: "#swagger",
    deepLinking: true,
    persistAuthorization: true,
    validatorUrl: null
  });
});
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

export function docsPage(): Response {
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Offerpath API</title>
<link rel="stylesheet" href="${assetUrl("swagger-ui.css")}">
<link rel="icon" type="image/png" sizes="32x32" href="${assetUrl("favicon-32x32.png")}">
</head>
<body>
<div id="swagger"></div>
<script src="${assetUrl("swagger-ui-bundle.js")}"></script>
<script src="${assetUrl("init.js")}"></script>
</body>
</html>
`;
  return new Response(html, {
    headers: { ...SECURITY_HEADERS, "content-type": "text/html; charset=utf-8", "cache-control": "no-cache" },
  });
}

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

import { NextResponse, type NextRequest } from "next/server";

/**
 * A per-request nonce CSP for pages. The other security headers (lib/http/security-headers.ts)
 * are set by the custom server on every response, Next's 404s and static files included; API
 * paths (/api, /v1) never reach the proxy: the server sets their CSP and CORS
 * (server/api-headers.ts), which is far cheaper per request.
 * Next reads the nonce from the request's Content-Security-Policy header and puts it on its own
 * scripts, which is why pages must render dynamically (they do: the layout reads cookies).
 */


function pageCsp(nonce: string, pathname: string, dev = process.env.NODE_ENV === "development"): string {
  // The coding room's Monaco editor (served from /monaco, our origin) starts its workers from blob:
  // URLs and inlines its icon font as a data: URL; only the interview pages allow those.
  const monaco = pathname.startsWith("/interviews/");
  return [
    "default-src 'self'",
    // React's dev build evaluates code to rebuild server stacks; production never needs eval.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    `font-src 'self'${monaco ? " data:" : ""}`,
    ...(monaco ? ["worker-src 'self' blob:"] : []),
    "connect-src 'self' ws: wss:",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join("; ");
}

function pageResponse(request: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = pageCsp(nonce, request.nextUrl.pathname);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", csp);
  requestHeaders.set("x-nonce", nonce);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export function proxy(request: NextRequest): NextResponse {
  const { pathname } = request.nextUrl;
  // Swagger UI's files (not pages) for /docs.
  if (pathname.startsWith("/docs/assets/")) return NextResponse.next();
  return pageResponse(request);
}

export const config = {
  // Static build assets and the favicon are immutable files: no per-request CSP needed.
  // API paths get theirs from the custom server. /monaco is the coding room's editor files.
  matcher: ["/((?!api/|api$|v1/|v1$|_next/static|_next/image|favicon.ico|monaco/).*)"],
};

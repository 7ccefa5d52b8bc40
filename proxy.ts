import { NextResponse, type NextRequest } from "next/server";
import { config as appConfig } from "@/lib/config";

/**
 * Security headers for every response, a per-request nonce CSP for pages, and CORS for the API.
 * Next reads the nonce from the request's Content-Security-Policy header and puts it on its own
 * scripts, which is why pages must render dynamically (they do: the layout reads cookies).
 */

const COMMON_HEADERS: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
};

// JSON needs no scripts, styles or frames: anything an API response could be coaxed into rendering is refused.
const API_CSP = "default-src 'none'; frame-ancestors 'none'";

const CORS_HEADERS: Record<string, string> = {
  "Access-Control-Allow-Credentials": "false",
  "Access-Control-Allow-Headers": "authorization, content-type, x-request-id",
  "Access-Control-Allow-Methods": "GET,POST,PUT,PATCH,DELETE,OPTIONS",
  "Access-Control-Max-Age": "600",
  "Access-Control-Expose-Headers": "x-request-id, retry-after",
};

function pageCsp(nonce: string, dev = process.env.NODE_ENV === "development"): string {
  return [
    "default-src 'self'",
    // React's dev build evaluates code to rebuild server stacks; production never needs eval.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self' ws: wss:",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join("; ");
}

function withCommonHeaders(response: NextResponse): NextResponse {
  for (const [name, value] of Object.entries(COMMON_HEADERS)) response.headers.set(name, value);
  return response;
}

/** Only origins listed in CORS_ORIGINS get CORS headers; an empty list means same-origin only. */
function allowedOrigin(request: NextRequest): string | null {
  const origin = request.headers.get("origin");
  return origin && appConfig.corsOrigins.includes(origin) ? origin : null;
}

function apiResponse(request: NextRequest): NextResponse {
  const origin = allowedOrigin(request);
  const isPreflight = request.method === "OPTIONS" && request.headers.has("access-control-request-method");
  // A preflight is answered here: route handlers only define the methods they serve.
  const response = isPreflight ? new NextResponse(null, { status: 204 }) : NextResponse.next();
  response.headers.set("Content-Security-Policy", API_CSP);
  response.headers.append("Vary", "Origin");
  if (origin) {
    response.headers.set("Access-Control-Allow-Origin", origin);
    for (const [name, value] of Object.entries(CORS_HEADERS)) response.headers.set(name, value);
  }
  return withCommonHeaders(response);
}

function pageResponse(request: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = pageCsp(nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", csp);
  requestHeaders.set("x-nonce", nonce);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return withCommonHeaders(response);
}

export function proxy(request: NextRequest): NextResponse {
  const { pathname } = request.nextUrl;
  // /v1/* is rewritten to /api/v1/* after the proxy runs (seed 000's base path).
  if (/^\/(api|v1)(\/|$)/.test(pathname)) return apiResponse(request);
  // /docs sends its own policy (Swagger UI needs a different one).
  if (pathname === "/docs" || pathname.startsWith("/docs/")) return withCommonHeaders(NextResponse.next());
  return pageResponse(request);
}

export const config = {
  // Static build assets and the favicon are immutable files: no per-request headers needed.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};

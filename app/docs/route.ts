import { docsPage } from "@/lib/openapi/swagger-ui";

// Swagger UI for /api/openapi.json. A route handler, not a page: it sets its own CSP and loads
// only the bundled assets below /docs/assets.
export function GET(): Response {
  return docsPage();
}

import { errors } from "@/lib/http/errors";
import { errorResponse } from "@/lib/http/handle";

// Without this, an unknown /api path gets Next's HTML 404 page; API clients expect the JSON
// error envelope. More specific routes always win over this catch-all.
function notFound(req: Request): Response {
  return errorResponse(errors.notFound("API route"), req.headers.get("x-request-id") ?? undefined);
}

export const GET = notFound;
export const HEAD = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
export const OPTIONS = notFound;

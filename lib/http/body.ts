import { ApiError, errors } from "./errors";

/** Reads at most `limit` bytes of a request body; more is a 413, whatever Content-Length said. */
export async function readCapped(req: Request, limit: number): Promise<Buffer> {
  const declared = Number(req.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > limit) throw errors.tooLarge(limit);
  if (!req.body) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = req.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw errors.tooLarge(limit);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

export function mediaType(req: Request): string {
  return (req.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
}

export async function readJson(req: Request, limit: number): Promise<unknown> {
  const type = mediaType(req);
  if (type && type !== "application/json" && !type.endsWith("+json")) throw errors.unsupportedMediaType("application/json");
  const raw = await readCapped(req, limit);
  if (raw.length === 0) return undefined;
  try {
    return JSON.parse(raw.toString("utf8"));
  } catch {
    throw new ApiError("INVALID_JSON", "Request body is not valid JSON", undefined, 400);
  }
}

/** multipart/form-data or urlencoded -> a plain object; repeated fields become arrays. */
export async function readForm(req: Request, limit: number): Promise<Record<string, unknown>> {
  const raw = await readCapped(req, limit);
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(raw), { headers: { "content-type": req.headers.get("content-type") ?? "" } }).formData();
  } catch {
    throw new ApiError("BAD_REQUEST", "Request body is not valid form data", undefined, 400);
  }
  const out: Record<string, unknown> = {};
  for (const [name, value] of form.entries()) {
    const prev = out[name];
    out[name] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}

import { ApiError, errors } from "./errors";

/** What body parsing needs of a request, whether Next's Web Request or node's own (the fast path). */
export interface BodySource {
  readonly headers: { get(name: string): string | null };
  /** The whole body, at most `limit` bytes; more is a 413, whatever Content-Length said. */
  readBody(limit: number): Promise<Buffer>;
}

/** Reads at most `limit` bytes of a Web Request's body; more is a 413, whatever Content-Length said. */
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

export function mediaType(req: BodySource): string {
  return (req.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
}

export function isFormType(type: string): boolean {
  return type === "multipart/form-data" || type === "application/x-www-form-urlencoded";
}

export async function readJson(req: BodySource, limit: number): Promise<unknown> {
  const type = mediaType(req);
  if (type && type !== "application/json" && !type.endsWith("+json")) throw errors.unsupportedMediaType("application/json");
  const raw = await req.readBody(limit);
  if (raw.length === 0) return undefined;
  try {
    return JSON.parse(raw.toString("utf8"));
  } catch {
    throw new ApiError("INVALID_JSON", "Request body is not valid JSON", undefined, 400);
  }
}

/** multipart/form-data or urlencoded -> a plain object; repeated fields become arrays. */
export async function readForm(req: BodySource, limit: number): Promise<Record<string, unknown>> {
  const raw = await req.readBody(limit);
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

/**
 * Where a value parsed from a request holds a NUL character, or null. PostgreSQL's text cannot
 * store NUL, so one would reach the database as an error (a 500); no field of ours needs it.
 * Walks strings, object keys, arrays and uploaded files' names, without recursion (a body may
 * nest deeper than the stack).
 */
export function findNul(value: unknown): string | null {
  const stack: Array<[unknown, string]> = [[value, ""]];
  const at = (path: string, key: string) => (path ? `${path}.${key}` : key);
  while (stack.length > 0) {
    const [v, path] = stack.pop()!;
    if (typeof v === "string") {
      if (v.includes("\u0000")) return path || "(root)";
    } else if (v instanceof File) {
      if (v.name.includes("\u0000")) return at(path, "name");
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], at(path, String(i))]);
    } else if (v !== null && typeof v === "object") {
      const entries = Object.entries(v);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i];
        if (key.includes("\u0000")) return at(path, key.replaceAll("\u0000", "\\u0000"));
        stack.push([child, at(path, key)]);
      }
    }
  }
  return null;
}

import { readFile } from "node:fs/promises";
import path from "node:path";
import { MONACO_MIN_DIR, monacoVersion } from "@/components/interviews/room/monaco-assets";

// Monaco's files for the coding room, from the installed package (see monaco-assets.ts). Only its
// scripts and one stylesheet; the codicon font is inlined in the stylesheet as a data: URL.
const TYPES: Record<string, string> = { ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8" };

const notFound = () => new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain" } });

export async function GET(_request: Request, { params }: { params: Promise<{ version: string; path: string[] }> }) {
  const { version, path: parts } = await params;
  if (version !== monacoVersion()) return notFound();
  // Plain names only: no dot-files, no "..", no separators smuggled inside a segment.
  if (parts[0] !== "vs" || parts.some((p) => !/^[\w.-]+$/.test(p) || p.startsWith("."))) return notFound();
  const file = path.join(MONACO_MIN_DIR, ...parts);
  const type = TYPES[path.extname(file)];
  if (!type || !file.startsWith(MONACO_MIN_DIR + path.sep)) return notFound();
  try {
    const body = await readFile(file);
    return new Response(new Uint8Array(body), {
      headers: { "Content-Type": type, "Cache-Control": "public, max-age=31536000, immutable" },
    });
  } catch {
    return notFound();
  }
}

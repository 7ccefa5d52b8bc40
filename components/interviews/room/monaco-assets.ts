import { readFileSync } from "node:fs";
import path from "node:path";

// The coding room's editor is served from our own origin: the installed `monaco-editor` package's
// AMD build (`min/vs`) is read straight from node_modules by app/monaco/[version]/[...path], so no
// build step copies 25 MB and nothing is fetched from a CDN. Server-only (node:fs).

const PACKAGE_DIR = path.join(process.cwd(), "node_modules", "monaco-editor");
/** The folder /monaco/<version>/ maps to; the loader's `vs` path is its `vs` folder. */
export const MONACO_MIN_DIR = path.join(PACKAGE_DIR, "min");

let version: string | undefined;
/** The installed version; it is part of the URL, so the files can be cached for good. */
export function monacoVersion(): string {
  version ??= (JSON.parse(readFileSync(path.join(PACKAGE_DIR, "package.json"), "utf8")) as { version: string }).version;
  return version;
}

/** What `loader.config({ paths: { vs } })` gets. */
export function monacoVsPath(): string {
  return `/monaco/${monacoVersion()}/vs`;
}

import { ResumeFileError } from "./errors";

/** One step through an XML document: an opening tag (maybe self-closing), a closing tag, or text. */
export type XmlEvent =
  | { kind: "open"; name: string; attrs: Record<string, string>; selfClosing: boolean }
  | { kind: "close"; name: string }
  | { kind: "text"; text: string };

const ENTITY: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : "";
    }
    return ENTITY[e] ?? m;
  });
}

/**
 * Refuses XML that declares a document type or entities: with them a part could pull in files
 * (XXE) or expand a few bytes into gigabytes ("billion laughs"). Office never writes them.
 */
export function assertSafeXml(xml: string): void {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new ResumeFileError("UNSAFE_DOCUMENT");
}

const ATTR = /([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

/**
 * A minimal streaming reader for the well-formed, namespace-prefixed XML Office writes. No DTDs,
 * no entity expansion beyond the five predefined ones and character references.
 */
export function* xmlEvents(xml: string): Generator<XmlEvent> {
  assertSafeXml(xml);
  let i = 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf("<", i);
    if (lt < 0) {
      const text = xml.slice(i);
      if (text) yield { kind: "text", text: decodeEntities(text) };
      break;
    }
    if (lt > i) yield { kind: "text", text: decodeEntities(xml.slice(i, lt)) };
    if (xml.startsWith("<!--", lt)) {
      const end = xml.indexOf("-->", lt + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (xml.startsWith("<![CDATA[", lt)) {
      const end = xml.indexOf("]]>", lt + 9);
      yield { kind: "text", text: xml.slice(lt + 9, end < 0 ? n : end) };
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (xml[lt + 1] === "?" || xml[lt + 1] === "!") {
      const end = xml.indexOf(">", lt);
      i = end < 0 ? n : end + 1;
      continue;
    }
    const gt = xml.indexOf(">", lt);
    if (gt < 0) throw new ResumeFileError("CORRUPT_FILE");
    const body = xml.slice(lt + 1, gt);
    i = gt + 1;
    if (body[0] === "/") {
      yield { kind: "close", name: body.slice(1).trim() };
      continue;
    }
    const selfClosing = body.endsWith("/");
    const inner = selfClosing ? body.slice(0, -1) : body;
    const space = inner.search(/\s/);
    const name = space < 0 ? inner : inner.slice(0, space);
    const attrs: Record<string, string> = {};
    if (space >= 0) {
      for (const m of inner.slice(space).matchAll(ATTR)) attrs[m[1]] = decodeEntities(m[3] ?? m[4] ?? "");
    }
    yield { kind: "open", name, attrs, selfClosing };
  }
}

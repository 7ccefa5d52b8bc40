// Builds an ExtractedDocument from plain text for the parser's tests: each "|||"-separated part is
// one column (a two-column layout extracted column by column); "#" marks a bold heading line.
import type { ExtractedDocument, ExtractedLine } from "../types";

export function docFromText(text: string, options: { hidden?: string[]; format?: ExtractedDocument["format"] } = {}): ExtractedDocument {
  const lines: ExtractedLine[] = [];
  text.split("|||").forEach((part, column) => {
    for (const raw of part.split("\n")) {
      const bold = raw.startsWith("#");
      const t = bold ? raw.slice(1) : raw;
      if (!t.trim()) continue;
      lines.push({ text: t.trim(), page: 1, column, bold, fontSize: bold ? 12 : 10 });
    }
  });
  return { format: options.format ?? "txt", text: lines.map((l) => l.text).join("\n"), lines, hiddenText: options.hidden ?? [], pages: 1 };
}

import { dictionary, isLocale, translator, type Locale, type MessageKey } from "@/lib/i18n";
import type { MailMessage } from "./types";

export interface MailTemplate {
  subject: MessageKey;
  /** Paragraphs before the button. */
  intro: readonly MessageKey[];
  action?: { label: MessageKey; url: string };
  /** Paragraphs after it. */
  outro?: readonly MessageKey[];
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/**
 * A message in the recipient's language (`locale` is the user's, English when unknown): a plain
 * text body that works on its own (the link on its own line), and the same words as simple HTML.
 */
export function composeMail(
  template: MailTemplate,
  locale: string,
  vars: Record<string, string | number> = {},
): Omit<MailMessage, "to"> {
  const lang: Locale = isLocale(locale) ? locale : "en";
  const t = translator(dictionary(lang));
  const intro = template.intro.map((k) => t(k, vars));
  const outro = (template.outro ?? []).map((k) => t(k, vars));
  const action = template.action && { label: t(template.action.label, vars), url: template.action.url };

  const text = [
    t("mail.greeting"),
    ...intro,
    ...(action ? [`${action.label}:\n${action.url}`] : []),
    ...outro,
    t("mail.signature"),
  ].join("\n\n");

  const p = (s: string) => `<p style="margin:0 0 16px">${escapeHtml(s)}</p>`;
  const button = action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(action.url)}" style="background:#4f46e5;color:#fff;padding:12px 20px;border-radius:8px;text-decoration:none;display:inline-block">${escapeHtml(action.label)}</a></p>` +
      `<p style="margin:0 0 16px;font-size:13px;color:#555;word-break:break-all">${escapeHtml(action.url)}</p>`
    : "";
  const html =
    `<!doctype html><html lang="${lang}"><body style="font-family:system-ui,sans-serif;font-size:15px;line-height:1.5;color:#111;max-width:560px;margin:0 auto;padding:24px">` +
    p(t("mail.greeting")) +
    intro.map(p).join("") +
    button +
    outro.map(p).join("") +
    p(t("mail.signature")) +
    `</body></html>`;

  return { subject: t(template.subject, vars), text, html };
}

import { describe, expect, it } from "vitest";
import { composeMail } from "./compose";

const template = {
  subject: "mail.reset.subject",
  intro: ["mail.reset.intro"],
  action: { label: "mail.reset.action", url: 'https://app.example/reset-password?token=abc&x="<b>' },
  outro: ["mail.ignore"],
} as const;

describe("composeMail", () => {
  it("writes the text and HTML in the recipient's language, with the placeholders filled", () => {
    const ru = composeMail(template, "ru", { minutes: 30 });
    expect(ru.subject).toBe("Сброс пароля Offerpath");
    expect(ru.text).toContain("в течение 30 мин.");
    expect(ru.text).toContain('Задать новый пароль:\nhttps://app.example/reset-password?token=abc&x="<b>');
    expect(ru.html).toContain('<html lang="ru">');
  });

  it("falls back to English for an unknown locale", () => {
    const mail = composeMail(template, "de", { minutes: 5 });
    expect(mail.subject).toBe("Reset your Offerpath password");
    expect(mail.text).toContain("for 5 minutes");
  });

  it("escapes what goes into the HTML", () => {
    const mail = composeMail(template, "en", { minutes: "<script>" });
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain("&lt;script&gt;");
    expect(mail.html).toContain('href="https://app.example/reset-password?token=abc&amp;x=&quot;&lt;b&gt;"');
  });
});

import nodemailer from "nodemailer";
import type { MailTransport } from "./types";

/** Production transport: SMTP through nodemailer (`smtp://`, `smtps://`, with credentials in the URL). */
export function smtpTransport(url: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport(url);
  return {
    backend: "smtp",
    async send(message) {
      await transporter.sendMail({ from, to: message.to, subject: message.subject, text: message.text, html: message.html });
    },
    close() {
      transporter.close();
    },
  };
}

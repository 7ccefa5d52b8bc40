import { config } from "@/lib/config";
import { logger } from "@/lib/log";
import { outboxTransport } from "./outbox";
import { smtpTransport } from "./smtp";
import type { MailMessage, MailTransport } from "./types";

export type { MailMessage, MailTransport } from "./types";
export { composeMail, type MailTemplate } from "./compose";
export { appUrl } from "./app-url";
export { listOutbox, type OutboxPage } from "./outbox";
export { outboxTransport } from "./outbox";
export { smtpTransport } from "./smtp";

// Shared by the custom server and Next's bundled route handlers (one process, two module copies).
const state = ((globalThis as unknown as { offerpathMail?: { transport?: MailTransport } }).offerpathMail ??= {});

/** The configured transport: SMTP when SMTP_URL is set, otherwise the outbox table. */
export function mailTransport(): MailTransport {
  return (state.transport ??= config.mail.smtpUrl ? smtpTransport(config.mail.smtpUrl, config.mail.from) : outboxTransport());
}

/** Sends one message through the configured transport. */
export async function sendMail(message: MailMessage): Promise<void> {
  await mailTransport().send(message);
}

/**
 * Sends after the caller has answered: the answer does not wait for (or reveal anything by
 * the timing of) an SMTP round trip, and a failed delivery is logged, not the request's failure.
 */
export function sendMailLater(what: string, build: () => Promise<MailMessage | null>): void {
  void build()
    .then((message) => message && sendMail(message))
    .catch((err) => logger.error({ err, what }, "sending mail failed"));
}

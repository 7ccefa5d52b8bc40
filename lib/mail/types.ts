/** One message. `html` is optional: every message has a plain-text body that stands on its own. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

/** Where messages go: the outbox table (embedded default) or an SMTP server. */
export interface MailTransport {
  readonly backend: "outbox" | "smtp";
  send(message: MailMessage): Promise<void>;
  close?(): void;
}

import type { OutboxPage } from "./outbox";

export function outboxMessageView(m: OutboxPage["items"][number]) {
  return { id: m.id, to: m.to, subject: m.subject, text: m.text, html: m.html, created_at: m.createdAt.toISOString() };
}

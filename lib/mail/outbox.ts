import { db } from "@/lib/db";
import type { MailTransport } from "./types";

/** The embedded transport: each message becomes a row an admin reads at /admin/outbox. */
export function outboxTransport(): MailTransport {
  return {
    backend: "outbox",
    async send(message) {
      await db().mailOutbox.create({
        data: { to: message.to, subject: message.subject, text: message.text, html: message.html },
      });
    },
  };
}

export interface OutboxPage {
  items: Array<{ id: string; to: string; subject: string; text: string; html: string | null; createdAt: Date }>;
  total: number;
}

/** The outbox, newest first. Only admins may call this: the caller checks the role. */
export async function listOutbox(opts: { page: number; pageSize: number; to?: string }): Promise<OutboxPage> {
  const where = opts.to ? { to: opts.to.trim().toLowerCase() } : {};
  const [items, total] = await Promise.all([
    db().mailOutbox.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (opts.page - 1) * opts.pageSize,
      take: opts.pageSize,
    }),
    db().mailOutbox.count({ where }),
  ]);
  return { items, total };
}

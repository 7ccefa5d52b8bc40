import { handle } from "@/lib/http/handle";
import { listOutbox, mailTransport } from "@/lib/mail";
import { mailEndpoints } from "@/lib/mail/endpoints";
import { outboxMessageView } from "@/lib/mail/views";

export const GET = handle(mailEndpoints.outbox, async ({ query }) => {
  const { items, total } = await listOutbox({ page: query.page, pageSize: query.page_size, to: query.to });
  return { backend: mailTransport().backend, items: items.map(outboxMessageView), total, page: query.page, page_size: query.page_size };
});

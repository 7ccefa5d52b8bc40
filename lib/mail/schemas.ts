import { z } from "zod";

export const OutboxQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  page_size: z.coerce.number().int().min(1).max(100).default(20),
  // Only the messages to this address.
  to: z.string().trim().max(254).optional(),
});

export const OutboxMessage = z.object({
  id: z.uuid(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  html: z.string().nullable(),
  created_at: z.iso.datetime(),
});

export const OutboxResponse = z.object({
  backend: z.enum(["outbox", "smtp"]),
  items: z.array(OutboxMessage),
  total: z.number().int(),
  page: z.number().int(),
  page_size: z.number().int(),
});

import { defineEndpoint } from "@/lib/http/endpoint";
import * as s from "./schemas";

export const mailEndpoints = {
  outbox: defineEndpoint({
    method: "GET", path: "/api/admin/outbox", summary: "Mail kept in the outbox (embedded setup), newest first; admins only",
    tags: ["Administration"], auth: "user", roles: ["admin"], query: s.OutboxQuery, responses: { 200: s.OutboxResponse },
  }),
};

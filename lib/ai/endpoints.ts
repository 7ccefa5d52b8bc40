import { defineEndpoint } from "@/lib/http/endpoint";
import * as s from "./schemas";

const tags = ["AI settings"];

export const aiEndpoints = {
  getUserConfig: defineEndpoint({
    method: "GET", path: "/api/ai/user-config", summary: "The caller's effective AI settings (never the key)", tags,
    auth: "user", roles: ["candidate", "company", "admin", "guest"], responses: { 200: s.UserAiConfigResponse },
  }),
  putUserConfig: defineEndpoint({
    method: "PUT", path: "/api/ai/user-config", summary: "Set the caller's AI overrides (null resets a field)", tags,
    auth: "user", body: s.UserAiConfigBody, responses: { 200: s.UserAiConfigResponse },
  }),
  postUserConfig: defineEndpoint({
    method: "POST", path: "/api/ai/user-config", summary: "Set the caller's AI overrides (same as PUT)", tags,
    auth: "user", body: s.UserAiConfigBody, responses: { 200: s.UserAiConfigResponse },
  }),
  defaultConfig: defineEndpoint({
    method: "GET", path: "/api/ai/default-config", summary: "The server's default AI provider (public, no secrets)", tags,
    auth: "public", responses: { 200: s.DefaultAiConfigResponse },
  }),
  testConnection: defineEndpoint({
    method: "POST", path: "/api/ai/test-connection", summary: "Try a tiny completion with the effective or given settings", tags,
    auth: "user", roles: ["candidate", "company", "admin", "guest"], body: s.TestConnectionBody,
    responses: { 200: s.TestConnectionResponse },
  }),
};

export type AiEndpoints = typeof aiEndpoints;

import { testConnection } from "@/lib/ai";
import { aiEndpoints } from "@/lib/ai/endpoints";
import { connectionTestView } from "@/lib/ai/views";
import { handle } from "@/lib/http/handle";

export const POST = handle(aiEndpoints.testConnection, async ({ actor, body }) =>
  connectionTestView(
    await testConnection({
      actor,
      override: body && { baseUrl: body.base_url, model: body.model, apiKey: body.api_key, temperature: body.temperature },
    }),
  ),
);

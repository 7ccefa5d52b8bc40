import { effectiveAiConfig, setUserAiConfig } from "@/lib/ai";
import { aiEndpoints } from "@/lib/ai/endpoints";
import { userAiConfigView } from "@/lib/ai/views";
import { handle } from "@/lib/http/handle";

export const GET = handle(aiEndpoints.getUserConfig, async ({ actor }) => userAiConfigView(await effectiveAiConfig(actor.id)));

const save = (endpoint: typeof aiEndpoints.putUserConfig | typeof aiEndpoints.postUserConfig) =>
  handle(endpoint, async ({ actor, body }) =>
    userAiConfigView(
      await setUserAiConfig({
        actor,
        patch: { provider: body.provider, baseUrl: body.base_url, model: body.model, temperature: body.temperature, apiKey: body.api_key },
      }),
    ),
  );

export const PUT = save(aiEndpoints.putUserConfig);
export const POST = save(aiEndpoints.postUserConfig);

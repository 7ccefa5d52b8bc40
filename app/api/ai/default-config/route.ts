import { publicDefaultConfig } from "@/lib/ai";
import { aiEndpoints } from "@/lib/ai/endpoints";
import { defaultAiConfigView } from "@/lib/ai/views";
import { handle } from "@/lib/http/handle";

export const GET = handle(aiEndpoints.defaultConfig, async () => defaultAiConfigView(publicDefaultConfig()));

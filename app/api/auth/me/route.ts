import { getUser } from "@/lib/auth";
import { authEndpoints } from "@/lib/auth/endpoints";
import { learnUser } from "@/lib/auth/views";
import { handle } from "@/lib/http/handle";

export const GET = handle(authEndpoints.learnMe, async ({ actor }) => learnUser(await getUser(actor)));

import { getUser, updateUser } from "@/lib/auth";
import { authEndpoints } from "@/lib/auth/endpoints";
import { v1User } from "@/lib/auth/views";
import { handle } from "@/lib/http/handle";

export const GET = handle(authEndpoints.v1GetProfile, async ({ actor }) => v1User(await getUser(actor)));

export const PATCH = handle(authEndpoints.v1PatchProfile, async ({ actor, body }) => v1User(await updateUser(actor, body)));

import { getUserWithResume } from "@/lib/auth";
import { authEndpoints } from "@/lib/auth/endpoints";
import { hiringProfile } from "@/lib/auth/views";
import { handle } from "@/lib/http/handle";

export const GET = handle(authEndpoints.hiringProfile, async ({ actor }) => hiringProfile(await getUserWithResume(actor)));

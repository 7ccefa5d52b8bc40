import { getUserWithResume, updateUser } from "@/lib/auth";
import { authEndpoints } from "@/lib/auth/endpoints";
import { hiringProfile } from "@/lib/auth/views";
import { handle } from "@/lib/http/handle";

export const PUT = handle(authEndpoints.hiringUpdateProfile, async ({ actor, body }) => {
  await updateUser(actor, { firstName: body.name, lastName: body.surname, telegramId: body.telegram_id });
  return { message: "Profile updated", profile: hiringProfile(await getUserWithResume(actor)) };
});

import { authEndpoints } from "@/lib/auth/endpoints";
import { handle } from "@/lib/http/handle";
import { registerCandidateWithResume } from "@/lib/resumes";

export const POST = handle(authEndpoints.hiringRegister, async ({ body, client }) => {
  const user = await registerCandidateWithResume(
    { email: body.email, password: body.password, firstName: body.name, lastName: body.surname, telegramId: body.telegram_id, ip: client.ip },
    body.resume,
  );
  return { message: "User registered successfully", user_id: user.id };
});

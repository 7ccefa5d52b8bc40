import { composeMail, type MailMessage } from "@/lib/mail";

export interface InviteDetails {
  locale: string;
  level: string;
  language: string;
  durationMinutes: number;
}

/** The invite a company's candidate gets, in the interview's language, with the link on its own line. */
export function inviteMail(to: string, companyName: string, url: string, interview: InviteDetails): MailMessage {
  const message = composeMail(
    {
      subject: "mail.interviewInvite.subject",
      intro: ["mail.interviewInvite.intro"],
      action: { label: "mail.interviewInvite.action", url },
      outro: ["mail.interviewInvite.outro"],
    },
    interview.locale,
    {
      company: companyName,
      level: interview.level,
      language: interview.language === "javascript" ? "JavaScript" : "Python",
      minutes: interview.durationMinutes,
    },
  );
  return { to, ...message };
}

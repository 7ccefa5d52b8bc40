import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CodingRoom } from "@/components/interviews/room/coding-room";
import { monacoVsPath } from "@/components/interviews/room/monaco-assets";
import { getCurrentActor } from "@/components/server/current-actor";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("room.title") };
}

/**
 * The candidate's coding room. No account is required: an invite link's `?token=` (or an anonymous
 * interview's id) is enough, and the API decides who may act. A company member watches instead.
 */
export default async function CodingRoomPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ token?: string | string[] }> }) {
  const [{ id }, query, actor, { t }] = await Promise.all([params, searchParams, getCurrentActor(), getT()]);
  if (actor?.role === "company") redirect(`/interviews/${encodeURIComponent(id)}/live`);
  const token = typeof query.token === "string" && query.token ? query.token : null;
  return (
    <div className="mx-auto w-full max-w-[1600px] px-3 py-5 sm:px-6 sm:py-6">
      <noscript>
        <p className="mx-auto max-w-2xl rounded-lg border border-danger/30 bg-danger-soft px-4 py-3 text-sm font-medium text-danger">{t("room.noscript")}</p>
      </noscript>
      <CodingRoom interviewId={id} linkToken={token} vsPath={monacoVsPath()} signedIn={actor !== null} />
    </div>
  );
}

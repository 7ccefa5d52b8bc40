import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: { absolute: t("forbidden.metaTitle") } };
}

/** What `forbidden()` shows (requireAccount with the wrong role), with a 403. */
export default async function Forbidden() {
  const { t } = await getT();
  return (
    <div className="mx-auto flex w-full max-w-xl flex-1 flex-col items-center justify-center px-4 py-24 text-center">
      <p className="text-sm font-semibold text-primary">403</p>
      <h1 className="mt-2 text-3xl font-semibold tracking-tight">{t("forbidden.title")}</h1>
      <p className="mt-3 text-muted">{t("forbidden.body")}</p>
      <ButtonLink href="/dashboard" className="mt-8">
        {t("forbidden.home")}
      </ButtonLink>
    </div>
  );
}

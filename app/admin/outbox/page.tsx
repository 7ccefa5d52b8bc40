import type { Metadata } from "next";
import Link from "next/link";
import { requireAccount } from "@/components/server/current-actor";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getT } from "@/lib/i18n/server";
import { listOutbox, mailTransport } from "@/lib/mail";

export const dynamic = "force-dynamic";

const PAGE_SIZE = 20;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("mail.outbox.title") };
}

export default async function OutboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { actor } = await requireAccount({ returnTo: "/admin/outbox" });
  const { t, locale } = await getT();
  // The outbox holds live reset links: admins only, checked here and not just in a layout.
  if (actor.role !== "admin") {
    return (
      <div className="mx-auto w-full max-w-3xl px-4 py-10 sm:px-6 sm:py-12">
        <PageHeader title={t("mail.outbox.title")} />
        <Alert tone="error">{t("mail.outbox.forbidden")}</Alert>
      </div>
    );
  }
  const page = Math.max(1, Number((await searchParams).page) || 1);
  const { items, total } = await listOutbox({ page, pageSize: PAGE_SIZE });
  const smtp = mailTransport().backend === "smtp";
  const when = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));

  return (
    <div className="mx-auto w-full max-w-4xl px-4 py-10 sm:px-6 sm:py-12">
      <PageHeader title={t("mail.outbox.title")} lead={smtp ? t("mail.outbox.smtp") : t("mail.outbox.lead")}>
        <p className="text-sm text-muted">{t("mail.outbox.count", { count: total })}</p>
      </PageHeader>
      {items.length === 0 ? (
        <Card>
          <p className="text-sm text-muted">{t("mail.outbox.empty")}</p>
        </Card>
      ) : (
        <ol className="space-y-3" aria-label={t("mail.outbox.title")}>
          {items.map((m) => (
            <li key={m.id}>
              <Card className="p-4 sm:p-5">
                <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[8rem_1fr]">
                  <dt className="text-muted">{t("mail.outbox.to")}</dt>
                  <dd className="font-medium break-all">{m.to}</dd>
                  <dt className="text-muted">{t("mail.outbox.subject")}</dt>
                  <dd className="font-medium">{m.subject}</dd>
                  <dt className="text-muted">{t("mail.outbox.sent")}</dt>
                  <dd>
                    <time dateTime={m.createdAt.toISOString()}>{when.format(m.createdAt)} UTC</time>
                  </dd>
                </dl>
                <details className="mt-3">
                  <summary className="cursor-pointer text-sm font-medium text-primary">{t("mail.outbox.show")}</summary>
                  {/* The plain-text body only: mail HTML is never rendered into the app's own pages. */}
                  <pre className="mt-3 overflow-x-auto rounded-lg bg-subtle p-4 text-sm whitespace-pre-wrap break-words">{m.text}</pre>
                </details>
              </Card>
            </li>
          ))}
        </ol>
      )}
      {pages > 1 && (
        <nav className="mt-6 flex justify-between text-sm" aria-label={t("mail.outbox.title")}>
          {page > 1 ? (
            <Link href={`/admin/outbox?page=${page - 1}`} className="font-semibold text-primary hover:underline">
              ← {t("mail.outbox.newer")}
            </Link>
          ) : (
            <span />
          )}
          {page < pages && (
            <Link href={`/admin/outbox?page=${page + 1}`} className="font-semibold text-primary hover:underline">
              {t("mail.outbox.older")} →
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}

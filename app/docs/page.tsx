import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { ArrowRightIcon } from "@/components/icons";
import { getCurrentActor } from "@/components/server/current-actor";
import { PageHeader } from "@/components/ui/page-header";
import type { MessageKey } from "@/lib/i18n";
import { getT } from "@/lib/i18n/server";
import { SWAGGER_ASSETS } from "@/lib/openapi/swagger-ui";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("docs.title") };
}

// The document's order of the product's parts (see lib/openapi/document.ts).
const PARTS: MessageKey[] = [
  "docs.part.accounts",
  "landing.cap.learning.title",
  "landing.cap.hiring.title",
  "landing.cap.analysis.title",
  "landing.cap.coding.title",
  "landing.cap.resume.title",
];

/**
 * The API reference inside the app's shell. Swagger UI's files come from our own origin
 * (/docs/assets, from swagger-ui-dist); its scripts carry this request's CSP nonce (proxy.ts).
 * Public: the document describes the API, not anyone's data.
 */
export default async function DocsPage() {
  const { t } = await getT();
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  const actor = await getCurrentActor();

  return (
    <div className="mx-auto w-full max-w-6xl px-4 py-8 sm:px-6 sm:py-10">
      <Link
        href={actor ? "/dashboard" : "/"}
        className="mb-6 inline-flex items-center gap-1.5 text-sm font-semibold text-primary underline-offset-4 hover:underline"
      >
        <ArrowRightIcon className="size-4 rotate-180" />
        {actor ? t("docs.backHome") : t("docs.back")}
      </Link>
      <PageHeader title={t("docs.title")} lead={t("docs.lead")}>
        <a href="/api/openapi.json" className="shrink-0 text-sm font-semibold text-primary underline-offset-4 hover:underline">
          {t("docs.openapi")}
        </a>
      </PageHeader>

      <section aria-labelledby="parts" className="mb-8">
        <h2 id="parts" className="sr-only">
          {t("docs.partsTitle")}
        </h2>
        <ul className="flex flex-wrap gap-2">
          {PARTS.map((key) => (
            <li key={key} className="rounded-full border border-border bg-surface px-3 py-1 text-sm font-medium text-fg">
              {t(key)}
            </li>
          ))}
        </ul>
        <p className="mt-3 max-w-3xl text-sm text-muted">{t("docs.servedNote")}</p>
      </section>

      <link rel="stylesheet" href={SWAGGER_ASSETS.css} precedence="default" />
      <section aria-label={t("docs.referenceLabel")} lang="en" className="docs-swagger rounded-2xl border border-border shadow-sm">
        {/* Swagger UI owns this element's content: React neither hydrates nor replaces it. */}
        <div id="swagger" dangerouslySetInnerHTML={{ __html: "" }} />
      </section>
      <script async src={SWAGGER_ASSETS.bundle} nonce={nonce} />
      <script async src={SWAGGER_ASSETS.init} nonce={nonce} />
    </div>
  );
}

import type { Translate } from "@/lib/i18n";
import { LogoMark } from "./icons";

export function SiteFooter({ t }: { t: Translate }) {
  return (
    <footer className="border-t border-border bg-surface">
      <div className="mx-auto flex max-w-6xl flex-col gap-4 px-4 py-8 text-sm text-muted sm:flex-row sm:items-center sm:justify-between sm:px-6">
        <div className="flex items-center gap-2.5">
          <LogoMark className="size-5" />
          <span>
            <span className="font-semibold text-fg">Offerpath</span> · {t("footer.tagline")}
          </span>
        </div>
        <a href="/docs" className="font-medium text-muted underline-offset-4 hover:text-fg hover:underline">
          {t("nav.apiDocs")}
        </a>
      </div>
    </footer>
  );
}

import type { Metadata, Viewport } from "next";
import { GeistSans } from "geist/font/sans";
import type { ReactNode } from "react";
import { Providers } from "@/components/providers";
import { getTheme } from "@/components/server/theme";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { cn } from "@/components/ui/cn";
import { getT } from "@/lib/i18n/server";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return {
    title: { default: t("meta.title"), template: "%s · Offerpath" },
    description: t("meta.description"),
  };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#121722" },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { locale, dict, t } = await getT();
  const theme = await getTheme();
  return (
    <html lang={locale} className={cn(GeistSans.variable, theme)}>
      <body className="flex min-h-dvh flex-col bg-bg text-fg">
        <a
          href="#main"
          className="sr-only rounded-lg bg-primary px-4 py-2 font-medium text-primary-fg focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:z-50"
        >
          {t("a11y.skip")}
        </a>
        <Providers locale={locale} dict={dict}>
          <SiteHeader locale={locale} t={t} theme={theme} />
          <main id="main" tabIndex={-1} className="flex flex-1 flex-col outline-none">
            {children}
          </main>
          <SiteFooter t={t} />
        </Providers>
      </body>
    </html>
  );
}

"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState, type CSSProperties } from "react";
import { Toaster } from "sonner";
import type { Dictionary, Locale } from "@/lib/i18n";
import { I18nProvider, useI18n } from "./i18n-provider";

// Sonner's own variables pointed at the app's semantic colours, so toasts follow light and dark.
const TOAST_COLOURS = {
  "--normal-bg": "var(--c-surface)",
  "--normal-text": "var(--c-fg)",
  "--normal-border": "var(--c-border-strong)",
} as CSSProperties;

function AppToaster() {
  const { t } = useI18n();
  return (
    <Toaster
      position="top-center"
      closeButton
      style={TOAST_COLOURS}
      containerAriaLabel={t("toasts.region")}
      toastOptions={{ closeButtonAriaLabel: t("toasts.close") }}
    />
  );
}

/** Client-side context for every page: react-query for data fetching, the interface text, and the toasts. */
export function Providers({ locale, dict, children }: { locale: Locale; dict: Dictionary; children: React.ReactNode }) {
  // One client per browser tab; created in state so a re-render never replaces its cache.
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { staleTime: 30_000, retry: 1, refetchOnWindowFocus: false } } }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider locale={locale} dict={dict}>
        {children}
        <AppToaster />
      </I18nProvider>
    </QueryClientProvider>
  );
}

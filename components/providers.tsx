"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState } from "react";
import type { Dictionary, Locale } from "@/lib/i18n";
import { I18nProvider } from "./i18n-provider";

/** Client-side context for every page: react-query for data fetching, and the interface text. */
export function Providers({ locale, dict, children }: { locale: Locale; dict: Dictionary; children: React.ReactNode }) {
  // One client per browser tab; created in state so a re-render never replaces its cache.
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { staleTime: 30_000, retry: 1, refetchOnWindowFocus: false } } }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider locale={locale} dict={dict}>
        {children}
      </I18nProvider>
    </QueryClientProvider>
  );
}

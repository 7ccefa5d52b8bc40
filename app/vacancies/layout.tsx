import type { ReactNode } from "react";
import { Toaster } from "sonner";
import { getTheme } from "@/components/server/theme";

// Results of saving, extracting and deleting show as toasts (sonner). TODO(lead): once the app
// layout mounts one Toaster for every page, drop this one.
export default async function VacanciesLayout({ children }: { children: ReactNode }) {
  const theme = await getTheme();
  return (
    <>
      {children}
      <Toaster position="top-center" richColors closeButton theme={theme ?? "system"} />
    </>
  );
}

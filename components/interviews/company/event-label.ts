"use client";

import { useI18n } from "@/components/i18n-provider";
import type { AntiCheatType } from "./api";

/** An anti-cheat event type in the reader's language; an unknown one as the API named it. */
export function useEventLabel() {
  const { t } = useI18n();
  const labels: Record<AntiCheatType, string> = {
    big_paste: t("interviews.event.big_paste"),
    devtools_opened: t("interviews.event.devtools_opened"),
    copy_from_description: t("interviews.event.copy_from_description"),
    disable_js_attempt: t("interviews.event.disable_js_attempt"),
    suspicious_focus: t("interviews.event.suspicious_focus"),
    tab_switch: t("interviews.event.tab_switch"),
  };
  return (type: string) => labels[type as AntiCheatType] ?? type;
}

/** One colour per event type, the same on the live view and the report's time axis. */
export const EVENT_COLOURS: Record<AntiCheatType, string> = {
  big_paste: "bg-danger",
  devtools_opened: "bg-[#b45309]",
  copy_from_description: "bg-accent",
  disable_js_attempt: "bg-[#7c3aed]",
  suspicious_focus: "bg-muted",
  tab_switch: "bg-primary",
};

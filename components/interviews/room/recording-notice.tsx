"use client";

import { useI18n } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { LANGUAGE_NAMES, type Interview } from "./api";

/** What the room records, said before the editor appears; the candidate starts by acknowledging it. */
export function RecordingNotice({ interview, onAccept }: { interview: Interview; onAccept: () => void }) {
  const { t } = useI18n();
  return (
    <Card className="mx-auto max-w-2xl" aria-labelledby="room-notice-title">
      <p className="text-sm font-medium text-primary">{interview.task.title}</p>
      <CardTitle id="room-notice-title" className="mt-1 text-xl">
        {t("room.notice.title")}
      </CardTitle>
      <p className="mt-2 text-sm text-muted">
        {t("room.notice.setup", {
          language: LANGUAGE_NAMES[interview.language],
          level: t(`room.level.${interview.level}`),
          minutes: interview.duration_minutes ?? 60,
        })}
      </p>
      <h3 className="mt-5 text-sm font-semibold text-fg">{t("room.notice.recorded")}</h3>
      <ul className="mt-2 list-disc space-y-1.5 pl-5 text-sm text-fg">
        <li>{t("room.notice.code")}</li>
        <li>{t("room.notice.runs")}</li>
        <li>{t("room.notice.chat")}</li>
        <li>{t("room.notice.events")}</li>
      </ul>
      <p className="mt-3 text-sm text-muted">{t("room.notice.notRecorded")}</p>
      <p className="mt-3 text-sm text-muted">{t("room.notice.report")}</p>
      <Button className="mt-6" size="lg" onClick={onAccept}>
        {t("room.notice.start")}
      </Button>
    </Card>
  );
}

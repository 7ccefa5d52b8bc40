"use client";

import { useI18n } from "@/components/i18n-provider";
import type { ResumeBlock } from "@/components/resumes/api";
import { formatConfidence } from "@/components/resumes/format";
import { Card, CardTitle } from "@/components/ui/card";
import type { MessageKey } from "@/lib/i18n";

const BLOCK_TYPES = ["contacts", "summary", "experience", "education", "skills", "projects", "languages"];

/** A block type in the reader's language ("other" and unknown types share one word). */
export function useBlockTypeName() {
  const { t } = useI18n();
  return (type: string) => t(`resumes.detail.block.${BLOCK_TYPES.includes(type) ? type : "misc"}` as MessageKey);
}

/** The sections the parser found: type, the heading as written, the text and how sure it is. */
export function BlocksCard({ blocks }: { blocks: ResumeBlock[] }) {
  const { t, locale } = useI18n();
  const typeName = useBlockTypeName();
  return (
    <Card aria-labelledby="blocks-title" className="p-4 sm:p-6">
      <CardTitle id="blocks-title">{t("resumes.detail.blocks")}</CardTitle>
      {blocks.length === 0 ? (
        <p className="mt-3 text-sm text-muted">{t("resumes.detail.blocksEmpty")}</p>
      ) : (
        <ul className="mt-4 space-y-3" data-testid="resume-blocks">
          {blocks.map((block) => (
            <li key={block.id} className="rounded-xl border border-border">
              <details className="group">
                <summary className="cursor-pointer px-4 py-3">
                  <span className="inline-flex w-[calc(100%-1.5rem)] flex-wrap items-center justify-between gap-x-3 gap-y-1 align-middle">
                    <span className="rounded-full bg-primary-soft px-2.5 py-0.5 text-xs font-semibold text-primary">{typeName(block.block_type)}</span>
                    {block.confidence_score !== null && (
                      <span className="text-xs text-muted tabular-nums">
                        {t("resumes.detail.blockConfidence", { value: formatConfidence(block.confidence_score, locale) ?? "—" })}
                      </span>
                    )}
                    <span className="w-full font-medium break-words text-fg user-text">{block.block_name}</span>
                  </span>
                </summary>
                <p className="border-t border-border px-4 py-3 text-sm break-words whitespace-pre-wrap text-fg user-text">{block.extracted_text}</p>
              </details>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

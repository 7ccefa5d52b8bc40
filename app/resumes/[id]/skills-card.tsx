"use client";

import { useI18n } from "@/components/i18n-provider";
import type { ResumeSkill } from "@/components/resumes/api";
import { formatConfidence } from "@/components/resumes/format";
import { Card, CardTitle } from "@/components/ui/card";
import type { MessageKey } from "@/lib/i18n";

const LEVELS = ["beginner", "intermediate", "advanced", "expert"];
// lib/resumes/taxonomy's SKILL_CATEGORIES (server code a client bundle must not pull in).
const CATEGORIES = ["programming", "framework", "database", "devops", "cloud", "data", "ml", "testing", "mobile", "design", "management", "marketing", "sales", "finance", "accounting", "hr", "logistics", "legal", "office", "soft"];

export function SkillsCard({ skills }: { skills: ResumeSkill[] }) {
  const { t, locale } = useI18n();
  const category = (c: string) => (CATEGORIES.includes(c) ? t(`resumes.detail.cat.${c}` as MessageKey) : c);
  return (
    <Card aria-labelledby="skills-title" className="p-4 sm:p-6">
      <CardTitle id="skills-title">{t("resumes.detail.skills")}</CardTitle>
      {skills.length === 0 ? (
        <p className="mt-3 text-sm text-muted">{t("resumes.detail.skillsEmpty")}</p>
      ) : (
        <div className="mt-3 overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="resume-skills">
            <thead className="text-xs tracking-wide text-muted uppercase">
              <tr className="border-b border-border">
                <th scope="col" className="py-2 pr-3 font-semibold">{t("resumes.detail.skill.name")}</th>
                <th scope="col" className="hidden py-2 pr-3 font-semibold sm:table-cell">{t("resumes.detail.skill.category")}</th>
                <th scope="col" className="py-2 pr-3 font-semibold">{t("resumes.detail.skill.level")}</th>
                <th scope="col" className="py-2 text-right font-semibold">{t("resumes.detail.skill.confidence")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-border">
              {skills.map((s) => (
                <tr key={s.id}>
                  <th scope="row" className="py-2 pr-3 font-medium text-fg">
                    {s.skill_name}
                    {/* On a phone the category goes under the name instead of a column of its own. */}
                    <span className="block text-xs font-normal text-muted sm:hidden">{category(s.category)}</span>
                  </th>
                  <td className="hidden py-2 pr-3 break-words text-muted sm:table-cell">{category(s.category)}</td>
                  <td className="py-2 pr-3 text-fg">
                    {LEVELS.includes(s.experience_level) ? t(`resumes.detail.level.${s.experience_level}` as MessageKey) : s.experience_level}
                  </td>
                  <td className="py-2 text-right text-fg tabular-nums">{formatConfidence(s.confidence_score, locale) ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}

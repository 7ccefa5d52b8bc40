import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { BuildingIcon, UserIcon } from "@/components/icons";
import { getCurrentActor } from "@/components/server/current-actor";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { getT } from "@/lib/i18n/server";
import { SignUpForm } from "./sign-up-form";
import { SignUpRole } from "./sign-up-schemas";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("nav.signUp") };
}

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await getCurrentActor();
  // Guests sign up to keep their progress; signed-in accounts have nothing to do here.
  if (actor && actor.role !== "guest") redirect("/dashboard");
  const role = SignUpRole.catch("candidate").parse((await searchParams).role);
  const { t } = await getT();

  const options = [
    { value: "candidate", label: t("signup.candidate"), hint: t("signup.candidateHint"), Icon: UserIcon },
    { value: "company", label: t("signup.company"), hint: t("signup.companyHint"), Icon: BuildingIcon },
  ] as const;

  return (
    <>
      <Card className="shadow-md">
        <h1 className="text-2xl font-semibold tracking-tight">{t("signup.title")}</h1>
        <p className="mt-1.5 text-sm text-muted">{t("signup.lead")}</p>

        {/* The account type is part of the address, so the choice works without JavaScript. */}
        <nav aria-label={t("signup.as")} className="mt-6 mb-6 grid grid-cols-2 gap-3">
          {options.map(({ value, label, hint, Icon }) => {
            const selected = value === role;
            return (
              <Link
                key={value}
                href={`/signup?role=${value}`}
                replace
                scroll={false}
                aria-current={selected ? "page" : undefined}
                className={cn(
                  "flex flex-col gap-1 rounded-xl border p-3.5 transition-colors",
                  selected ? "border-primary bg-primary-soft ring-1 ring-primary" : "border-border hover:border-border-strong hover:bg-subtle",
                )}
              >
                <span className={cn("flex items-center gap-2 text-sm font-semibold", selected ? "text-primary" : "text-fg")}>
                  <Icon className="size-4" />
                  {label}
                </span>
                <span className="text-xs text-muted">{hint}</span>
              </Link>
            );
          })}
        </nav>

        <SignUpForm key={role} role={role} />
      </Card>
      <p className="mt-6 text-center text-sm text-muted">
        {t("signup.haveAccount")}{" "}
        <Link href="/signin" className="font-semibold text-primary underline-offset-4 hover:underline">
          {t("nav.signIn")}
        </Link>
      </p>
    </>
  );
}

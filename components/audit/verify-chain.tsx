"use client";
// "Verify chain": re-computes the whole access log's seal chain on the server and says whether it is intact.
import { useQuery } from "@tanstack/react-query";
import { CircleCheck, ShieldAlert, ShieldCheck, TriangleAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import { useTRPC } from "@/components/trpc/client";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";

const SHOWN_PROBLEMS = 10;
const MISSING = /^entr(?:y|ies) (\d+(?:–\d+)?) missing/;

export function VerifyChain() {
  const t = useTranslations("audit.verify");
  const trpc = useTRPC();
  // runs only when asked: it reads every entry of the log
  const verify = useQuery({ ...trpc.phiLog.verify.queryOptions(), enabled: false, staleTime: 0 });
  const report = verify.data;

  /** the server words its problems in English; the known ones are said in the page's language */
  const problemText = (problem: string) => {
    if (problem === "contents changed since written") return t("changed");
    if (problem === "does not follow the entry before it (removed or reordered)") return t("unlinked");
    const missing = MISSING.exec(problem);
    return missing ? t("missing", { range: missing[1]! }) : problem;
  };
  const problems = [...(report?.problems ?? [])].sort((a, b) => a.seq - b.seq);

  return (
    <section className="space-y-3" aria-label={t("button")}>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="max-w-prose min-w-56 flex-1 text-sm text-muted-foreground">{t("hint")}</p>
        <Button
          variant="outline"
          onClick={() => verify.refetch()}
          disabled={verify.isFetching}
          data-testid="verify-chain"
        >
          {verify.isFetching ? <Spinner aria-hidden /> : <ShieldCheck aria-hidden />}
          {verify.isFetching ? t("running") : t("button")}
        </Button>
      </div>
      {!verify.isFetching && verify.isError && (
        <Alert variant="destructive">
          <TriangleAlert aria-hidden />
          <AlertTitle>{t("failed")}</AlertTitle>
        </Alert>
      )}
      {!verify.isFetching && !verify.isError && report && report.ok && (
        <Alert data-testid="verify-result" data-ok="true">
          <CircleCheck aria-hidden className="text-success!" />
          <AlertTitle className="line-clamp-none">{t("ok", { count: report.entries })}</AlertTitle>
        </Alert>
      )}
      {!verify.isFetching && !verify.isError && report && !report.ok && (
        <Alert variant="destructive" data-testid="verify-result" data-ok="false">
          <ShieldAlert aria-hidden />
          <AlertTitle className="line-clamp-none">
            {t("broken", { count: problems.length, entries: report.entries })}
          </AlertTitle>
          <AlertDescription>
            {problems.length > 0 && <p className="font-medium">{t("firstBad", { seq: String(problems[0]!.seq) })}</p>}
            <ul className="list-disc space-y-0.5 ps-5">
              {problems.slice(0, SHOWN_PROBLEMS).map((p, i) => (
                <li key={`${p.seq}-${i}`}>{t("problem", { seq: String(p.seq), problem: problemText(p.problem) })}</li>
              ))}
              {problems.length > SHOWN_PROBLEMS && <li aria-hidden>…</li>}
            </ul>
          </AlertDescription>
        </Alert>
      )}
    </section>
  );
}

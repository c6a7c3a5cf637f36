/**
 * What the reader shows on demand, loaded after first paint so the app's
 * initial script stays small: the overview and its report, the passage
 * details, the review of the reader's corrections. Each is fetched as soon
 * as the reader is drawn; until it arrives a disabled stand-in (or nothing,
 * for what only shows after a choice) keeps its place.
 */
import { lazy, Suspense, type ComponentProps } from "react";
import { PendingButton } from "@/components/pending-button.tsx";
import type { CorrectionsReview } from "@/features/corrections/index.ts";
import type { OverviewPanel, ReportButtons } from "@/features/overview/index.ts";

const overview = () => import("@/features/overview/index.ts");
const Overview = lazy(() => overview().then((m) => ({ default: m.OverviewPanel })));
const Report = lazy(() => overview().then((m) => ({ default: m.ReportButtons })));
const Details = lazy(() =>
  import("@/features/passage-details/index.ts").then((m) => ({ default: m.PassageDetails })),
);
const Corrections = lazy(() =>
  import("@/features/corrections/index.ts").then((m) => ({ default: m.CorrectionsReview })),
);

/** The overview disclosure (see OverviewPanel), loaded on first use of the reader. */
export function LazyOverviewPanel(props: ComponentProps<typeof OverviewPanel>) {
  return (
    <Suspense
      fallback={
        <div className="flex min-h-10 shrink flex-col px-4 pb-3 max-sm:shrink-0 print:hidden">
          <PendingButton label="Overview" />
        </div>
      }
    >
      <Overview {...props} />
    </Suspense>
  );
}

/** The report downloads (see ReportButtons). */
export function LazyReportButtons(props: ComponentProps<typeof ReportButtons>) {
  return (
    // The buttons' room is kept while they load, so nothing in the overview moves under a click.
    <Suspense
      fallback={
        <div className="flex flex-wrap gap-2">
          <PendingButton label="Report as Markdown" className="font-normal" />
          <PendingButton label="Report as HTML" className="font-normal" />
        </div>
      }
    >
      <Report {...props} />
    </Suspense>
  );
}

/** The selected passage's details (see PassageDetails): nothing shows until a passage is chosen. */
export function LazyPassageDetails() {
  return (
    <Suspense fallback={null}>
      <Details />
    </Suspense>
  );
}

/** The review of the reader's corrections (see CorrectionsReview), shown once there are any. */
export function LazyCorrectionsReview(props: ComponentProps<typeof CorrectionsReview>) {
  return (
    <Suspense fallback={null}>
      <Corrections {...props} />
    </Suspense>
  );
}

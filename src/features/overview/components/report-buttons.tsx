import type { Comparison } from "@/core/align/types.ts";
import type { Discrepancy, QuoteEntry } from "@/core/facts/types.ts";
import { reportHtml, reportMarkdown, type ReportInput } from "@/core/report/format-report.ts";
import type { Story } from "@/core/story-format.ts";
import { useReaderState, useReadingParams, type ReaderState } from "@/features/comparison/index.ts";
import { downloadText } from "@/lib/download-file.ts";

/** What the report is made of besides the reader's view: the engine's result and the fact check. */
type ReportResult = {
  comparison: Comparison;
  discrepancies: readonly Discrepancy[];
  /** Null while the fact check has not come in: the report says so. */
  quotes: readonly QuoteEntry[] | null;
};

/**
 * Downloads the report a fact-checker can file, of the view on screen: the
 * versions shown, under the strictness, filters and themes in force, with
 * the reader's corrections.
 */
export function ReportButtons({ story, result }: { story: Story; result: ReportResult }) {
  const state = useReaderState();
  const [{ strictness }] = useReadingParams();
  if (!state) return null;
  const input = (): ReportInput => reportInput(story, result, state, strictness);
  const button =
    "rounded-md border border-stone-300 px-2.5 py-1 text-sm hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800";
  return (
    <div className="flex flex-wrap gap-2">
      <button
        type="button"
        className={button}
        onClick={() =>
          downloadText(`${story.id}-report.md`, reportMarkdown(input()), "text/markdown")
        }
      >
        Report as Markdown
      </button>
      <button
        type="button"
        className={button}
        onClick={() => downloadText(`${story.id}-report.html`, reportHtml(input()), "text/html")}
      >
        Report as HTML
      </button>
    </div>
  );
}

// The report's input from the reader's state, made now.
function reportInput(
  story: Story,
  result: ReportResult,
  state: ReaderState,
  strictness: string,
): ReportInput {
  const { view, show, minToldBy, themeFilter, corrections } = state;
  return {
    story,
    comparison: result.comparison,
    passageThemes: result.comparison.passages.map(
      (p) => view.byKey.get(`${p.version}:${p.start}`)?.themes ?? [],
    ),
    discrepancies: result.discrepancies,
    quotes: result.quotes,
    corrections: corrections.active,
    madeAt: new Date(),
    view: {
      shown: view.versions.map((v) => v.id),
      strictness,
      show,
      minToldBy,
      themes: themeFilter.ids.map((id) => ({ id, label: view.themeLabels.get(id) ?? id })),
      themeMatch: themeFilter.match,
    },
  };
}

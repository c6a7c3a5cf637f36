import type { Comparison } from "@/core/align/types.ts";
import { reportHtml, reportMarkdown } from "@/core/report/format-report.ts";
import type { Story } from "@/core/story-format.ts";
import { downloadText } from "@/lib/download-file.ts";

/** Downloads a comparison report: the summary, the similarity table and every group. */
export function ReportButtons({ story, comparison }: { story: Story; comparison: Comparison }) {
  const button =
    "rounded-md border border-stone-300 px-2.5 py-1 text-sm hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800";
  return (
    <div className="flex flex-wrap gap-2">
      <button
        type="button"
        className={button}
        onClick={() =>
          downloadText(
            `${story.id}-report.md`,
            reportMarkdown(story.title, comparison),
            "text/markdown",
          )
        }
      >
        Report as Markdown
      </button>
      <button
        type="button"
        className={button}
        onClick={() =>
          downloadText(`${story.id}-report.html`, reportHtml(story.title, comparison), "text/html")
        }
      >
        Report as HTML
      </button>
    </div>
  );
}

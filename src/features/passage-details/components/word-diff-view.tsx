import { useMemo } from "react";
import { diffPassageWords } from "@/core/align/word-diff.ts";

/**
 * How a counterpart differs from the selected passage, word by word:
 * struck-through words are only in the selected passage, underlined ones only
 * in the counterpart. <del> and <ins> carry the meaning for assistive tech.
 */
export function WordDiffView({ from, to }: { from: string; to: string }) {
  const changes = useMemo(() => diffPassageWords(from.trim(), to.trim()), [from, to]);
  if (!changes)
    return (
      <p className="text-sm text-stone-600 dark:text-stone-400">
        These passages are too long to compare word by word.
      </p>
    );
  return (
    <p dir="auto" className="font-serif leading-relaxed">
      {changes.map((change, i) =>
        change.kind === "same" ? (
          <span key={i}>{change.text}</span>
        ) : change.kind === "removed" ? (
          <del
            key={i}
            className="bg-red-100 text-red-900 line-through decoration-red-700 dark:bg-red-950/60 dark:text-red-100"
          >
            {change.text}
          </del>
        ) : (
          <ins
            key={i}
            className="bg-emerald-100 text-emerald-950 underline decoration-emerald-700 dark:bg-emerald-950/60 dark:text-emerald-100"
          >
            {change.text}
          </ins>
        ),
      )}
    </p>
  );
}

import { useId, useMemo } from "react";
import { cleanLinesWithReport } from "@/core/ingest/clean-lines.ts";

type RemovedLinesProps = {
  /** The version's label as the form shows it ("Version 2"). */
  label: string;
  text: string;
  /** Lines the reader chose to keep. */
  keep: readonly string[];
  onKeep: (keep: string[]) => void;
};

/**
 * What cleaning will leave out of one version, said before it happens:
 * lines that look like page furniture ("Share this", "Advertisement") or wire
 * markup ("-------", "ENDS"), each
 * with a box to keep it after all. Nothing is removed silently.
 */
export function RemovedLines({ label, text, keep, onKeep }: RemovedLinesProps) {
  const id = useId();
  const kept = useMemo(() => new Set(keep), [keep]);
  // Checked against the text as it is, without the reader's choices, so a kept line stays listed.
  // Wire separators and slugs are listed too (until they get wording of their own).
  const furniture = useMemo(
    () => cleanLinesWithReport(text).removed.filter((line) => line.reason !== "control-characters"),
    [text],
  );
  if (furniture.length === 0) return null;
  const leftOut = furniture.filter((line) => !kept.has(line.line)).length;
  const toggle = (line: string, on: boolean) =>
    onKeep(on ? [...keep, line] : keep.filter((k) => k !== line));
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer text-stone-700 dark:text-stone-300">
        {leftOut === 0
          ? `All ${furniture.length} lines that look like page furniture or wire markup are kept`
          : `${leftOut} ${leftOut === 1 ? "line looks" : "lines look"} like page furniture or wire markup and will be left out`}
      </summary>
      <fieldset className="mt-2 space-y-1" aria-describedby={id}>
        <legend className="sr-only">Page furniture in {label}</legend>
        <p id={id} className="text-stone-600 dark:text-stone-400">
          Tick a line to keep it in the text.
        </p>
        {furniture.map((line) => (
          <label key={line.index} className="flex items-start gap-2">
            <input
              type="checkbox"
              checked={kept.has(line.line)}
              onChange={(event) => toggle(line.line, event.target.checked)}
              className="mt-1"
            />
            <span className="font-serif">
              Keep “{line.line}” <span className="text-stone-500">(line {line.index + 1})</span>
            </span>
          </label>
        ))}
      </fieldset>
    </details>
  );
}

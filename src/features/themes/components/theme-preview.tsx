import { useMemo } from "react";
import type { Theme } from "@/core/story-format.ts";
import { tagIndexedPassages } from "@/core/themes/tag-passages.ts";
import { themeCoverage } from "@/core/themes/theme-coverage.ts";
import type { StoryThemes } from "../hooks/use-story-themes.ts";
import { describeReach } from "../lib/describe-reach.ts";

/** Passages quoted in the preview. */
const EXAMPLES = 4;
const MAX_QUOTE = 140;

/** What a theme being written would tag: how many passages and versions, and the first few. */
export function ThemePreview({ themes, theme }: { themes: StoryThemes; theme: Theme | null }) {
  const { index, comparison } = themes;
  const preview = useMemo(() => {
    if (!theme || !index || !comparison) return null;
    const tags = tagIndexedPassages(index, [theme], null);
    const reach = themeCoverage(comparison, tags, [theme]).get(theme.id)!;
    const labelOf = new Map(comparison.versions.map((v) => [v.id, v.label]));
    const textOf = new Map(comparison.versions.map((v) => [v.id, v.text]));
    const examples = reach.passageIndexes.slice(0, EXAMPLES).map((p) => {
      const passage = comparison.passages[p]!;
      const text = (textOf.get(passage.version) ?? "").slice(passage.start, passage.end).trim();
      return {
        key: `${passage.version}:${passage.start}`,
        version: labelOf.get(passage.version) ?? passage.version,
        text: text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE - 1)}…` : text,
      };
    });
    return { reach, examples };
  }, [theme, index, comparison]);
  if (!theme) return null;
  return (
    <div aria-live="polite" className="rounded-md bg-stone-100 p-2 text-sm dark:bg-stone-800">
      {preview ? (
        <>
          <p className="font-medium">
            {preview.reach.passageIndexes.length === 0
              ? "Tags no passage yet."
              : `Tags ${describeReach(preview.reach)}`}
            {preview.reach.wide && " — most of the story: it would filter little."}
          </p>
          {preview.examples.length > 0 && (
            <ul className="mt-1 space-y-1" aria-label="Passages it tags">
              {preview.examples.map((example) => (
                <li key={example.key}>
                  <span className="font-medium">{example.version}:</span> {example.text}
                </li>
              ))}
            </ul>
          )}
        </>
      ) : (
        <p>Reading the passages…</p>
      )}
    </div>
  );
}

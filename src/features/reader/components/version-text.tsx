import type { ReactNode } from "react";
import type { Block } from "@/core/story-format.ts";
import type { VersionView } from "@/features/comparison/index.ts";
import { BlockContent } from "./block-content.tsx";
import { LAZY_VERSION_CHARS } from "../lib/text-chunks.ts";
import { CollapsedRun } from "./collapsed-run.tsx";

type Indexed = { block: Block; index: number };
type Group =
  { kind: "list"; items: Indexed[]; key: number } | { kind: "block"; item: Indexed; key: number };

// Consecutive list items belong in one list, so screen readers announce
// "list, 2 items" instead of two separate bullets.
function groupBlocks(blocks: readonly Block[]): Group[] {
  const groups: Group[] = [];
  blocks.forEach((block, index) => {
    const last = groups[groups.length - 1];
    const item = { block, index };
    if (block.kind !== "listItem") groups.push({ kind: "block", item, key: index });
    else if (last?.kind === "list") last.items.push(item);
    else groups.push({ kind: "list", items: [item], key: index });
  });
  return groups;
}

type VersionTextProps = {
  blocks: readonly Block[];
  /** The version's passages, once the comparison is ready. */
  version?: VersionView | undefined;
  /** With a theme filter on: which blocks show (the rest fold into "N passages hidden"). */
  shownBlocks?: readonly boolean[] | undefined;
};

/** A version's text in reading order. Article text is only ever rendered as text. */
export function VersionText({ blocks, version, shownBlocks }: VersionTextProps) {
  if (blocks.length === 0) {
    return <p className="text-stone-500 italic dark:text-stone-400">This version has no text.</p>;
  }
  // Past an article's length, the browser lays out only the text near the viewport.
  const lazy = blocks.reduce((sum, block) => sum + block.text.length, 0) > LAZY_VERSION_CHARS;
  const content = ({ block, index }: Indexed) => (
    <BlockContent
      text={block.text}
      segments={version?.segments[index]}
      version={version}
      lazy={lazy}
    />
  );
  const render = (group: Group) =>
    group.kind === "list" ? (
      <ul key={group.key} className="list-disc space-y-2 ps-6 marker:text-stone-400">
        {group.items.map((item) => (
          <li key={item.index} dir="auto">
            {content(item)}
          </li>
        ))}
      </ul>
    ) : (
      <div key={group.key}>
        <BlockElement kind={group.item.block.kind}>{content(group.item)}</BlockElement>
        {shownBlocks && version && <BlockThemes version={version} index={group.item.index} />}
      </div>
    );
  return (
    <div className="reading space-y-4">
      {foldHidden(groupBlocks(blocks), shownBlocks).map((run) =>
        run.hidden ? (
          <CollapsedRun
            key={`hidden-${run.groups[0]!.key}`}
            count={countPassages(run.groups, version)}
          >
            {run.groups.map(render)}
          </CollapsedRun>
        ) : (
          run.groups.map(render)
        ),
      )}
    </div>
  );
}

type Run = { hidden: boolean; groups: Group[] };

// Consecutive groups the filter hides become one run; shown groups stay single.
function foldHidden(groups: readonly Group[], shown: readonly boolean[] | undefined): Run[] {
  const runs: Run[] = [];
  for (const group of groups) {
    const indexes =
      group.kind === "list" ? group.items.map((item) => item.index) : [group.item.index];
    const hidden = shown !== undefined && indexes.every((index) => shown[index] === false);
    const last = runs[runs.length - 1];
    if (hidden && last?.hidden) last.groups.push(group);
    else runs.push({ hidden, groups: [group] });
  }
  return runs;
}

// Passages that start in these blocks.
function countPassages(groups: readonly Group[], version: VersionView | undefined): number {
  if (!version) return 0;
  let count = 0;
  for (const group of groups) {
    const indexes =
      group.kind === "list" ? group.items.map((item) => item.index) : [group.item.index];
    for (const index of indexes)
      count += (version.segments[index] ?? []).filter((s) => s.first && s.passage >= 0).length;
  }
  return count;
}

function BlockElement({ kind, children }: { kind: Block["kind"]; children: ReactNode }) {
  switch (kind) {
    case "heading":
      return (
        <h3
          dir="auto"
          className="pt-2 font-sans text-base leading-snug font-semibold text-stone-900 dark:text-stone-50"
        >
          {children}
        </h3>
      );
    case "standfirst":
      return (
        <p dir="auto" className="text-[1.0625em] text-stone-600 italic dark:text-stone-300">
          {children}
        </p>
      );
    case "paragraph":
    case "listItem":
      // Each paragraph finds its own direction: Arabic and Hebrew read right to left.
      return <p dir="auto">{children}</p>;
  }
}

// Under a block, while a theme filter is on: the themes its passages speak to.
function BlockThemes({ version, index }: { version: VersionView; index: number }) {
  const ids = new Set<string>();
  for (const segment of version.segments[index] ?? []) {
    for (const id of version.passages[segment.passage]?.themes ?? []) ids.add(id);
  }
  if (ids.size === 0) return null;
  return (
    <p className="mt-1 font-sans text-xs text-violet-800 dark:text-violet-300">
      <span className="sr-only">Themes: </span>
      {[...ids].map((id) => version.themeLabels.get(id) ?? id).join(" · ")}
    </p>
  );
}

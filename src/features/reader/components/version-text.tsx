import type { ReactNode } from "react";
import type { Block } from "@/core/story-format.ts";
import type { VersionView } from "../lib/comparison-view.ts";
import { BlockContent } from "./block-content.tsx";

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
};

/** A version's text in reading order. Article text is only ever rendered as text. */
export function VersionText({ blocks, version }: VersionTextProps) {
  if (blocks.length === 0) {
    return <p className="text-stone-500 italic dark:text-stone-400">This version has no text.</p>;
  }
  const content = ({ block, index }: Indexed) => (
    <BlockContent text={block.text} segments={version?.segments[index]} version={version} />
  );
  return (
    <div className="reading space-y-4">
      {groupBlocks(blocks).map((group) =>
        group.kind === "list" ? (
          <ul key={group.key} className="list-disc space-y-2 ps-6 marker:text-stone-400">
            {group.items.map((item) => (
              <li key={item.index}>{content(item)}</li>
            ))}
          </ul>
        ) : (
          <BlockElement key={group.key} kind={group.item.block.kind}>
            {content(group.item)}
          </BlockElement>
        ),
      )}
    </div>
  );
}

function BlockElement({ kind, children }: { kind: Block["kind"]; children: ReactNode }) {
  switch (kind) {
    case "heading":
      return (
        <h3 className="pt-2 font-sans text-base leading-snug font-semibold text-stone-900 dark:text-stone-50">
          {children}
        </h3>
      );
    case "standfirst":
      return (
        <p className="text-[1.0625em] text-stone-600 italic dark:text-stone-300">{children}</p>
      );
    case "paragraph":
    case "listItem":
      return <p>{children}</p>;
  }
}

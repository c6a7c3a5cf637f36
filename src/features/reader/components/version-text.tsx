import type { Block } from "@/core/story-format.ts";

type Group =
  { kind: "list"; items: Block[]; key: number } | { kind: "block"; block: Block; key: number };

// Consecutive list items belong in one list, so screen readers announce
// "list, 2 items" instead of two separate bullets.
function groupBlocks(blocks: readonly Block[]): Group[] {
  const groups: Group[] = [];
  blocks.forEach((block, index) => {
    const last = groups[groups.length - 1];
    if (block.kind !== "listItem") groups.push({ kind: "block", block, key: index });
    else if (last?.kind === "list") last.items.push(block);
    else groups.push({ kind: "list", items: [block], key: index });
  });
  return groups;
}

/** A version's text in reading order. Article text is only ever rendered as text. */
export function VersionText({ blocks }: { blocks: readonly Block[] }) {
  if (blocks.length === 0) {
    return <p className="text-stone-500 italic dark:text-stone-400">This version has no text.</p>;
  }
  return (
    <div className="reading space-y-4">
      {groupBlocks(blocks).map((group) =>
        group.kind === "list" ? (
          <ul key={group.key} className="list-disc space-y-2 ps-6 marker:text-stone-400">
            {group.items.map((item, index) => (
              <li key={index}>{item.text}</li>
            ))}
          </ul>
        ) : (
          <BlockElement key={group.key} block={group.block} />
        ),
      )}
    </div>
  );
}

function BlockElement({ block }: { block: Block }) {
  switch (block.kind) {
    case "heading":
      return (
        <h3 className="pt-2 font-sans text-base leading-snug font-semibold text-stone-900 dark:text-stone-50">
          {block.text}
        </h3>
      );
    case "standfirst":
      return (
        <p className="text-[1.0625em] text-stone-600 italic dark:text-stone-300">{block.text}</p>
      );
    case "paragraph":
    case "listItem":
      return <p>{block.text}</p>;
  }
}

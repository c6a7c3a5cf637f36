/**
 * Stories far past what a reader should bring, for the "no input freezes the
 * page" checks (issue 16): text with no space to break a line at, and texts
 * of the word limit. Built from the bundled story so the engine finds shared
 * passages, as it would in a real pair of long files.
 */
import type { Locator, Page } from "@playwright/test";
import { BUNDLED_STORY } from "./bundled-story.ts";

type Block = { kind: "paragraph"; text: string };
/** A story in the shape of the bundled one, as `page.route` hands it to the app. */
export type HugeStory = Omit<typeof BUNDLED_STORY, "versions"> & {
  versions: { id: string; label: string; blocks: Block[] }[];
};

const paragraphs = BUNDLED_STORY.versions.flatMap((v) => v.blocks.map((b) => b.text));

function story(title: string, a: Block[], b: Block[]): HugeStory {
  return {
    ...BUNDLED_STORY,
    title,
    versions: [
      { id: "a", label: "Version A", blocks: a },
      { id: "b", label: "Version B", blocks: b },
    ],
  };
}

/** Repeats `source` until it is `length` characters long. */
function fill(source: string, length: number): string {
  return source.repeat(Math.ceil(length / source.length)).slice(0, length);
}

/**
 * Two versions, each one paragraph of `chars` characters with no space at
 * all (the bundled story's words run together); the second starts with
 * another paragraph, so the two differ.
 */
export function unbrokenStory(chars: number): HugeStory {
  const joined = paragraphs.join("").replace(/\s+/g, "");
  const shifted = paragraphs.slice(3).join("").replace(/\s+/g, "");
  return story(
    `Two versions of ${chars.toLocaleString("en")} characters without a space`,
    [{ kind: "paragraph", text: fill(joined, chars) }],
    [{ kind: "paragraph", text: fill(shifted, chars) }],
  );
}

/**
 * Two versions of about `words` ordinary words: the bundled story's
 * paragraphs again and again, in `blocksPerVersion` blocks (1: one endless
 * paragraph); the second version leaves out every seventh paragraph.
 */
export function wordyStory(words: number, blocksPerVersion: number): HugeStory {
  const version = (skip: number) => {
    const texts: string[] = [];
    let count = 0;
    for (let i = 0; count < words; i += 1) {
      if (skip && i % skip === 3) continue;
      const text = paragraphs[i % paragraphs.length]!;
      texts.push(text);
      count += text.split(/\s+/).length;
    }
    const per = Math.ceil(texts.length / blocksPerVersion);
    const blocks: Block[] = [];
    for (let i = 0; i < texts.length; i += per)
      blocks.push({ kind: "paragraph", text: texts.slice(i, i + per).join(" ") });
    return blocks;
  };
  return story(
    `Two versions of ${words.toLocaleString("en")} words in ${blocksPerVersion} blocks each`,
    version(0),
    version(7),
  );
}

/**
 * Where a reader points at a passage: on its first line. A passage of
 * thousands of lines has its middle far below the column's fold (Playwright
 * aims at the middle of the bounding box).
 */
export async function firstLinePoint(passage: Locator): Promise<{ x: number; y: number }> {
  return passage.evaluate((el) => {
    const rect = el.getClientRects()[0]!;
    return { x: rect.left + Math.min(rect.width / 2, 40), y: rect.top + rect.height / 2 };
  });
}

/** Clicks a passage on its first line (see `firstLinePoint`). */
export async function clickFirstLine(passage: Locator): Promise<void> {
  const { x, y } = await firstLinePoint(passage);
  await passage.page().mouse.click(x, y);
}

/**
 * The status line once highlights are drawn, found by CSS: a role query
 * walks every element's role, and over 20,000 passages that walk is itself
 * a long frame the measure would count against the app.
 */
export function highlightsShown(page: Page): Locator {
  return page.locator('[role="status"]', { hasText: /passages highlighted/ });
}

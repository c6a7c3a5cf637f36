/**
 * Raw text (a scrape, a pasted article) → the engine's version text: cleaned
 * by the same rules as ingest (page chrome, stray whitespace), one block per
 * line, blank lines between blocks.
 */
import { cleanLines } from "../ingest/clean-lines.ts";
import { parseBlocks } from "../ingest/parse-blocks.ts";
import { BLOCK_SEPARATOR } from "./story-text.ts";

/** Cleans raw text into the block-per-line form the engine and the app use. */
export function normalizeVersionText(raw: string): string {
  return parseBlocks(cleanLines(raw))
    .map((block) => block.text)
    .join(BLOCK_SEPARATOR);
}

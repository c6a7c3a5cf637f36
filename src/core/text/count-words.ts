/**
 * Word counts as a reader means them, and the same in every engine:
 * Intl.Segmenter's word breaks differ between ICU versions (Node and a
 * browser disagree on "U.S.-led"), so words are defined by rule, the same
 * rule the tokenizer uses (see WORD_PATTERN): a run of letters, marks and
 * digits joined across an inner apostrophe, hyphen or full stop; in Chinese
 * and Japanese script each character counts.
 */
import { WORD_PATTERN } from "./tokenize.ts";

/** Counts the words in a text. */
export function countWords(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(WORD_PATTERN)) count += 1;
  return count;
}

/** Counts the words across blocks. */
export function countWordsInBlocks(blocks: readonly { text: string }[]): number {
  return blocks.reduce((sum, block) => sum + countWords(block.text), 0);
}

/**
 * Word counts as a reader means them, and the same in every engine:
 * Intl.Segmenter's word breaks differ between ICU versions (Node and a
 * browser disagree on "U.S.-led"), so words are defined here by rule.
 * A word is a run of letters, marks and digits, joined across an inner
 * apostrophe, hyphen or full stop ("Ukraine’s", "long-term", "U.S", "3.5");
 * in scripts written without spaces (Chinese, Japanese) each character counts.
 */
const WORD =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{M}\p{N}])+(?:['’.\-‐‑](?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{M}\p{N}])+)*/gu;

/** Counts the words in a text. */
export function countWords(text: string): number {
  let count = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text) !== null) count += 1;
  return count;
}

/** Counts the words across blocks. */
export function countWordsInBlocks(blocks: readonly { text: string }[]): number {
  return blocks.reduce((sum, block) => sum + countWords(block.text), 0);
}

/**
 * Whether a stretch of text says anything: separators ("-------"), sign-offs
 * ("ENDS"), numbers alone ("2024 2025 1,500") and symbols occur in many
 * versions without telling the same claim, so the engine links no stretch
 * that lacks real words, by paraphrase or verbatim.
 */
import type { Token } from "./tokenize.ts";

/** A stretch needs this many real words to be linked. */
export const MIN_REAL_WORDS = 2;

// Two letters or more ("ENDS", "ferry"), or one Chinese or Japanese
// character, which is a word of its own there.
const WORDY = /\p{L}.*\p{L}|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** True for a word that carries meaning: not a stopword, not a number, made of letters. */
export function isRealWord(token: Token): boolean {
  return !token.stop && !token.numeric && WORDY.test(token.norm);
}

/** True when the tokens hold at least MIN_REAL_WORDS real words, so the stretch may be linked. */
export function hasRealWords(tokens: readonly Token[]): boolean {
  let count = 0;
  for (const token of tokens) if (isRealWord(token) && ++count >= MIN_REAL_WORDS) return true;
  return false;
}

/**
 * Small readings of running text shared by tagging and suggesting themes:
 * where sentences start (where every word is capitalised, so a capital says
 * nothing about a name), which lines are headlines, and phrase matching.
 */

/** Whether the word at `offset` begins a sentence, a line or the text. */
export function startsSentence(text: string, offset: number): boolean {
  for (let i = offset - 1; i >= 0; i -= 1) {
    const ch = text[i]!;
    if (ch === "\n") return true;
    if (/\s/u.test(ch) || /["“‘'([]/u.test(ch)) continue;
    return /[.!?]/u.test(ch);
  }
  return true;
}

/**
 * Whether the line around `offset` is a headline rather than prose: written
 * in capitals ("FIRE AT POLYMER PLANT") or in title case without a closing
 * full stop ("Fire Crews Battle Blaze At Plant"). Capitals there say nothing
 * about names.
 */
export function inHeadline(text: string, offset: number): boolean {
  const from = text.lastIndexOf("\n", offset - 1) + 1;
  const newline = text.indexOf("\n", offset);
  const line = text.slice(from, newline < 0 ? text.length : newline).trim();
  const words = line.match(/\p{L}[\p{L}\p{M}'’.-]*/gu) ?? [];
  if (words.length < 2) return false;
  if (!/\p{Ll}/u.test(line)) return true;
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  return !/[.!?]["”’]?$/u.test(line) && capitalised / words.length >= 0.6;
}

/** Whether `needle` occurs in `haystack` as a contiguous run. */
export function containsSequence(haystack: readonly string[], needle: readonly string[]): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i += 1) {
    for (let j = 0; j < needle.length; j += 1) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

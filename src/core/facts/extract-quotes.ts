/**
 * Direct quotations: the words between quotation marks of any common style
 * (“…”, "…", ‘…’, '…', «…», „…“, ‹…›, 「…」), nested ones kept inside the
 * outer quotation, with the speaker when the sentence names one next to a
 * verb of saying ("…,” said Anna Berg; Berg said: “…”).
 */
import { normalizeWord, WORD_PATTERN } from "../text/tokenize.ts";
import type { NameFact, QuoteFact } from "./types.ts";

// Opening mark → the marks that may close it.
const PAIRS: Record<string, string> = {
  "“": "”“",
  "„": "“”",
  "‘": "’",
  "‚": "‘’",
  "«": "»",
  "‹": "›",
  "「": "」",
  "『": "』",
  '"': '"',
  "'": "'",
};
const LETTER = /[\p{L}\p{N}]/u;
const SAYING =
  /^(said|says|say|told|tells|added|adds|stated|states|argued|argues|warned|warns|insisted|insists|noted|notes|explained|explains|declared|declares|wrote|writes|asked|asks|replied|replies|according)$/i;

type Open = { mark: string; at: number };

// Whether the mark at i can open a quotation (for ambiguous straight and curly single marks).
function canOpen(line: string, i: number): boolean {
  const before = line[i - 1];
  const after = line[i + 1];
  if (after === undefined || /\s/.test(after)) return false;
  return before === undefined || !LETTER.test(before);
}

// Whether the mark at i can close a quotation opened earlier (not an apostrophe inside a word).
function canClose(line: string, i: number): boolean {
  const after = line[i + 1];
  return after === undefined || !LETTER.test(after);
}

/** Top-level quotation spans in one line (offsets relative to the line), marks included. */
export function findQuoteSpans(
  line: string,
  ignored: ReadonlySet<number> = new Set(),
): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const stack: Open[] = [];
  for (let i = 0; i < line.length; i += 1) {
    const mark = line[i]!;
    if (ignored.has(i)) continue;
    const top = stack[stack.length - 1];
    if (top && PAIRS[top.mark]!.includes(mark) && canClose(line, i) && i > top.at + 1) {
      stack.pop();
      if (stack.length === 0) spans.push({ start: top.at, end: i + 1 });
      continue;
    }
    if (mark in PAIRS && canOpen(line, i)) stack.push({ mark, at: i });
  }
  // A single mark never closed was an apostrophe ("'90s"): read the line again without it.
  const stray = stack.filter((open) => "'‘‚‹".includes(open.mark));
  if (stray.length > 0)
    return findQuoteSpans(line, new Set([...ignored, ...stray.map((o) => o.at)]));
  // A quotation that runs on to the next paragraph is left open in news copy: it ends with the line.
  const open = stack[0];
  if (open && "“„«".includes(open.mark)) spans.push({ start: open.at, end: line.length });
  return spans;
}

/** Folded words of a quotation, for comparison. */
export function quoteWords(text: string): string[] {
  return [...text.matchAll(new RegExp(WORD_PATTERN.source, "gu"))].map((m) => normalizeWord(m[0]));
}

/**
 * Finds the quotations in `text`; `names` (from extractNames on the same
 * text) supply the speaker.
 */
export function extractQuotes(text: string, names: readonly NameFact[] = []): QuoteFact[] {
  const facts: QuoteFact[] = [];
  for (const line of text.matchAll(/[^\n]+/g)) {
    const spans = findQuoteSpans(line[0]).map((s) => ({
      start: line.index + s.start,
      end: line.index + s.end,
    }));
    for (const span of spans) {
      const quoted = text.slice(span.start, span.end);
      const words = quoteWords(quoted);
      if (words.length === 0) continue;
      const outside = names.filter((n) => !spans.some((s) => n.start >= s.start && n.end <= s.end));
      facts.push({
        kind: "quote",
        ...span,
        text: quoted,
        words,
        speaker: findSpeaker(text, span, outside),
      });
    }
  }
  return facts;
}

// A name right next to a verb of saying, just after the quotation ("…,” said X / X said)
// or just before it (X said: “…”).
function findSpeaker(
  text: string,
  span: { start: number; end: number },
  names: readonly NameFact[],
) {
  const lineEnd = text.indexOf("\n", span.end);
  const after = text.slice(span.end, lineEnd < 0 ? text.length : lineEnd);
  const lineStart = text.lastIndexOf("\n", span.start - 1) + 1;
  const before = text.slice(lineStart, span.start);
  const nameAt = (offset: number) => names.find((n) => n.start === offset);
  // After: `, said Name` or `, Name said`
  const afterMatch = /^[\s,]*(\p{L}+)\s+/u.exec(after);
  if (afterMatch) {
    const at = span.end + afterMatch[0].length;
    if (SAYING.test(afterMatch[1]!)) return nameAt(at)?.text ?? null;
    const name = nameAt(span.end + afterMatch.index + afterMatch[0].indexOf(afterMatch[1]!));
    if (
      name &&
      /^\s+(\p{L}+)/u.test(text.slice(name.end)) &&
      SAYING.test(/^\s+(\p{L}+)/u.exec(text.slice(name.end))![1]!)
    )
      return name.text;
  }
  // Before: `Name said: “` or `Name said “`
  const beforeMatch = /(\p{L}+)[\s,:]*$/u.exec(before);
  if (beforeMatch && SAYING.test(beforeMatch[1]!)) {
    const verbAt = lineStart + beforeMatch.index;
    const name = names.find((n) => /^\s+$/.test(text.slice(n.end, verbAt)));
    return name?.text ?? null;
  }
  return null;
}

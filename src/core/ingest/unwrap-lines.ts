/**
 * Hard-wrapped text (wire copy, email digests, PDF copy-and-paste) breaks
 * its lines at a column, not where the writer ended a paragraph. Taken line
 * by line, "…challenged a High Court ruling last" / "December that…" became
 * a sub-heading and a new paragraph. Here a text is first judged wrapped or
 * not, as a whole; if it is, its lines are joined into the paragraphs the
 * writer meant, whatever letter a line starts with, and the real breaks
 * (blank lines, indentation, paragraph marks, lines that end early) are kept.
 * Only line breaks change: words and their order never do.
 */
import type { SourceLine } from "./clean-lines.ts";

/** A cleaned line with what its layout says: its indentation and width, and a paragraph mark. */
export type LaidLine = {
  text: string;
  /** Leading spaces in the source (a tab counts four). */
  indent: number;
  /** Columns the line took in the source: indent plus text. */
  width: number;
  /** The line ended with a wire paragraph mark (`<`). */
  marked: boolean;
};

/** A laid line, or `null` for a paragraph break (blank line, separator). */
export type LaidSourceLine = LaidLine | null;

// Wrapped text is wrapped somewhere between these columns.
const MIN_WRAP = 30;
const MAX_WRAP = 130;
// A line is "full" when it reaches this share of the wrap column.
const FULL = 0.75;
// Share of full lines that must end mid-sentence for a text to be wrapped.
const MID_SENTENCE = 0.6;
// A line shorter than this share of the column is short: a heading, a byline, a tail.
const SHORT = 0.6;
// A line that ends mid-sentence yet leaves this share of the column free
// was broken on purpose (balanced wrappers leave a little slack, not this much).
const EARLY = 0.8;

const SENTENCE_END = /[.!?…:]["'”’»)\]]*$/u;
const LIST_OR_HEADING = /^(?:[-*•–]\s+\S|#{1,6}\s)/u;

/**
 * The column a text is wrapped at: its longest line, bar outliers (lines
 * more than a tenth past the 90th percentile: a headline or a link that
 * was never wrapped).
 */
export function estimateWrapColumn(lines: readonly LaidSourceLine[]): number {
  const widths = lines.flatMap((line) => (line ? [line.width] : [])).sort((a, b) => a - b);
  if (widths.length === 0) return 0;
  const typical = widths[Math.floor(0.9 * (widths.length - 1))]!;
  return widths.filter((width) => width <= 1.1 * typical).pop()!;
}

/**
 * True when a text is hard-wrapped: its lines end near one column, and most
 * of the lines that reach it end mid-sentence (a wrapper breaks where the
 * column falls, a writer where the sentence ends). Text with one paragraph
 * per line fails on the column (too wide) or on the endings (its long lines
 * end sentences).
 */
export function isHardWrapped(lines: readonly LaidSourceLine[]): boolean {
  const column = estimateWrapColumn(lines);
  if (column < MIN_WRAP || column > MAX_WRAP) return false;
  // Full lines followed by another line, with nothing between: where a wrap could be.
  const full = lines.filter(
    (line, i): line is LaidLine =>
      line !== null && lines[i + 1] != null && !line.marked && line.width >= FULL * column,
  );
  const midSentence = full.filter((line) => !SENTENCE_END.test(line.text));
  return midSentence.length >= 2 && midSentence.length >= MID_SENTENCE * full.length;
}

/**
 * Joins hard-wrapped lines into paragraphs (one string each, `null` between
 * paragraphs); text that is not hard-wrapped keeps its lines. Either way a
 * paragraph mark ends a paragraph.
 */
export function unwrapLines(lines: readonly LaidSourceLine[]): SourceLine[] {
  const wrapped = isHardWrapped(lines);
  const column = estimateWrapColumn(lines);
  const baseIndent = mostCommon(lines.flatMap((line) => (line ? [line.indent] : [])));
  const blankSeparated = usesBlankLines(lines);
  const out: SourceLine[] = [];
  let previous: LaidLine | null = null;
  for (const line of lines) {
    if (line === null || previous?.marked) {
      if (out.length > 0 && out[out.length - 1] !== null) out.push(null);
    }
    if (line === null) {
      previous = null;
      continue;
    }
    if (
      wrapped &&
      previous &&
      !previous.marked &&
      continuesLine(previous, line, { column, baseIndent, blankSeparated })
    ) {
      out[out.length - 1] = `${out[out.length - 1] as string} ${line.text}`;
    } else {
      out.push(line.text);
    }
    previous = line;
  }
  if (out[out.length - 1] === null) out.pop();
  return out;
}

type Layout = { column: number; baseIndent: number; blankSeparated: boolean };

// Whether `line` continues `previous` in a wrapped text, or starts anew.
function continuesLine(previous: LaidLine, line: LaidLine, layout: Layout): boolean {
  if (LIST_OR_HEADING.test(line.text) || previous.text.startsWith("#")) return false;
  // First-line indentation starts a paragraph.
  if (line.indent > layout.baseIndent) return false;
  // A wrapper breaks only when the next word does not fit; if it would
  // have fitted, the writer broke the line (a paragraph's end, a heading).
  const room = layout.column - previous.width - 1;
  const nextWord = line.text.split(" ", 1)[0]!.length;
  const endsSentence = SENTENCE_END.test(previous.text);
  if (endsSentence && nextWord <= room) return false;
  if (!endsSentence && nextWord <= room - (1 - EARLY) * layout.column) return false;
  // Without blank lines between paragraphs, a sentence's end followed by a
  // short line is a paragraph's end: a one-line paragraph or heading follows.
  if (!layout.blankSeparated && endsSentence && line.width < SHORT * layout.column) return false;
  return true;
}

// Blank lines separate paragraphs when there are several and the runs
// between them are paragraph-sized (a header block set off by one blank
// line above unbroken copy does not count).
function usesBlankLines(lines: readonly LaidSourceLine[]): boolean {
  const runs: number[] = [0];
  for (const line of lines) {
    if (line === null) runs.push(0);
    else runs[runs.length - 1]! += 1;
  }
  const sizes = runs.filter((size) => size > 0).sort((a, b) => a - b);
  return sizes.length >= 3 && sizes[Math.floor(sizes.length / 2)]! <= 10;
}

function mostCommon(values: readonly number[]): number {
  const counts = new Map<number, number>();
  let best = 0;
  let bestCount = 0;
  for (const value of values) {
    const count = (counts.get(value) ?? 0) + 1;
    counts.set(value, count);
    if (count > bestCount || (count === bestCount && value < best))
      [best, bestCount] = [value, count];
  }
  return best;
}

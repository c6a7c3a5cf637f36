/**
 * First step of ingest: raw scraped text → clean lines. Scrapes carry
 * invisible characters, uneven spacing and page furniture ("Leave a
 * comment", "Trending", share buttons) that no version of a story "says";
 * left in, they would show up as text and, later, as false differences.
 * Typographic characters (’ — “ ”) are content and are never touched.
 * Nothing is removed silently: cleanLinesWithReport says which lines went and why.
 */

import {
  BYLINE,
  classifyWireLine,
  HEAD_LINES,
  stripParagraphMark,
  type WireReason,
} from "./wire-chrome.ts";
import { unwrapLines, type LaidSourceLine } from "./unwrap-lines.ts";

/** A line of source text; `null` stands for a blank line (a paragraph break). */
export type SourceLine = string | null;

// Invisible characters that only get in the way: zero-width space, word
// joiner, byte-order mark, soft hyphen. ZWJ and ZWNJ stay: emoji and
// several scripts need them.
const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD]/g;
// C0/C1 control characters other than tab and newline.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
// Runs of whitespace inside a line, except the no-break space, which can
// be meaningful ("10 000", "p. 5").
const SPACE_RUN = /[^\S\n\u00A0]+/g;

/**
 * Why cleaning removed a line: page furniture, nothing but invisible and
 * control characters, or wire chrome (a separator, a slug or catch line, a
 * byline line in the head, which the version keeps as its `byline`).
 */
export type RemovalReason = "furniture" | "control-characters" | WireReason;

/** A line cleaning removed: its text as found, why, and its index among the raw text's lines. */
export type RemovedLine = { line: string; reason: RemovalReason; index: number };

/**
 * A furniture line is short: "Share this", "5 min read", "© 2025 Example
 * Media Ltd. All rights reserved." Anything longer reads as story text and
 * is kept, whatever word it starts with.
 */
const MAX_FURNITURE_WORDS = 12;

const TAG = String.raw`[\p{L}\p{N}][\p{L}\p{N}&'’.-]*(?: [\p{L}\p{N}][\p{L}\p{N}&'’.-]*){0,3}`;
// A copyright line names only its holder and years ("© 2025 Example Media
// Ltd.", "Copyright 2010–2024 The Paper"): capitalised words, years and
// joiners, so "© 2024 figures show a 5% rise in taxes." stays. Case matters
// here; words are apart by spaces, so a long word cannot be split in many ways.
const HOLDER_WORD = String.raw`(?:\p{Lu}[\p{L}\p{N}&'’.-]*|\p{N}{4}(?:[-–]\p{N}{4})?|&|and|of|the|for)`;
const COPYRIGHT_LINE = new RegExp(
  String.raw`^(?:©|\([cC]\)|[Cc]opyright|COPYRIGHT)(?:\s*(?:©|\([cC]\)))?(?:\s*${HOLDER_WORD}(?:,?\s+${HOLDER_WORD}){0,7})?` +
    String.raw`(?:[.,;]?\s*(?:[Aa]ll [Rr]ights [Rr]eserved|ALL RIGHTS RESERVED))?` +
    // Wire copy adds its terms: "Not for resale", "No reproduction without permission".
    String.raw`(?:[.,;]?\s*(?:[Nn]ot for (?:re-?)?(?:sale|distribution|publication)|[Nn]o reproduction without (?:written )?permission))?[\s.:!|·•-]*$`,
  "u",
);

/**
 * Whole lines that are page furniture, not article text. Each pattern is
 * matched against the entire trimmed line, case-insensitively, so an
 * article sentence that merely contains "share" or "trending" is kept. No
 * pattern ends in free text: "Topics: the council spent two hours on
 * roads." is a sentence, "Topics: Budget, Roads" a list of tags.
 */
const CHROME_PATTERNS: readonly RegExp[] = [
  /leave a (comment|reply)/,
  /(\d+ )?comments?( \(\d+\))?/,
  /(view|show|load|read) (all |more )?comments/,
  /trending( now| stories| topics)?/,
  /share( this| the)?( article| story| post| page)?( on [\w ]{1,20})?/,
  /share (on|via) [\w ]{1,20}/,
  /(tweet|email|print|facebook|twitter|x|whatsapp|linkedin|reddit|pinterest|telegram|copy link)/,
  /advert(isement|ising)?|ad|sponsored( content)?|promoted( content)?/,
  /read (more|next|the full (story|article))|continue reading|see more/,
  /(related|recommended|more)( articles| stories| coverage| content| for you| reading| news)?/,
  /(most (read|popular|viewed|shared))|popular( now)?|you (may|might) also like|editors?’?'?s? picks?/,
  /subscribe( now| today| to (our|the) newsletter)?|sign up( for (our|the) newsletter)?|newsletter( sign-?up)?/,
  /follow us( on [\w ,&]{1,40})?/,
  /skip to (main )?content|back to top|jump to (comments|content)/,
  /(accept|manage|reject) (all )?cookies|cookie (settings|policy|preferences)|privacy policy|terms (of (use|service)|and conditions)/,
  /all rights reserved/,
  /(\d+ )?min(ute)?s? read|listen to (this )?article|loading\.{0,3}|…/,
  /click here( to [\w ]{1,40})?|tap here( to [\w ]{1,40})?/,
  // Tags: up to four words each, separated by commas, bars or dots.
  /(tags?|topics?|filed under):\s*TAG(\s*[,|·•/]\s*TAG)*/,
].map((pattern) => new RegExp(`^(?:${pattern.source.replaceAll("TAG", TAG)})[\\s.:!|·•-]*$`, "iu"));

/** True when the whole line is page furniture rather than article text. */
export function isPageChrome(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed === "" || trimmed.split(/\s+/u).length > MAX_FURNITURE_WORDS) return false;
  return COPYRIGHT_LINE.test(trimmed) || CHROME_PATTERNS.some((pattern) => pattern.test(trimmed));
}

/** Normalises one line's characters and spacing; keeps its words and punctuation. */
export function cleanLine(line: string): string {
  return line.replace(INVISIBLE, "").replace(CONTROL, "").replace(SPACE_RUN, " ").trim();
}

/**
 * Splits raw text into clean lines: normalised line breaks, invisible and
 * control characters removed, spacing collapsed, page and wire chrome
 * dropped, hard-wrapped lines joined into paragraphs (unwrap-lines.ts), runs
 * of blank lines folded into one `null` (and none at either end).
 */
export function cleanLines(raw: string): SourceLine[] {
  return cleanLinesWithReport(raw).lines;
}

/**
 * cleanLines, with a report of every line it removed and why, so that a
 * caller can tell the reader what was left out instead of dropping it silently.
 * Blank lines are not reported: they only separate paragraphs, and neither is
 * a wire paragraph mark (`<` at a line's end), which is layout like the line
 * break it stands beside. Lines whose cleaned text is in `keep` are kept even
 * if they look like furniture: the reader has looked at them and said they
 * belong to the story (by text, not position, so the choice survives edits above the line).
 */
export function cleanLinesWithReport(
  raw: string,
  { keep }: { keep?: ReadonlySet<string> } = {},
): {
  lines: SourceLine[];
  removed: RemovedLine[];
} {
  const lines = raw.replace(/\r\n?|[\u2028\u2029\u0085]/g, "\n").split("\n");
  const laid: LaidSourceLine[] = [];
  const removed: RemovedLine[] = [];
  let seen = 0; // non-empty lines so far: a byline is read only in the head
  lines.forEach((rawLine, index) => {
    const line = cleanLine(rawLine);
    if (line === "") {
      if (rawLine.trim() !== "")
        removed.push({ line: rawLine, reason: "control-characters", index });
      laid.push(null);
      return;
    }
    const { text, marked } = stripParagraphMark(line);
    seen += 1;
    const byline = seen <= HEAD_LINES && BYLINE.test(text) ? "byline" : null;
    const reason = keep?.has(line) ? null : (byline ?? removalReason(text));
    if (reason) {
      removed.push({ line, reason, index });
      // Wire chrome stands between paragraphs (a rule, a slug, a sign-off);
      // a furniture line inside a paragraph leaves it whole, as before.
      if (reason !== "furniture") laid.push(null);
      return;
    }
    const indent = measureIndent(rawLine);
    laid.push({ text, indent, width: indent + text.length, marked });
  });
  return { lines: unwrapLines(laid), removed };
}

/** Why a cleaned line would be removed, or null when it is story text. */
export function removalReason(line: string): RemovalReason | null {
  return classifyWireLine(line) ?? (isPageChrome(line) ? "furniture" : null);
}

// Leading spaces of a source line (a tab counts four; invisible characters none).
function measureIndent(rawLine: string): number {
  const lead = /^[\s\u200B\u2060\uFEFF\u00AD]*/u.exec(rawLine)![0];
  return [...lead.replace(INVISIBLE, "")].reduce((sum, ch) => sum + (ch === "\t" ? 4 : 1), 0);
}

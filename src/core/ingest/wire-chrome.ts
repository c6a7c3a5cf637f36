/**
 * Press-agency wire copy carries lines that are transmission, not story:
 * separators, slug lines with time stamps and page and desk codes,
 * sign-offs ("ENDS", "(more)"), agency tags, and `<` marking each
 * paragraph's end. Left in, they read as text and, worse, as text every
 * version shares. Each rule matches a whole line, so a sentence that
 * happens to contain "more" or a time is kept.
 */

/**
 * Why a wire line carries no story text: a rule of dashes and the like, a
 * slug/catch line, or the byline (kept as the version's metadata instead).
 */
export type WireReason = "separator" | "wire-slug" | "byline";

/** Bylines, datelines and slugs sit above the story or open it: within its first lines. */
export const HEAD_LINES = 12;

const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|der|da|al|and|&))*`;
/**
 * A byline on a line of its own: "By Ada Whitlock, Wire News", "BY ADA
 * WHITLOCK", "By A and B for The Courier"; capitalised names only, so "By
 * then the ferry had gone." is not one. Groups: the names, the outlet.
 */
export const BYLINE = new RegExp(
  String.raw`^(?:By|BY):?\s+(${NAME})(?:\s*(?:,|\||/|–|—|\s-|\sfor\s)\s*(${NAME}))?\.?$`,
  "u",
);

// Runs of -, =, *, _, ~ or # (spaced or not), at least three marks in all:
// "-----", "= = =", "* * *". A scene break in prose is a paragraph break too.
const SEPARATOR = /^(?:[-=*_~#]\s*){3,}$/u;

// A time ("14:07", "9.30am") and a date ("12/03/24", "2024-03-12").
const TIME = String.raw`\d{1,2}[:.]\d{2}(?:\s?[aApP]\.?[mM]\.?)?`;
const DATE = String.raw`(?:\d{1,2}/\d{1,2}/\d{2}(?:\d{2})?|\d{4}-\d{2}-\d{2})`;
const STAMP = String.raw`(?:${TIME}\s+${DATE}|${DATE}(?:\s+${TIME})?|${TIME})`;
// A slug: a stamp, then (after a colon or space) codes only: "Page 1",
// "(HHH)", desk words in capitals, and one catch-word last ("Harbour").
// Case matters, so "14:07 the minister arrived" stays.
const CODE_WORD = String.raw`(?:Page\s+\d+[A-Z]?|\([A-Z0-9]{1,6}\)|[A-Z0-9][A-Z0-9&/.-]*)`;
// A trailing note in brackets says what the take is: "(writethru)", "(corrects age)".
const TAKE_NOTE = String.raw`(?:\s+\([\p{L}\d ,'’-]{1,30}\))?`;
const SLUG = new RegExp(
  String.raw`^(?:${STAMP})(?:\s*:?\s+${CODE_WORD}(?:\s+${CODE_WORD}){0,6})?(?:\s+\p{Lu}\p{Ll}+)?${TAKE_NOTE}\s*:?$`,
  "u",
);
// A slug without a stamp still names a page and a desk: "Page 1 (HHH) COURTS Care".
const PAGE_SLUG = /^Page\s+\d+[A-Z]?\s+\([A-Z0-9]{1,6}\)(?:\s+[A-Z0-9][\w&/'’.-]*){0,6}$/u;
// Sign-offs and continuation marks, whole line, any case: "ENDS", "(more)", "-30-", "###".
const SIGN_OFF = /^(?:\(?(?:ends?|more)\)?|-\s*(?:30|0)\s*-|#{3}|[<>]+)[.\s]*$/iu;
// Agency tags on a line of their own ("PA", "(AP)"): a short, known list,
// so a one-word heading such as "NATO" is never taken for one.
const AGENCY_TAG =
  /^[(\-–—\s]*(?:PA|PA News|AP|AFP|UPI|dpa|DPA|Reuters|REUTERS|ANSA|EFE|Kyodo|Xinhua|CP|AAP)[)\s.]*$/u;

// Agency credits at the foot: "(Reporting by Ada Whitlock; Editing by Tom Reyes)":
// each part a role and names only, so "Reporting by the council showed…" is text.
const CREDIT_PART = String.raw`(?:Additional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Pp]roduced|[Gg]raphics)(?:\s+and\s+\w+ing)?\s+by\s+${NAME}(?:\s*(?:,|and|&)\s*${NAME})*(?:\s+in\s+${NAME})?`;
const CREDIT = new RegExp(String.raw`^\(?${CREDIT_PART}(?:\s*[;,]\s*${CREDIT_PART})*\)?\.?$`, "u");

/** Which kind of wire chrome a cleaned line is, or null when it may be story text. */
export function classifyWireLine(line: string): WireReason | null {
  const trimmed = line.trim();
  if (SEPARATOR.test(trimmed)) return "separator";
  if (CREDIT.test(trimmed)) return "byline";
  if (
    SLUG.test(trimmed) ||
    PAGE_SLUG.test(trimmed) ||
    SIGN_OFF.test(trimmed) ||
    AGENCY_TAG.test(trimmed)
  )
    return "wire-slug";
  return null;
}

// A `<` or `>` closing a line of text: the feed's paragraph mark. Not after
// another angle bracket or dash ("->", "<<"), which is a symbol in the text.
const PARAGRAPH_MARK = /(?<=[^\s<>=-])\s*[<>]\s*$/u;

/**
 * Removes a wire paragraph mark (`<` or `>` at the line's end) and says
 * whether there was one: the mark is layout, like the line break itself,
 * and it tells where a paragraph ends in text without blank lines.
 */
export function stripParagraphMark(line: string): { text: string; marked: boolean } {
  const match = PARAGRAPH_MARK.exec(line);
  return match ? { text: line.slice(0, match.index), marked: true } : { text: line, marked: false };
}

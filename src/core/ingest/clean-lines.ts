/**
 * First step of ingest: raw scraped text → clean lines. Scrapes carry
 * invisible characters, uneven spacing and page furniture ("Leave a
 * comment", "Trending", share buttons) that no version of a story "says";
 * left in, they would show up as text and, later, as false differences.
 * Typographic characters (’ — “ ”) are content and are never touched.
 */

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
 * Whole lines that are page furniture, not article text. Each pattern is
 * matched against the entire trimmed line, case-insensitively, so an
 * article sentence that merely contains "share" or "trending" is kept.
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
  /all rights reserved|©.{0,80}|copyright (©|\(c\)|\d{4}).{0,80}/,
  /(\d+ )?min(ute)?s? read|listen to (this )?article|loading\.{0,3}|…/,
  /click here( to [\w ]{1,40})?|tap here( to [\w ]{1,40})?/,
  /tags?:.{0,80}|topics?:.{0,80}/,
].map((pattern) => new RegExp(`^(?:${pattern.source})[\\s.:!|·•-]*$`, "iu"));

/** True when the whole line is page furniture rather than article text. */
export function isPageChrome(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed === "") return false;
  return CHROME_PATTERNS.some((pattern) => pattern.test(trimmed));
}

/** Normalises one line's characters and spacing; keeps its words and punctuation. */
export function cleanLine(line: string): string {
  return line.replace(INVISIBLE, "").replace(CONTROL, "").replace(SPACE_RUN, " ").trim();
}

/**
 * Splits raw text into clean lines: normalised line breaks, invisible and
 * control characters removed, spacing collapsed, page chrome dropped, runs
 * of blank lines folded into one `null` (and none at either end).
 */
export function cleanLines(raw: string): SourceLine[] {
  const lines = raw.replace(/\r\n?|[\u2028\u2029\u0085]/g, "\n").split("\n");
  const out: SourceLine[] = [];
  for (const rawLine of lines) {
    const line = cleanLine(rawLine);
    if (line === "") {
      if (out.length > 0 && out[out.length - 1] !== null) out.push(null);
      continue;
    }
    if (isPageChrome(line)) continue;
    out.push(line);
  }
  while (out.length > 0 && out[out.length - 1] === null) out.pop();
  return out;
}

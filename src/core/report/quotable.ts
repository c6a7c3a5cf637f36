/**
 * A passage's words as a reader can quote them: a passage is cut where the
 * engine cut it (mid-sentence, at a comma, with a neighbour's quotation
 * mark), and shown raw it reads as ", as diplomatic activity “". The report
 * and the overview's lists show passages this way.
 */

// What a passage may be cut at: punctuation and the closing (leading) or opening (trailing)
// quotation mark of a neighbouring sentence.
const LEADING = /^[\s,;:.)\]—–\-”’»]+/u;
const TRAILING = /[\s,;:(—–\-“„«‘]+$/u;
const OPENING_MARK = /(^|\s)[“„«‘"]$/u;

/**
 * A passage's words as a quotable line: joined across paragraph breaks,
 * stripped of the punctuation it was cut at, with "…" where it starts or
 * ends inside a sentence (no more ", as diplomatic activity").
 */
export function quotable(passage: { text: string; start: number }, versionText: string): string {
  const lead = LEADING.exec(passage.text)?.[0].length ?? 0;
  const trimmed = passage.text.slice(lead).replace(TRAILING, "");
  if (trimmed === "") return "";
  // A quotation whose opening mark the engine left with the passage before: the mark comes back.
  const mark =
    lead === 0 &&
    OPENING_MARK.test(versionText.slice(Math.max(0, passage.start - 2), passage.start));
  const from = passage.start + lead - (mark ? 1 : 0);
  const to = passage.start + lead + trimmed.length;
  // A sentence or a paragraph (a heading too) begins before it and ends after it.
  const opens = /(^|[.!?:"”’»]\s*|[“„«‘「(]|\n\s*)$/u.test(
    versionText.slice(Math.max(0, from - 8), from),
  );
  const closes = /[.!?"”’»]$/u.test(trimmed) || /^[ \t]*(\n|$)/.test(versionText.slice(to, to + 8));
  const text = versionText.slice(from, to).replace(/\s+/g, " ");
  return `${opens ? "" : "…"}${text}${closes ? "" : "…"}`;
}

/**
 * A passage as one quoted line: its quotable words in quotation marks
 * (unless it opens with its own), cut to `maxLength` characters.
 */
export function quoteLine(
  passage: { text: string; start: number },
  versionText: string,
  maxLength = Number.POSITIVE_INFINITY,
): string {
  const text = quotable(passage, versionText);
  const cut = text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
  return /^…?["“„«‘'「]/u.test(cut) ? cut : `“${cut}”`;
}

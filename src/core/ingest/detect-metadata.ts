/**
 * What a version's own text says about itself: who wrote it ("By Ada
 * Whitlock, Wire News"), for whom, where and when it was filed ("MARLOW,
 * March 12 (Wire) -", a slug's time stamp). Read by rule from the raw text,
 * so a reader comparing wire copy can see which version is which without
 * typing it in. Nothing here changes the text: a dateline stays at the
 * start of its paragraph, it is only reported as well.
 */
import { cleanLine } from "./clean-lines.ts";
import { BYLINE, HEAD_LINES, stripParagraphMark } from "./wire-chrome.ts";

/** Metadata read from a version's text; each field only when the text states it. */
export type VersionMetadata = {
  /** The writer(s), as the byline names them: "Ada Whitlock". */
  byline?: string;
  /** The agency or outlet: "Wire News", "Reuters". */
  source?: string;
  /** Place, and date if given, that open the story: "MARLOW, March 12". */
  dateline?: string;
  /** When it was filed, ISO 8601 without a zone: "2024-03-12" or "2024-03-12T14:07". */
  published?: string;
};

const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
const WEEKDAY = String.raw`(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day`;
const DAY_DATE = String.raw`(?:${MONTH}\s+\d{1,2}|\d{1,2}\s+${MONTH}|${WEEKDAY})`;
// "MARLOW, March 12 (Wire) -", "NEW YORK —", "Marlow, Tuesday:": a place in
// capitals (a mixed-case place needs a date after it, or any "Word:" would do),
// an optional date and agency, then a dash or colon before the story.
const DATELINE = new RegExp(
  String.raw`^((?:\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]+)*(?:,\s*${DAY_DATE})?)|(?:\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+)*,\s*${DAY_DATE}))` +
    String.raw`\s*(?:\(([^()]{2,30})\))?\s*[-–—:]\s+\S`,
  "u",
);

const AGENCY_LINE = /^[(\-–—\s]*(PA|AP|AFP|UPI|dpa|Reuters|ANSA|EFE|Kyodo|Xinhua|AAP)[)\s.]*$/iu;

const TIME = String.raw`(\d{1,2})[:.](\d{2})`;
const NUMERIC_DATE = String.raw`(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})`;
// A line that is a time stamp first: "14:07 12/03/24: Page 1…", "12/03/2024 14:07".
const SLUG_STAMP = new RegExp(
  String.raw`^(?:${TIME}\s+${NUMERIC_DATE}|${NUMERIC_DATE}(?:\s+${TIME})?)(?=$|[\s:])`,
  "u",
);
const ISO_STAMP =
  /^(?:(?:Published|Updated|Posted|Filed)\s*:?\s*)?(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2}))?/iu;

/**
 * Reads byline, source, dateline and filing time from a version's raw text
 * (see docs/data-format.md, "What ingest does to raw text"). Pure; the
 * fields a text does not state are absent.
 */
export function detectVersionMetadata(raw: string): VersionMetadata {
  const lines = raw
    .split(/\r\n?|\n/u)
    .map((line) => stripParagraphMark(cleanLine(line)).text)
    .filter((line) => line !== "");
  const head = lines.slice(0, HEAD_LINES);
  const found: VersionMetadata = {};
  let agency: string | undefined;
  for (const line of head) {
    const byline = found.byline ? null : BYLINE.exec(line);
    if (byline) {
      found.byline = byline[1]!.trim();
      if (byline[2]) found.source ??= byline[2].trim();
      continue;
    }
    const stamp = found.published ? undefined : readStamp(line);
    if (stamp) found.published = stamp;
    const dateline = found.dateline || line.split(/\s+/u).length < 8 ? null : DATELINE.exec(line);
    if (dateline) {
      found.dateline = dateline[1]!.trim();
      if (dateline[2]) found.source = dateline[2].trim();
    }
  }
  // An agency tag usually signs off at the end.
  for (const line of [...head, ...lines.slice(-3)]) agency ??= AGENCY_LINE.exec(line)?.[1];
  if (!found.source && agency) found.source = agency;
  return found;
}

// A time stamp at the start of a line, as an ISO date (and time). Wire
// slugs write the day first; a "day" over 12 can only be a month-first date.
function readStamp(line: string): string | undefined {
  const iso = ISO_STAMP.exec(line);
  if (iso) return formatStamp(+iso[1]!, +iso[2]!, +iso[3]!, iso[4], iso[5]);
  const slug = SLUG_STAMP.exec(line);
  if (!slug) return undefined;
  const [hour, minute, first, second, year] = slug[1]
    ? [slug[1], slug[2], slug[3]!, slug[4]!, slug[5]!]
    : [slug[9], slug[10], slug[6]!, slug[7]!, slug[8]!];
  const [day, month] = +second > 12 ? [+second, +first] : [+first, +second];
  const fullYear = year.length === 4 ? +year : +year + (+year < 70 ? 2000 : 1900);
  return formatStamp(fullYear, month, day, hour, minute);
}

function formatStamp(
  year: number,
  month: number,
  day: number,
  hour?: string,
  minute?: string,
): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const pad = (n: number) => String(n).padStart(2, "0");
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (hour === undefined || minute === undefined || +hour > 23 || +minute > 59) return date;
  return `${date}T${pad(+hour)}:${minute}`;
}

/**
 * Calendar references: weekdays ("on Tuesday"), days of a month ("12 March",
 * "March 12th", "12th of March"), months ("in May 2024") and years ("since
 * 2022"). Relative dates ("yesterday", "last week") are not read: two
 * versions written on different days may both be right.
 */
import type { DateFact } from "./types.ts";

const MONTHS =
  "january february march april may june july august september october november december".split(
    " ",
  );
const MONTH_NAMES =
  "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`((?:1[89]|20)\d\d)`;

// Most specific first; each alternative captures weekday?, day, month, year as named groups.
const DATE = new RegExp(
  [
    String.raw`\b(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?:,?\s+(?:the\s+)?(?<wd>\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+(?<wm>${MONTH_NAMES})\.?\b(?:,?\s+(?<wy>${YEAR.slice(1, -1)}))?|,?\s+(?<wm2>${MONTH_NAMES})\.?\s+(?<wd2>\d{1,2})(?:st|nd|rd|th)?\b)?`,
    String.raw`\b${DAY.replace("(", "(?<d1>")}(?:\s+of)?\s+(?<m1>${MONTH_NAMES})\b\.?(?:,?\s+(?<y1>${YEAR.slice(1, -1)}))?`,
    String.raw`\b(?<m2>${MONTH_NAMES})\.?\s+${DAY.replace("(", "(?<d2>")}\b(?:,?\s+(?<y2>${YEAR.slice(1, -1)}))?`,
    String.raw`\b(?<m3>January|February|March|April|June|July|August|September|October|November|December)(?:\s+(?<y3>${YEAR.slice(1, -1)}))?\b`,
    String.raw`\b(?<m4>May)\s+(?<y4>${YEAR.slice(1, -1)})\b`,
    String.raw`(?<![\d,.$£€])\b(?<y5>${YEAR.slice(1, -1)})\b(?![,.]?\d|\s*%)`,
  ].join("|"),
  "g",
);

const monthNumber = (name: string | undefined) =>
  name === undefined
    ? undefined
    : MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().slice(0, 3))) + 1;
const numberOr = (value: string | undefined) => (value === undefined ? undefined : Number(value));

/** Finds the dates in `text`; "May" alone is left out (it is far more often the verb). */
export function extractDates(text: string): DateFact[] {
  const facts: DateFact[] = [];
  for (const match of text.matchAll(DATE)) {
    const g = match.groups ?? {};
    const fact: DateFact = {
      kind: "date",
      start: match.index,
      end: match.index + match[0].length,
      text: match[0],
    };
    if (g.weekday) fact.weekday = g.weekday.toLowerCase();
    const day = numberOr(g.wd ?? g.wd2 ?? g.d1 ?? g.d2);
    const month = monthNumber(g.wm ?? g.wm2 ?? g.m1 ?? g.m2 ?? g.m3 ?? g.m4);
    const year = numberOr(g.wy ?? g.y1 ?? g.y2 ?? g.y3 ?? g.y4 ?? g.y5);
    if (day !== undefined && (day < 1 || day > 31)) continue;
    if (day !== undefined) fact.day = day;
    if (month !== undefined) fact.month = month;
    if (year !== undefined) fact.year = year;
    facts.push(fact);
  }
  return facts;
}

/** Whether two dates can be the same day: no part both give differs. */
export function datesAgree(a: DateFact, b: DateFact): boolean {
  return (["weekday", "day", "month", "year"] as const).every(
    (part) => a[part] === undefined || b[part] === undefined || a[part] === b[part],
  );
}

/** Whether two dates give at least one part in common (so they can be compared at all). */
export function datesComparable(a: DateFact, b: DateFact): boolean {
  return (["weekday", "day", "month", "year"] as const).some(
    (part) => a[part] !== undefined && b[part] !== undefined,
  );
}

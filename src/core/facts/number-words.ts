/**
 * Numbers written as words: cardinals ("twenty-five"), ordinals ("third"),
 * scales ("million", "bn") and dozens ("a dozen", "half a dozen"). Kept apart
 * from the scanner so that the vocabulary is in one place.
 */

const UNITS =
  "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(
    " ",
  );
const TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split(" ");
const ORDINALS =
  "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth".split(
    " ",
  );

const CARDINAL = new Map<string, number>([
  ...UNITS.map((word, i) => [word, i] as const),
  ...TENS.map((word, i) => [word, (i + 2) * 10] as const),
]);
const ORDINAL = new Map<string, number>([
  ...ORDINALS.map((word, i) => [word, i + 1] as const),
  ...TENS.map((word, i) => [word.replace(/y$/, "ieth"), (i + 2) * 10] as const),
  ["hundredth", 100],
]);

/** Multipliers after a number: "3 million", "£4bn", "20k". */
export const SCALES: ReadonlyMap<string, number> = new Map([
  ["hundred", 100],
  ["thousand", 1e3],
  ["million", 1e6],
  ["billion", 1e9],
  ["trillion", 1e12],
  ["k", 1e3],
  ["m", 1e6],
  ["mn", 1e6],
  ["bn", 1e9],
  ["tn", 1e12],
]);

/** A number word's value and whether it is an ordinal; null when it is not a number word. */
export function parseNumberWord(word: string): { value: number; ordinal: boolean } | null {
  const lower = word.toLowerCase();
  const cardinal = CARDINAL.get(lower);
  if (cardinal !== undefined) return { value: cardinal, ordinal: false };
  const ordinal = ORDINAL.get(lower);
  if (ordinal !== undefined) return { value: ordinal, ordinal: true };
  // "twenty-five", "thirty-first"
  const [tens, unit] = lower.split("-");
  const tensValue = tens === undefined ? undefined : CARDINAL.get(tens);
  if (unit === undefined || tensValue === undefined || tensValue < 20) return null;
  const rest = parseNumberWord(unit);
  return rest && rest.value < 10 ? { value: tensValue + rest.value, ordinal: rest.ordinal } : null;
}

const DIGITS = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(st|nd|rd|th|k|m|mn|bn|tn)?$/i;

/** A numeral's value ("20,000", "3.5bn", "3rd"); null when the token is not one. */
export function parseNumeral(token: string): { value: number; ordinal: boolean } | null {
  const match = DIGITS.exec(token);
  if (!match) return null;
  const value = Number(`${match[1]!.replace(/,/g, "")}${match[2] ?? ""}`);
  const suffix = match[3]?.toLowerCase();
  if (suffix && ["st", "nd", "rd", "th"].includes(suffix)) return { value, ordinal: true };
  return { value: value * (suffix ? (SCALES.get(suffix) ?? 1) : 1), ordinal: false };
}

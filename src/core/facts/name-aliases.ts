/**
 * When two names are one referent, so that a change of wording is not taken
 * for a change of fact: "Canada" and "Ottawa" (a capital for its country),
 * "Russia" and "Russian" (a demonym), "Macron" and "Emmanuel Macron" (part
 * of the full name). The alias table is small and deliberate: capitals,
 * seats of government and demonyms of the countries news about alliances
 * names most; a caller can pass more.
 */
import { nameKey } from "./extract-names.ts";

/** Sets of folded names that refer to one actor. */
export const NAME_ALIASES: readonly (readonly string[])[] = [
  ["canada", "ottawa", "canadian", "canadians"],
  [
    "us",
    "usa",
    "united states",
    "america",
    "american",
    "americans",
    "washington",
    "white house",
    "pentagon",
  ],
  ["russia", "moscow", "kremlin", "russian", "russians", "putin"],
  ["ukraine", "kyiv", "kiev", "ukrainian", "ukrainians", "zelensky", "zelenskyy"],
  [
    "uk",
    "britain",
    "great britain",
    "united kingdom",
    "london",
    "british",
    "downing street",
    "whitehall",
  ],
  ["france", "paris", "french", "elysee", "élysée"],
  ["germany", "berlin", "german", "germans"],
  ["eu", "european union", "brussels"],
  ["china", "beijing", "chinese"],
  ["japan", "tokyo", "japanese"],
  ["nato", "north atlantic treaty organization", "alliance"],
  ["un", "united nations"],
];

// Shortest shared beginning that makes a demonym: "Russia"/"Russian", "Canada"/"Canadian".
const MIN_PREFIX = 5;
const PREFIX_SHARE = 0.8;

function sharedPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
}

// One name's words appear in order, whole, in the other's ("Macron" in "Emmanuel Macron").
function containsWords(longer: string, shorter: string): boolean {
  return ` ${longer} `.includes(` ${shorter} `);
}

/**
 * Builds the test for one referent from an alias table (NAME_ALIASES by
 * default): equal folded names, one name's words inside the other's, a
 * demonym sharing the first five letters and 80% of the shorter name, or
 * one set of the table.
 */
export function buildSameReferent(aliases: readonly (readonly string[])[] = NAME_ALIASES) {
  const setOf = new Map<string, number>();
  aliases.forEach((set, i) => set.forEach((name) => setOf.set(nameKey(name), i)));
  return (a: string, b: string): boolean => {
    const x = nameKey(a);
    const y = nameKey(b);
    if (x === y || containsWords(x, y) || containsWords(y, x)) return true;
    const prefix = sharedPrefix(x, y);
    if (
      !x.includes(" ") &&
      !y.includes(" ") &&
      prefix >= MIN_PREFIX &&
      prefix >= PREFIX_SHARE * Math.min(x.length, y.length)
    )
      return true;
    const set = setOf.get(x);
    return set !== undefined && set === setOf.get(y);
  };
}

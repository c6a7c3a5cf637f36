/**
 * Quantities in a text: numerals and number words with what they count
 * ("12 months", "£20,000", "5 per cent", "between 3 and 5 per cent", "a
 * dozen", "third round"). Read from the engine's tokens, so offsets and
 * word folding agree with the rest of the core.
 */
import { tokenize, type Token } from "../text/tokenize.ts";
import { parseNumberWord, parseNumeral, SCALES } from "./number-words.ts";
import type { NumberFact } from "./types.ts";

const CURRENCY_SYMBOLS: [RegExp, string][] = [
  [/US\$\s?$/, "USD"],
  [/[ACNZ]\$\s?$/, "DOLLAR"],
  [/£\s?$/, "GBP"],
  [/\$\s?$/, "USD"],
  [/€\s?$/, "EUR"],
  [/¥\s?$/, "JPY"],
  [/₹\s?$/, "INR"],
];
const CURRENCY_WORDS = new Map([
  ["dollar", "USD"],
  ["dollars", "USD"],
  ["pound", "GBP"],
  ["pounds", "GBP"],
  ["euro", "EUR"],
  ["euros", "EUR"],
  ["yen", "JPY"],
  ["rupees", "INR"],
]);
// Words skipped between a number and its noun ("12 more months").
const FILLERS = new Set(
  "more fewer other additional extra further new full straight consecutive".split(" "),
);
// "one" is a pronoun after these, and before "of" ("one of the").
const NOT_COUNTING_BEFORE = new Set("no any every each the this that which someone".split(" "));
const NOT_COUNTING_AFTER = new Set(["of", "another", "or", "by", "way"]);

type Value = { value: number; ordinal: boolean; next: number };

// The number starting at token i, if any; `next` is the first token after it.
function readValue(tokens: Token[], text: string, i: number): Value | null {
  const token = tokens[i]!;
  const word = token.norm;
  const after = tokens[i + 1]?.norm;
  if (word === "a" && after === "dozen") return { value: 12, ordinal: false, next: i + 2 };
  if (word === "half" && after === "a" && tokens[i + 2]?.norm === "dozen")
    return { value: 6, ordinal: false, next: i + 3 };
  if (word === "a" && after && ["hundred", "thousand", "million", "billion"].includes(after))
    return { value: SCALES.get(after)!, ordinal: false, next: i + 2 };
  const raw = text.slice(token.start, token.end);
  const parsed = parseNumeral(raw) ?? parseNumberWord(word);
  if (!parsed) return null;
  if (
    word === "one" &&
    (NOT_COUNTING_BEFORE.has(tokens[i - 1]?.norm ?? "") || NOT_COUNTING_AFTER.has(after ?? ""))
  )
    return null;
  let { value } = parsed;
  let next = i + 1;
  while (
    !parsed.ordinal &&
    next < tokens.length &&
    adjacent(text, tokens[next - 1]!, tokens[next]!)
  ) {
    const scale = tokens[next]!.norm === "dozen" ? 12 : SCALES.get(tokens[next]!.norm);
    if (scale === undefined || tokens[next]!.norm.length < 3) break;
    value *= scale;
    next += 1;
  }
  return { value, ordinal: parsed.ordinal, next };
}

// Two tokens separated by spaces only.
function adjacent(text: string, a: Token, b: Token): boolean {
  return /^\s+$/.test(text.slice(a.end, b.start));
}

/** Finds the quantities in `text` (offsets into `text`); years and dates are left to the date reader. */
export function extractNumbers(text: string): NumberFact[] {
  const tokens = tokenize(text);
  const facts: NumberFact[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const fact = readQuantity(tokens, text, i);
    if (!fact) continue;
    facts.push(fact.fact);
    i = fact.next - 1;
  }
  return facts;
}

function readQuantity(tokens: Token[], text: string, i: number) {
  const token = tokens[i]!;
  const hyphenRange = /^(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)$/.exec(text.slice(token.start, token.end));
  let low: Value | null;
  let high: Value | null;
  if (hyphenRange) {
    low = { value: Number(hyphenRange[1]), ordinal: false, next: i + 1 };
    high = { value: Number(hyphenRange[2]), ordinal: false, next: i + 1 };
  } else {
    low = readValue(tokens, text, i);
    if (!low) return null;
    high = readRangeEnd(tokens, text, i, low);
  }
  const end = high ?? low;
  const before = text.slice(Math.max(0, token.start - 4), token.start);
  const currency = CURRENCY_SYMBOLS.find(([pattern]) => pattern.test(before));
  const start = currency ? token.start - currency[0].exec(before)![0].length : token.start;
  const unit = readUnit(tokens, text, end.next, low.ordinal);
  const raw = text.slice(token.start, token.end);
  // A bare four-digit year ("in 2024") is a date, not a count.
  if (!currency && !unit.unit && !high && /^(1[89]|20)\d\d$/.test(raw)) return null;
  // "at first", "a second, later": an ordinal word with no noun is not a count.
  if (low.ordinal && unit.unit === "ordinal:" && !/\d/.test(raw)) return null;
  const lastEnd = unit.end ?? tokens[end.next - 1]!.end;
  return {
    fact: {
      kind: "number" as const,
      start,
      end: lastEnd,
      text: text.slice(start, lastEnd),
      low: Math.min(low.value, end.value),
      high: Math.max(low.value, end.value),
      unit: currency ? currency[1] : unit.unit,
    },
    next: unit.next,
  };
}

// "between 3 and 5", "from 3 to 5", "3 to 5", "3–5".
function readRangeEnd(tokens: Token[], text: string, i: number, low: Value): Value | null {
  const joiner = tokens[low.next];
  const gap = joiner ? text.slice(tokens[low.next - 1]!.end, joiner.start) : "";
  if (joiner && /^\s?[–—-]\s?$/.test(gap)) {
    const high = readValue(tokens, text, low.next);
    if (high && high.ordinal === low.ordinal) return high;
  }
  const opener = tokens[i - 1]?.norm;
  const word = joiner?.norm;
  if (word === "to" || (word === "and" && opener === "between")) {
    const high = readValue(tokens, text, low.next + 1);
    if (high && high.ordinal === low.ordinal) return high;
  }
  return null;
}

// What the number counts: "%", "per cent", a currency word, or the next noun.
function readUnit(tokens: Token[], text: string, next: number, ordinal: boolean) {
  const previousEnd = tokens[next - 1]!.end;
  const percent = /^\s?%/.exec(text.slice(previousEnd, previousEnd + 2));
  if (percent) return { unit: "percent", end: previousEnd + percent[0].length, next };
  const word = tokens[next]?.norm;
  const nextWord = tokens[next + 1]?.norm;
  if (word === "per" && nextWord === "cent")
    return { unit: "percent", end: tokens[next + 1]!.end, next: next + 2 };
  if (word === "percent") return { unit: "percent", end: tokens[next]!.end, next: next + 1 };
  if (word === "percentage" && nextWord?.startsWith("point"))
    return { unit: "percentage point", end: tokens[next + 1]!.end, next: next + 2 };
  const currency = word ? CURRENCY_WORDS.get(word) : undefined;
  if (currency) return { unit: currency, end: tokens[next]!.end, next: next + 1 };
  let noun = next;
  if (FILLERS.has(tokens[noun]?.norm ?? "")) noun += 1;
  const candidate = tokens[noun];
  if (
    !candidate ||
    candidate.stop ||
    candidate.numeric ||
    !adjacent(text, tokens[noun - 1]!, candidate)
  )
    return { unit: ordinal ? "ordinal:" : "", end: null, next };
  return {
    unit: `${ordinal ? "ordinal:" : ""}${candidate.stem}`,
    end: candidate.end,
    next: noun + 1,
  };
}

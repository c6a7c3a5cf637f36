/**
 * Every direct quotation in a story, and how each version gives it: word
 * for word, altered (with the word differences), without quotation marks,
 * or not at all. Quotations are what a fact-checker verifies first: a cut
 * or reworded quote inside marks misquotes someone.
 */
import type { Comparison } from "../align/types.ts";
import { diffPassageWords, type WordChange } from "../align/word-diff.ts";
import { readStoryFacts } from "./find-discrepancies.ts";
import { findUnmarked, plainWords, type PlainWords } from "./unmarked-words.ts";
import type { Discrepancy, Fact, QuoteEntry, QuoteFact, QuoteTelling } from "./types.ts";

// Shorter quotations ("slow", "a historic day") are matched across versions only
// by the group rule (findDiscrepancies) or when equal: a few common words prove nothing.
const MIN_MATCH_WORDS = 3;
// Share of words two quotations must have in common (Dice) to be one quotation reworded.
const MIN_SHARED = 0.5;
// Quotation marks around the words, and the comma or colon that hands over to "she said".
const MARKS = /^[\s"'“”„‘’‚«»‹›「」『』]+|[\s"'“”„‘’‚«»‹›「」『』,;:]+$/g;

type Found = QuoteFact & { version: string; index: number };

/**
 * Lists the quotations of `comparison`, most widely quoted first. Two
 * quotations are one when one is a word-for-word extract of the other or
 * they share half their words (both of three words or more), or when
 * `discrepancies` pair them as a quote changed within one claim. `facts`
 * (readStoryFacts) spares reading the versions again. Each entry
 * is read against its fullest wording most versions agree with; the result
 * does not depend on the order of the versions.
 */
export function listQuotes(
  comparison: Comparison,
  discrepancies: readonly Discrepancy[] = [],
  facts: ReadonlyMap<string, readonly Fact[]> = readStoryFacts(comparison),
): QuoteEntry[] {
  const versions = [...comparison.versions].sort((x, y) => compareIds(x.id, y.id));
  const found: Found[] = [];
  for (const version of versions)
    for (const fact of facts.get(version.id) ?? [])
      if (fact.kind === "quote") found.push({ ...fact, version: version.id, index: found.length });
  const clusters = clusterQuotes(found, discrepancies);
  const plain = new Map<string, PlainWords>();
  const plainOf = (version: { id: string; text: string }) => {
    let words = plain.get(version.id);
    if (!words) plain.set(version.id, (words = plainWords(version.text)));
    return words;
  };
  const quotedIn = new Map<string, Found[]>();
  for (const quote of found) {
    const list = quotedIn.get(quote.version);
    if (list) list.push(quote);
    else quotedIn.set(quote.version, [quote]);
  }
  const entries = clusters.map((cluster) =>
    describeCluster(comparison, cluster, (id) => quotedIn.get(id) ?? [], plainOf),
  );
  return entries.sort(
    (x, y) =>
      quotedBy(y) - quotedBy(x) ||
      compareIds(x.source.version, y.source.version) ||
      x.source.start - y.source.start,
  );
}

/** How many versions carry the quotation inside marks (word for word or altered). */
export function quotedBy(entry: QuoteEntry): number {
  return entry.tellings.filter((t) => t.kind === "exact" || t.kind === "altered").length;
}

function compareIds(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

// One word list appears whole, in order, inside the other.
function isExtract(long: readonly string[], short: readonly string[]): boolean {
  return ` ${long.join(" ")} `.includes(` ${short.join(" ")} `);
}

function sameQuotation(x: Found, y: Found, shared: number): boolean {
  const [short, long] = x.words.length <= y.words.length ? [x, y] : [y, x];
  if (short.words.join(" ") === long.words.join(" ")) return true;
  if (short.words.length < MIN_MATCH_WORDS) return false;
  if (isExtract(long.words, short.words)) return true;
  const distinct = new Set(x.words).size + new Set(y.words).size;
  return (2 * shared) / distinct >= MIN_SHARED;
}

// Union-find over the quotations: pairs of different versions that are one quotation.
function clusterQuotes(found: readonly Found[], discrepancies: readonly Discrepancy[]): Found[][] {
  const parent = found.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const join = (a: number, b: number) => {
    const [x, y] = [root(a), root(b)];
    if (x !== y) parent[Math.max(x, y)] = Math.min(x, y);
  };
  // Candidates share a word: an index from word to quotations spares comparing every pair.
  const byWord = new Map<string, number[]>();
  for (const quote of found)
    for (const word of new Set(quote.words)) {
      const list = byWord.get(word);
      if (list) list.push(quote.index);
      else byWord.set(word, [quote.index]);
    }
  for (const quote of found) {
    const shared = new Map<number, number>();
    for (const word of new Set(quote.words))
      for (const other of byWord.get(word)!)
        if (other > quote.index && found[other]!.version !== quote.version)
          shared.set(other, (shared.get(other) ?? 0) + 1);
    for (const [other, count] of shared)
      if (sameQuotation(quote, found[other]!, count)) join(quote.index, other);
  }
  const at = new Map(found.map((q) => [`${q.version}:${q.start}`, q.index]));
  for (const d of discrepancies) {
    if (d.kind !== "quote") continue;
    const ids = d.values.map((v) => at.get(`${v.version}:${v.start}`));
    for (const id of ids) if (id !== undefined && ids[0] !== undefined) join(ids[0], id);
  }
  const clusters = new Map<number, Found[]>();
  for (const quote of found) {
    const list = clusters.get(root(quote.index));
    if (list) list.push(quote);
    else clusters.set(root(quote.index), [quote]);
  }
  return [...clusters.values()];
}

// Per version, its fullest quotation of the cluster (a repeat or shorter extract stands aside).
function representatives(cluster: readonly Found[]): Map<string, Found> {
  const best = new Map<string, Found>();
  for (const quote of cluster) {
    const current = best.get(quote.version);
    if (!current || quote.words.length > current.words.length) best.set(quote.version, quote);
  }
  return best;
}

// The wording the most tellings agree with (equal or an extract of it), then the fullest.
function chooseReference(tellings: readonly Found[]): Found {
  const support = (q: Found) =>
    tellings.filter((t) => isExtract(q.words, t.words) || isExtract(t.words, q.words)).length;
  const scored = tellings.map((q) => ({ q, support: support(q) }));
  return scored.reduce((best, next) =>
    next.support > best.support ||
    (next.support === best.support && next.q.words.length > best.q.words.length)
      ? next
      : best,
  ).q;
}

const inner = (text: string) => text.replace(MARKS, "");

function describeCluster(
  comparison: Comparison,
  cluster: Found[],
  quotedIn: (version: string) => readonly Found[],
  plainOf: (version: { id: string; text: string }) => PlainWords,
): QuoteEntry {
  const chosen = representatives(cluster);
  const reference = chooseReference([...chosen.values()]);
  const referenceText = inner(reference.text);
  const tellings = comparison.versions.map((version): QuoteTelling => {
    const quote = chosen.get(version.id);
    const span = quote && { start: quote.start, end: quote.end, text: quote.text };
    if (quote && quote.words.join(" ") === reference.words.join(" "))
      return { version: version.id, kind: "exact", partial: false, ...span! };
    if (quote && isExtract(reference.words, quote.words))
      return { version: version.id, kind: "exact", partial: true, ...span! };
    if (quote)
      return {
        version: version.id,
        kind: "altered",
        ...span!,
        changes: diffPassageWords(referenceText, inner(quote.text)),
      };
    const plain = findUnmarked(
      version.text,
      plainOf(version),
      reference.words,
      quotedIn(version.id),
    );
    return plain
      ? { version: version.id, kind: "unmarked", ...plain }
      : { version: version.id, kind: "absent" };
  });
  return {
    text: referenceText,
    speaker: reference.speaker ?? cluster.find((q) => q.speaker !== null)?.speaker ?? null,
    source: { version: reference.version, start: reference.start, end: reference.end },
    tellings,
  };
}

/** A quotation's tellings sorted by how they give it, versions in the entry's order. */
export type QuoteTellingsByKind = {
  /** Word for word, the whole reference wording. */
  exact: string[];
  /** Word for word, an extract of it. */
  partial: string[];
  altered: (QuoteTelling & { kind: "altered" })[];
  unmarked: string[];
  absent: string[];
};

/** Sorts an entry's tellings by kind, for listing who quotes it how. */
export function tellingsByKind(entry: QuoteEntry): QuoteTellingsByKind {
  const out: QuoteTellingsByKind = {
    exact: [],
    partial: [],
    altered: [],
    unmarked: [],
    absent: [],
  };
  for (const telling of entry.tellings) {
    if (telling.kind === "exact") (telling.partial ? out.partial : out.exact).push(telling.version);
    else if (telling.kind === "altered") out.altered.push(telling);
    else out[telling.kind].push(telling.version);
  }
  return out;
}

/**
 * A word diff made to read: a space between a cut word and the word that
 * replaces it, so "not" and "never" never run together as "notnever".
 */
export function readableChanges(changes: readonly WordChange[]): WordChange[] {
  const out: WordChange[] = [];
  changes.forEach((change, i) => {
    if (change.kind === "added" && changes[i - 1]?.kind === "removed")
      out.push({ kind: "same", text: " " });
    out.push(change);
  });
  return out;
}

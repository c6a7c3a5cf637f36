/**
 * A test set for fact discrepancies: copies of a story's versions with known
 * edits (a number, a date, a name, a quotation and a negation changed), each
 * recorded with its place in both texts. The bundled story has almost no
 * numbers or dates, so phrases with them (made up here) are first planted in
 * the original, identically in both texts; one planted number is left
 * unchanged in the copy as a control. Seeded: every run builds the same set.
 */
import type { VersionInput } from "../../src/core/align/types.ts";
import type { DiscrepancyKind } from "../../src/core/facts/types.ts";
import { segmentSentences, type Span } from "../../src/core/text/segment-sentences.ts";
import {
  AUXILIARIES,
  DATE_PLANTS,
  NEGATIONS,
  NEW_NAMES,
  NUMBER_PLANTS,
  QUOTE_PLANTS,
  STORY_NAMES,
} from "./fact-edit-phrases.ts";
import { seededRandom } from "./generate-story.ts";

/** One known change: its kind and its stretch of text before (original) and after (edited). */
export type FactEdit = {
  kind: DiscrepancyKind;
  original: { start: number; end: number; text: string };
  edited: { start: number; end: number; text: string };
};

/** An original (with the planted phrases) and its edited copy, with the edits made. */
export type EditedCase = {
  id: string;
  /** Id of the story version the case was made from. */
  source: string;
  original: VersionInput;
  edited: VersionInput;
  edits: FactEdit[];
};

type Change = { kind: DiscrepancyKind; at: number; remove: number; insert: string };

/** Builds `perVersion` edited cases from each version, seeded by version and case number. */
export function buildEditedCases(
  versions: readonly VersionInput[],
  perVersion: number,
): EditedCase[] {
  return versions.flatMap((version, v) =>
    Array.from({ length: perVersion }, (_, n) =>
      buildCase(version, seededRandom(1000 * (v + 1) + n), n),
    ),
  );
}

function buildCase(version: VersionInput, random: () => number, n: number): EditedCase {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  // Plant: two numbers (one stays as a control), a date and a quotation, in different sentences.
  const plants = [pick(NUMBER_PLANTS), pick(NUMBER_PLANTS), pick(DATE_PLANTS), pick(QUOTE_PLANTS)];
  const kinds: DiscrepancyKind[] = ["number", "number", "date", "quote"];
  const sentences = shuffle(plainSentences(version.text), random);
  const planted = sentences
    .slice(0, plants.length)
    .map((s, i) => ({ s, i }))
    .sort((x, y) => y.s.start - x.s.start);
  let text = version.text;
  const plantAt: { kind: DiscrepancyKind; at: number; from: string; to: string }[] = [];
  for (const { s, i } of planted) {
    const [from, to] = plants[i]!;
    const at = kinds[i] === "quote" ? s.end : s.end - 1; // after the sentence, or before its full stop
    text = text.slice(0, at) + from + text.slice(at);
    plantAt.forEach((p) => (p.at += p.at >= at ? from.length : 0));
    plantAt.push({ kind: kinds[i]!, at, from, to });
  }
  // The first planted number stays as it is (a control); the rest change.
  const control = plantAt.find((p) => p.kind === "number")!;
  const changes: Change[] = plantAt
    .filter((p) => p !== control)
    .map((p) => ({ kind: p.kind, ...diffAt(p.at, p.from, p.to) }));
  const used = plantAt.map((p) => p.at);
  const free = plainSentences(text).filter((s) => !used.some((at) => at >= s.start && at <= s.end));
  const name = findNameChange(text, shuffle(free, random), pick);
  if (name) changes.push(name);
  const taken = [...used, ...(name ? [name.at] : [])];
  const rest = free.filter((s) => !taken.some((at) => at >= s.start && at <= s.end));
  const negation = findNegationChange(text, shuffle(rest, random));
  if (negation) changes.push(negation);
  const original = { id: "original", label: "Original", text };
  return {
    id: `${version.id}-${n + 1}`,
    source: version.id,
    original,
    ...applyChanges(original, changes),
  };
}

// Sentences without quotation marks, where a plant or an edit cannot break a quotation.
function plainSentences(text: string): Span[] {
  return segmentSentences(text).filter(
    (s) => !/["“”«»‘]/.test(text.slice(s.start, s.end)) && /\.$/.test(text.slice(s.start, s.end)),
  );
}

// The smallest change turning `from` (at `at`) into `to`: the differing middle.
function diffAt(at: number, from: string, to: string) {
  let head = 0;
  while (head < from.length && from[head] === to[head]) head += 1;
  let tail = 0;
  while (tail < from.length - head && from[from.length - 1 - tail] === to[to.length - 1 - tail])
    tail += 1;
  // Widen to whole words so that the recorded spans read well.
  while (head > 0 && /\S/.test(from[head - 1]!)) head -= 1;
  while (tail > 0 && /\S/.test(from[from.length - tail]!)) tail -= 1;
  return {
    at: at + head,
    remove: from.length - head - tail,
    insert: to.slice(head, to.length - tail),
  };
}

function findNameChange(
  text: string,
  sentences: Span[],
  pick: <T>(items: readonly T[]) => T,
): Change | null {
  for (const s of sentences) {
    const body = text.slice(s.start, s.end);
    const match = new RegExp(`(?<=\\s)(${STORY_NAMES.join("|")})\\b`).exec(body);
    if (match)
      return {
        kind: "name",
        at: s.start + match.index,
        remove: match[0].length,
        insert: pick(NEW_NAMES),
      };
  }
  return null;
}

// Removes a negation ("not", "never", "cannot" → "can", "isn't" → "is") or adds "not" after an auxiliary.
function findNegationChange(text: string, sentences: Span[]): Change | null {
  for (const s of sentences) {
    const body = text.slice(s.start, s.end);
    const negation = new RegExp(NEGATIONS.source, "g").exec(body);
    if (negation) {
      const keep = negation[2] ?? negation[3] ?? "";
      return {
        kind: "negation",
        at: s.start + negation.index,
        remove: negation[0].length,
        insert: keep,
      };
    }
    const aux = new RegExp(AUXILIARIES.source, "gu").exec(body);
    if (aux)
      return {
        kind: "negation",
        at: s.start + aux.index + aux[0].length,
        remove: 0,
        insert: "not ",
      };
  }
  return null;
}

// Applies the changes to a copy and records each one's span in both texts.
function applyChanges(original: VersionInput, changes: Change[]) {
  const sorted = [...changes].sort((x, y) => x.at - y.at);
  let text = "";
  let from = 0;
  const edits: FactEdit[] = [];
  for (const c of sorted) {
    text += original.text.slice(from, c.at);
    const start = text.length;
    text += c.insert;
    from = c.at + c.remove;
    edits.push({
      kind: c.kind,
      original: {
        start: c.at,
        end: c.at + c.remove,
        text: original.text.slice(c.at, c.at + c.remove),
      },
      edited: { start, end: text.length, text: c.insert },
    });
  }
  text += original.text.slice(from);
  return { edited: { id: "edited", label: "Edited", text }, edits };
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * The reader's corrections in the verbatim layer. Runs holding the same
 * words form one component, and a component becomes one group; so:
 * - two unlinked sentences that share a word-for-word run would still be
 *   tied. Such a component is split: its runs are joined again pair by pair,
 *   the pairs sharing the most windows first, and a join that would put a
 *   run of one unlinked side with a run of the other is refused. A piece
 *   left with runs of one version only shares nothing and is dropped, so its
 *   unit shows its paraphrase (or unique) standing instead;
 * - a linked unit mostly repeated word for word elsewhere would show as
 *   verbatim with the copy and leave its linked counterpart alone; so the
 *   units holding the copy join the reader's group with it (copiesOfUnits).
 */
import type { Token } from "../text/tokenize.ts";
import { MIN_CONTENT_IN_WINDOW, SHINGLE, type VerbatimRun } from "./find-verbatim.ts";
import type { GroupConstraints } from "./group-constraints.ts";
import type { Unit } from "./prepare-units.ts";

/** The verbatim layer as compareVersions holds it. */
export type VerbatimLayer = {
  runs: readonly VerbatimRun[];
  tokens: readonly (readonly Token[])[];
  /** Token indexes where each version's units begin (runs never cross them: each lies in one unit). */
  unitStarts: readonly (readonly number[])[];
  units: readonly Unit[];
};

/**
 * Each unit's word-for-word copies: when a run covers at least half of a
 * unit's words, every other unit holding a run of the same component.
 * Only units with such a run are keys. The other unit may be longer (it
 * says this claim and more): it still joins, since otherwise its verbatim
 * sharing would take the linked unit's whole text away from the link.
 */
export function copiesOfUnits(layer: VerbatimLayer): Map<number, number[]> {
  const unitOf = unitsOfRuns(layer);
  const copies = new Map<number, Set<number>>();
  for (const members of componentsOf(layer.runs).values()) {
    for (const r of members) {
      const run = layer.runs[r]!;
      const unit = unitOf[r]!;
      if ((run.endToken - run.startToken) * 2 < layer.units[unit]!.tokens.length) continue;
      const set = copies.get(unit) ?? new Set();
      for (const other of members) if (unitOf[other] !== unit) set.add(unitOf[other]!);
      copies.set(unit, set);
    }
  }
  return new Map([...copies].map(([unit, set]) => [unit, [...set].sort((p, q) => p - q)]));
}

/**
 * The runs with every component that ties two unlinked sides split apart
 * (see above); other runs as they are, and with no unlinks the very same list.
 */
export function separateUnlinkedRuns(
  layer: VerbatimLayer,
  apart: GroupConstraints["apart"],
): readonly VerbatimRun[] {
  const { runs, tokens } = layer;
  if (apart.length === 0) return runs;
  // Each run's sides: 2k for side a of unlink k, 2k + 1 for side b.
  const sidesOfUnit = new Map<number, number[]>();
  apart.forEach(({ a, b }, k) => {
    for (const unit of a) sidesOfUnit.set(unit, [...(sidesOfUnit.get(unit) ?? []), 2 * k]);
    for (const unit of b) sidesOfUnit.set(unit, [...(sidesOfUnit.get(unit) ?? []), 2 * k + 1]);
  });
  const sides = unitsOfRuns(layer).map((unit) => new Set(sidesOfUnit.get(unit) ?? []));
  const out = runs.map((run) => ({ ...run }));
  const dropped = new Set<number>();
  for (const members of componentsOf(runs).values()) {
    const all = new Set(members.flatMap((r) => [...sides[r]!]));
    if (![...all].some((side) => side % 2 === 0 && all.has(side + 1))) continue;
    for (const piece of splitComponent(members, runs, tokens, sides)) {
      const versions = new Set(piece.map((r) => runs[r]!.version));
      for (const r of piece) {
        if (versions.size < 2) dropped.add(r);
        out[r]!.component = piece[0]!;
        out[r]!.sharedWith = runs[r]!.sharedWith.filter((v) => versions.has(v));
      }
    }
  }
  return out.filter((_, r) => !dropped.has(r));
}

// The unit each run lies in.
function unitsOfRuns({ runs, unitStarts, units }: VerbatimLayer): number[] {
  const firstUnit = new Map<number, number>();
  for (const unit of units)
    if (!firstUnit.has(unit.version)) firstUnit.set(unit.version, unit.index);
  return runs.map(
    (run) => firstUnit.get(run.version)! + lastAtOrBefore(unitStarts[run.version]!, run.startToken),
  );
}

// Run indexes by component, ascending.
function componentsOf(runs: readonly VerbatimRun[]): Map<number, number[]> {
  const components = new Map<number, number[]>();
  runs.forEach((run, r) => {
    const list = components.get(run.component);
    if (list) list.push(r);
    else components.set(run.component, [r]);
  });
  return components;
}

// Joins a component's runs again, strongest sharing first, never across an unlink.
function splitComponent(
  members: readonly number[],
  runs: readonly VerbatimRun[],
  tokens: readonly (readonly Token[])[],
  sides: readonly Set<number>[],
): number[][] {
  const windows = members.map((r) => windowsOf(runs[r]!, tokens[runs[r]!.version]!));
  const pairs: { i: number; j: number; shared: number }[] = [];
  for (let i = 0; i < members.length; i += 1)
    for (let j = i + 1; j < members.length; j += 1) {
      let shared = 0;
      for (const key of windows[i]!) if (windows[j]!.has(key)) shared += 1;
      if (shared > 0) pairs.push({ i, j, shared });
    }
  pairs.sort((p, q) => q.shared - p.shared || p.i - q.i || p.j - q.j);
  // Each piece: its members (positions in `members`) and the sides they stand on.
  const pieceOf = members.map((r, i) => ({ members: [i], sides: new Set(sides[r]) }));
  for (const { i, j } of pairs) {
    const left = pieceOf[i]!;
    const right = pieceOf[j]!;
    if (left === right) continue;
    const opposed = [...left.sides].some((side) =>
      right.sides.has(side % 2 === 0 ? side + 1 : side - 1),
    );
    if (opposed) continue;
    const merged = {
      members: [...left.members, ...right.members].sort((p, q) => p - q),
      sides: new Set([...left.sides, ...right.sides]),
    };
    for (const position of merged.members) pieceOf[position] = merged;
  }
  return [...new Set(pieceOf)].map((piece) => piece.members.map((position) => members[position]!));
}

// The windows (SHINGLE stems, as find-verbatim indexes them) starting in a run.
function windowsOf(run: VerbatimRun, list: readonly Token[]): Set<string> {
  const keys = new Set<string>();
  for (
    let start = run.startToken;
    start < run.endToken && start + SHINGLE <= list.length;
    start += 1
  ) {
    const window = list.slice(start, start + SHINGLE);
    if (window.filter((token) => !token.stop).length < MIN_CONTENT_IN_WINDOW) continue;
    keys.add(window.map((token) => token.stem).join(" "));
  }
  return keys;
}

// Position of the last value at or before `target` in an ascending list (0 if none).
function lastAtOrBefore(sorted: readonly number[], target: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! <= target) low = middle + 1;
    else high = middle;
  }
  return Math.max(0, low - 1);
}

/**
 * Last stage: units, groups and verbatim runs → each version's text cut
 * into passages that cover it exactly (whitespace after a passage belongs
 * to it). Verbatim runs take precedence over the paraphrase reading of the
 * unit around them; units of one sentence with the same standing merge.
 */
import type { Token } from "../text/tokenize.ts";
import type { VerbatimRun } from "./find-verbatim.ts";
import type { UnitGroup } from "./group-units.ts";
import type { Unit } from "./prepare-units.ts";
import { absorbWordless, cover, mergeNeighbours, overlay, type Piece } from "./passage-pieces.ts";
import type { Passage, PassageGroup } from "./types.ts";

export type PassageInput = {
  texts: readonly string[];
  /** Version ids in canonical (processing) order. */
  ids: readonly string[];
  units: readonly Unit[];
  groups: readonly UnitGroup[];
  runs: readonly VerbatimRun[];
  tokens: readonly (readonly Token[])[];
};

/** Builds every version's passages and the groups they refer to. */
export function buildPassages(input: PassageInput): {
  passages: Passage[][];
  groups: PassageGroup[];
} {
  const { texts, ids, units, groups, runs, tokens } = input;
  const unitGroup = new Map<number, { key: string; score: number }>();
  groups.forEach((group, g) => {
    const score = groupScore(group);
    for (const u of group.units) unitGroup.set(u, { key: `p${g}`, score });
  });
  const byVersion = texts.map(() => [] as Piece[]);
  for (const unit of units) {
    const group = unitGroup.get(unit.index);
    byVersion[unit.version]!.push({
      start: unit.start,
      end: unit.end,
      kind: group ? "paraphrase" : "unique",
      groupKey: group?.key ?? null,
      sharedWith: [],
      score: group?.score ?? 0,
      sentence: unit.sentence,
    });
  }
  const runSpans = runs.map((run) => ({
    start: tokens[run.version]![run.startToken]!.start,
    end: tokens[run.version]![run.endToken - 1]!.end,
  }));
  const runKeys = verbatimGroupKeys(runs, runSpans, units, unitGroup);
  const runPieces = texts.map(() => [] as Piece[]);
  runs.forEach((run, r) => {
    runPieces[run.version]!.push({
      ...runSpans[r]!,
      kind: "verbatim",
      groupKey: runKeys[r]!,
      sharedWith: [],
      score: 1,
      sentence: -1,
    });
  });
  const merged = byVersion.map((pieces, v) =>
    absorbWordless(overlay(pieces, runPieces[v]!), texts[v]!),
  );
  shareWithinGroups(merged);
  const numbering = numberGroups(merged);
  const passages = merged.map((pieces, v) =>
    cover(mergeNeighbours(pieces), texts[v]!.length).map((piece) => ({
      version: ids[v]!,
      start: piece.start,
      end: piece.end,
      kind: piece.kind,
      // Canonical order is id order, so these come out sorted.
      sharedWith: piece.sharedWith.map((w) => ids[w]!),
      group: piece.groupKey === null ? null : numbering.get(piece.groupKey)!,
      score: round(piece.score),
    })),
  );
  return { passages, groups: describeGroups(passages) };
}

// A verbatim run joins the paraphrase group of the units it lies in when
// every run with the same words lies in a unit of that same group: the
// words-in-common are then part of one claim told by several versions.
// Otherwise the runs form a verbatim group of their own.
function verbatimGroupKeys(
  runs: readonly VerbatimRun[],
  spans: readonly { start: number; end: number }[],
  units: readonly Unit[],
  unitGroup: ReadonlyMap<number, { key: string }>,
): string[] {
  // Units come in version then text order: each version's are one slice.
  const firstUnit = new Map<number, number>();
  units.forEach((unit, i) => {
    if (!firstUnit.has(unit.version)) firstUnit.set(unit.version, i);
  });
  const keysOfRun = runs.map((run, r) => {
    const keys = new Set<string>();
    const span = spans[r]!;
    // The first unit of the version ending after the run starts, then on while units overlap it.
    let low = firstUnit.get(run.version) ?? units.length;
    let high = units.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      const unit = units[middle]!;
      if (unit.version > run.version || unit.end > span.start) high = middle;
      else low = middle + 1;
    }
    for (let i = low; i < units.length; i += 1) {
      const unit = units[i]!;
      if (unit.version !== run.version || unit.start >= span.end) break;
      const key = unitGroup.get(unit.index)?.key;
      if (key) keys.add(key);
    }
    return keys;
  });
  const members = new Map<number, number[]>();
  runs.forEach((run, r) => {
    const list = members.get(run.component);
    if (list) list.push(r);
    else members.set(run.component, [r]);
  });
  const keys: string[] = [];
  for (const [component, list] of members) {
    const [first, ...rest] = list.map((r) => keysOfRun[r]!);
    const common = [...(first ?? [])].filter((key) => rest.every((set) => set.has(key))).sort();
    for (const r of list) keys[r] = common[0] ?? `v${component}`;
  }
  return keys;
}

// Who shares a passage: every other version with a passage in its group.
// A passage whose group has no other version left (its counterparts were
// all taken over by verbatim runs of another group) stands alone: unique.
function shareWithinGroups(byVersion: Piece[][]): void {
  // Versions present in each group, ascending (versions are visited in order).
  const present = new Map<string, number[]>();
  byVersion.forEach((pieces, v) => {
    for (const piece of pieces) {
      if (piece.groupKey === null) continue;
      const versions = present.get(piece.groupKey);
      if (!versions) present.set(piece.groupKey, [v]);
      else if (versions[versions.length - 1] !== v) versions.push(v);
    }
  });
  byVersion.forEach((pieces, v) => {
    for (const piece of pieces) {
      if (piece.groupKey === null) continue;
      piece.sharedWith = present.get(piece.groupKey)!.filter((w) => w !== v);
      if (piece.sharedWith.length === 0)
        Object.assign(piece, { kind: "unique", groupKey: null, score: 0 });
    }
  });
}

function groupScore(group: UnitGroup): number {
  const mean = group.links.reduce((sum, link) => sum + link.z, 0) / Math.max(1, group.links.length);
  // z of 1 (the linking floor) → 0.5; z of 3 → about 0.9.
  return 1 - 0.5 ** mean;
}

// Group ids in reading order of the canonical first version that has them.
function numberGroups(byVersion: readonly (readonly Piece[])[]): Map<string, number> {
  const numbering = new Map<string, number>();
  for (const pieces of byVersion) {
    for (const piece of pieces) {
      if (piece.groupKey !== null && !numbering.has(piece.groupKey))
        numbering.set(piece.groupKey, numbering.size + 1);
    }
  }
  return numbering;
}

function describeGroups(passages: readonly Passage[][]): PassageGroup[] {
  const groups = new Map<number, PassageGroup & { total: number; count: number }>();
  for (const passage of passages.flat()) {
    if (passage.group === null || passage.kind === "unique") continue;
    const group = groups.get(passage.group) ?? {
      id: passage.group,
      kind: "verbatim" as PassageGroup["kind"],
      versions: [],
      score: 0,
      total: 0,
      count: 0,
    };
    if (!group.versions.includes(passage.version)) group.versions.push(passage.version);
    // A group is verbatim only when all of it is word for word.
    if (passage.kind === "paraphrase") group.kind = "paraphrase";
    group.total += passage.score;
    group.count += 1;
    groups.set(passage.group, group);
  }
  return [...groups.values()]
    .map(({ total, count, ...group }) => ({
      ...group,
      versions: group.versions.sort(),
      score: round(total / count),
    }))
    .sort((p, q) => p.id - q.id);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

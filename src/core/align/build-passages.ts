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
import type { Passage, PassageGroup, PassageKind } from "./types.ts";

type Piece = {
  start: number;
  end: number;
  kind: PassageKind;
  /** Key of the group before numbering: `p<n>` paraphrase, `v<n>` verbatim. */
  groupKey: string | null;
  sharedWith: number[];
  score: number;
  sentence: number;
};

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
  const unitPiece = new Map<number, { key: string; sharedWith: number[]; score: number }>();
  groups.forEach((group, g) => {
    const versions = [...new Set(group.units.map((u) => units[u]!.version))];
    const score = groupScore(group);
    for (const u of group.units) {
      const own = units[u]!.version;
      unitPiece.set(u, {
        key: `p${g}`,
        sharedWith: versions.filter((v) => v !== own).sort((p, q) => p - q),
        score,
      });
    }
  });
  const byVersion = texts.map(() => [] as Piece[]);
  for (const unit of units) {
    const piece = unitPiece.get(unit.index);
    byVersion[unit.version]!.push({
      start: unit.start,
      end: unit.end,
      kind: piece ? "paraphrase" : "unique",
      groupKey: piece?.key ?? null,
      sharedWith: piece?.sharedWith ?? [],
      score: piece?.score ?? 0,
      sentence: unit.sentence,
    });
  }
  for (const run of runs) {
    const list = tokens[run.version]!;
    const start = list[run.startToken]!.start;
    const end = list[run.endToken - 1]!.end;
    overlay(byVersion[run.version]!, {
      start,
      end,
      kind: "verbatim",
      groupKey: `v${run.component}`,
      sharedWith: run.sharedWith,
      score: 1,
      sentence: -1,
    });
  }
  const numbering = numberGroups(byVersion);
  const passages = byVersion.map((pieces, v) =>
    cover(mergeNeighbours(pieces, texts[v]!), texts[v]!.length).map((piece) => ({
      version: ids[v]!,
      start: piece.start,
      end: piece.end,
      kind: piece.kind,
      sharedWith: piece.sharedWith.map((w) => ids[w]!).sort(),
      group: piece.groupKey === null ? null : numbering.get(piece.groupKey)!,
      score: round(piece.score),
    })),
  );
  return { passages, groups: describeGroups(passages) };
}

function groupScore(group: UnitGroup): number {
  const mean = group.links.reduce((sum, link) => sum + link.z, 0) / Math.max(1, group.links.length);
  // z of 1 (the linking floor) → 0.5; z of 3 → about 0.9.
  return 1 - 0.5 ** mean;
}

// Lays a verbatim run over the pieces of its version, cutting them around it.
function overlay(pieces: Piece[], run: Piece): void {
  const out: Piece[] = [];
  let placed = false;
  for (const piece of pieces) {
    if (piece.end <= run.start || piece.start >= run.end) {
      if (!placed && piece.start >= run.end) {
        out.push(run);
        placed = true;
      }
      out.push(piece);
      continue;
    }
    if (piece.start < run.start) out.push({ ...piece, end: run.start });
    if (!placed) {
      out.push({ ...run, sentence: piece.sentence });
      placed = true;
    }
    if (piece.end > run.end) out.push({ ...piece, start: run.end });
  }
  if (!placed) out.push(run);
  pieces.splice(0, pieces.length, ...out);
}

// Adjacent pieces of one sentence with the same standing become one
// passage, and a piece with no word in it (a comma left between a verbatim
// run and the sentence end) joins the one before it.
function mergeNeighbours(pieces: readonly Piece[], text: string): Piece[] {
  const merged: Piece[] = [];
  for (const piece of pieces) {
    const last = merged[merged.length - 1];
    if (last && !/[\p{L}\p{N}]/u.test(text.slice(piece.start, piece.end))) {
      last.end = piece.end;
    } else if (
      last &&
      last.sentence === piece.sentence &&
      last.kind === piece.kind &&
      last.groupKey === piece.groupKey &&
      last.sharedWith.join() === piece.sharedWith.join()
    ) {
      last.end = piece.end;
      last.score = Math.max(last.score, piece.score);
    } else {
      merged.push({ ...piece });
    }
  }
  return merged;
}

// Stretches each passage to the next one's start so the passages partition
// the text; the first one starts at 0. Text with no passage at all (empty or
// only whitespace) becomes one unique passage.
function cover(pieces: readonly Piece[], length: number): Piece[] {
  if (length === 0) return [];
  if (pieces.length === 0) {
    return [
      {
        start: 0,
        end: length,
        kind: "unique",
        groupKey: null,
        sharedWith: [],
        score: 0,
        sentence: -1,
      },
    ];
  }
  return pieces.map((piece, i) => ({
    ...piece,
    start: i === 0 ? 0 : piece.start,
    end: i === pieces.length - 1 ? length : pieces[i + 1]!.start,
  }));
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
      kind: passage.kind,
      versions: [],
      score: 0,
      total: 0,
      count: 0,
    };
    if (!group.versions.includes(passage.version)) group.versions.push(passage.version);
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

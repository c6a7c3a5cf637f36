import { describe, expect, it } from "vitest";
import { compareThenSuggest, compareVersions } from "./compare-versions.ts";
import { STRICTNESS_PRESETS } from "./strictness.ts";
import { bandOf, LIKELY_SCORE, POSSIBLE_SCORE } from "./suggest-counterparts.ts";
import { bundledVersions, testVectors } from "./test-support.ts";
import type { Comparison, Suggestion } from "./types.ts";

const vectors = testVectors();
const versions = bundledVersions();
const K = 3;
const result = compareVersions(versions, { vectors, suggest: K });
const suggestions = result.suggestions!;

const spanKey = (s: { version: string; start: number; end: number }) =>
  `${s.version}:${s.start}-${s.end}`;

// Suggestions keyed by unit, each with its candidates keyed by unit.
function byUnit(list: readonly Suggestion[]) {
  return new Map(
    list.map((s) => [spanKey(s), new Map(s.candidates.map((c) => [spanKey(c), c.score]))]),
  );
}

// Units sharing a group with a unit: passages of one group that lie inside other units' spans.
function groupMates(comparison: Comparison, unit: Suggestion): Suggestion[] {
  const groups = new Set(
    comparison.passages
      .filter((p) => p.version === unit.version && p.group !== null)
      .filter((p) => p.start >= unit.start && p.end <= unit.end)
      .map((p) => p.group),
  );
  return suggestions.filter(
    (other) =>
      other.version !== unit.version &&
      comparison.passages.some(
        (p) =>
          p.version === other.version &&
          groups.has(p.group) &&
          p.kind === "paraphrase" &&
          p.start >= other.start &&
          p.end <= other.end,
      ),
  );
}

describe("suggestions", () => {
  it("are absent, and the comparison unchanged, when not asked for", () => {
    const plain = compareVersions(versions, { vectors });
    expect(plain.suggestions).toBeUndefined();
    expect(compareVersions(versions, { vectors, suggest: 0 })).toEqual(plain);
    const { suggestions: _, ...rest } = result;
    expect(rest).toEqual(plain);
  });

  it("found after the passages (compareThenSuggest) are the same, and so are the passages", async () => {
    const { comparison, suggest } = await compareThenSuggest(versions, { vectors, suggest: K });
    expect(comparison.suggestions).toBeUndefined();
    const { suggestions: _, ...rest } = result;
    expect(comparison).toEqual(rest);
    expect(suggest()).toEqual(suggestions);
  });

  it("has one entry per unit, in version input order then text order", () => {
    const order = versions.map((v) => v.id);
    for (let i = 1; i < suggestions.length; i += 1) {
      const [p, q] = [suggestions[i - 1]!, suggestions[i]!];
      const byVersion = order.indexOf(p.version) - order.indexOf(q.version);
      expect(byVersion < 0 || (byVersion === 0 && p.end <= q.start)).toBe(true);
    }
  });

  it("keeps at most K per other version, best first, never from the unit's own version", () => {
    for (const unit of suggestions) {
      for (const version of versions) {
        const list = unit.candidates.filter((c) => c.version === version.id);
        if (version.id === unit.version) expect(list).toEqual([]);
        expect(list.length).toBeLessThanOrEqual(K);
      }
    }
  });

  it("offers candidates in every version the engine compared with the unit's own", () => {
    // Five versions: every pair is compared, so every unit has candidates in
    // all four others; sub-headings only compare with sub-headings, which
    // two versions lack.
    const textOf = new Map(versions.map((v) => [v.id, v.text]));
    // A line of its own without a full stop.
    const isHeading = ({ version, start, end }: Suggestion) => {
      const text = textOf.get(version)!;
      const line = text.slice(text.lastIndexOf("\n", start - 1) + 1, end);
      return line.trim() === text.slice(start, end).trim() && !/[.!?"”:]\s*$/.test(line);
    };
    const prose = suggestions.filter((unit) => !isHeading(unit));
    expect(prose.length).toBeGreaterThan(suggestions.length * 0.8);
    for (const unit of prose) {
      const versionsOffered = new Set(unit.candidates.map((c) => c.version));
      expect(versionsOffered.size, spanKey(unit)).toBe(versions.length - 1);
    }
  });

  it("is deterministic and independent of the versions' input order", () => {
    expect(compareVersions(versions, { vectors, suggest: K }).suggestions).toEqual(suggestions);
    const reversed = compareVersions([...versions].reverse(), { vectors, suggest: K });
    expect(byUnit(reversed.suggestions!)).toEqual(byUnit(suggestions));
  });

  it("scores a pair the same from either side", () => {
    const scores = byUnit(compareVersions(versions, { vectors, suggest: 1000 }).suggestions!);
    let checked = 0;
    for (const [unit, candidates] of scores) {
      for (const [other, score] of candidates) {
        expect(scores.get(other)?.get(unit)).toBe(score);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it("includes the units already in the unit's group", () => {
    let checked = 0;
    for (const unit of suggestions) {
      const listed = new Set(unit.candidates.map(spanKey));
      for (const mate of groupMates(result, unit)) {
        expect(listed.has(spanKey(mate)), `${spanKey(unit)} → ${spanKey(mate)}`).toBe(true);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it("bands candidates by their score", () => {
    expect(bandOf(LIKELY_SCORE)).toBe("likely");
    expect(bandOf(POSSIBLE_SCORE)).toBe("possible");
    expect(bandOf(POSSIBLE_SCORE - 0.001)).toBe("weak");
    for (const c of suggestions.flatMap((s) => s.candidates)) expect(c.band).toBe(bandOf(c.score));
  });
});

describe("strictness", () => {
  it("balanced is the default", () => {
    const plain = compareVersions(versions, { vectors });
    expect(compareVersions(versions, { vectors, strictness: "balanced" })).toEqual(plain);
  });

  it("strict links fewer passages than loose", () => {
    const shared = (level: "strict" | "loose") =>
      compareVersions(versions, { vectors, strictness: level }).passages.filter(
        (p) => p.kind === "paraphrase",
      ).length;
    expect(shared("strict")).toBeLessThan(shared("loose"));
    expect(STRICTNESS_PRESETS.strict.minZ).toBeGreaterThan(STRICTNESS_PRESETS.loose.minZ);
  });
});

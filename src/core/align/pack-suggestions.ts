/**
 * Suggestions packed into typed arrays: a story of hundreds of versions has
 * hundreds of thousands of candidates, and as objects they cost the page a
 * long pause to receive from the worker (a structured clone of every object)
 * and to keep. Packed, they cross in a few copies of flat memory, and the
 * reader unpacks only the units it shows.
 */
import type { StrengthBand, Suggestion } from "./types.ts";

const BANDS: readonly StrengthBand[] = ["likely", "possible", "weak"];

/** Suggestions as flat arrays; unit `u`'s candidates are `firstCandidate[u]` up to `firstCandidate[u + 1]`. */
export type PackedSuggestions = {
  /** Version ids, indexed by the numbers below. */
  versions: string[];
  unitVersion: Uint16Array;
  unitStart: Uint32Array;
  unitEnd: Uint32Array;
  /** One more entry than there are units. */
  firstCandidate: Uint32Array;
  candidateVersion: Uint16Array;
  candidateStart: Uint32Array;
  candidateEnd: Uint32Array;
  candidateScore: Float32Array;
  /** Index into likely, possible, weak. */
  candidateBand: Uint8Array;
};

/** Packs suggestions (as `compareVersions` returns them) for sending and keeping. */
export function packSuggestions(
  suggestions: readonly Suggestion[],
  versionIds: readonly string[],
): PackedSuggestions {
  const index = new Map(versionIds.map((id, i) => [id, i]));
  const total = suggestions.reduce((sum, s) => sum + s.candidates.length, 0);
  const packed: PackedSuggestions = {
    versions: [...versionIds],
    unitVersion: new Uint16Array(suggestions.length),
    unitStart: new Uint32Array(suggestions.length),
    unitEnd: new Uint32Array(suggestions.length),
    firstCandidate: new Uint32Array(suggestions.length + 1),
    candidateVersion: new Uint16Array(total),
    candidateStart: new Uint32Array(total),
    candidateEnd: new Uint32Array(total),
    candidateScore: new Float32Array(total),
    candidateBand: new Uint8Array(total),
  };
  let c = 0;
  suggestions.forEach((suggestion, u) => {
    packed.unitVersion[u] = index.get(suggestion.version)!;
    packed.unitStart[u] = suggestion.start;
    packed.unitEnd[u] = suggestion.end;
    packed.firstCandidate[u] = c;
    for (const candidate of suggestion.candidates) {
      packed.candidateVersion[c] = index.get(candidate.version)!;
      packed.candidateStart[c] = candidate.start;
      packed.candidateEnd[c] = candidate.end;
      packed.candidateScore[c] = candidate.score;
      packed.candidateBand[c] = BANDS.indexOf(candidate.band);
      c += 1;
    }
  });
  packed.firstCandidate[suggestions.length] = c;
  return packed;
}

/**
 * The suggestions for the units of `version` that overlap [start, end), unpacked.
 * Scores come back at float precision, rounded to 3 decimals as the engine gives them.
 */
export function unpackSuggestions(
  packed: PackedSuggestions,
  version: string,
  start: number,
  end: number,
): Suggestion[] {
  const v = packed.versions.indexOf(version);
  const found: Suggestion[] = [];
  for (let u = 0; u < packed.unitStart.length; u += 1) {
    if (packed.unitVersion[u] !== v) continue;
    if (packed.unitStart[u]! >= end || packed.unitEnd[u]! <= start) continue;
    const candidates = [];
    for (let c = packed.firstCandidate[u]!; c < packed.firstCandidate[u + 1]!; c += 1) {
      candidates.push({
        version: packed.versions[packed.candidateVersion[c]!]!,
        start: packed.candidateStart[c]!,
        end: packed.candidateEnd[c]!,
        score: Math.round(packed.candidateScore[c]! * 1000) / 1000,
        band: BANDS[packed.candidateBand[c]!]!,
      });
    }
    found.push({ version, start: packed.unitStart[u]!, end: packed.unitEnd[u]!, candidates });
  }
  return found;
}

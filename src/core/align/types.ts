/**
 * The engine's public types: what goes in (versions of a story as text) and
 * what comes out (each version's text cut into passages, each verbatim,
 * paraphrase or unique, tied across versions by group).
 */

/** One version of a story, as plain text. */
export type VersionInput = {
  /** Unique within the comparison; results are keyed by it. */
  id: string;
  label: string;
  /** Paragraphs separated by line breaks; offsets in the result point into this string. */
  text: string;
};

/**
 * How a passage relates to the other versions:
 * - `verbatim`: a run of five or more words that another version also has, nearly word for word;
 * - `paraphrase`: a sentence whose claim another version states in other words;
 * - `unique`: no other version was found to say it.
 */
export type PassageKind = "verbatim" | "paraphrase" | "unique";

/** A stretch of one version's text; a version's passages partition its text exactly. */
export type Passage = {
  /** Id of the version the passage belongs to. */
  version: string;
  /** UTF-16 offset of the first character. */
  start: number;
  /** UTF-16 offset just past the last character (exclusive). */
  end: number;
  kind: PassageKind;
  /** Ids of the other versions that share it, sorted; empty when unique. */
  sharedWith: string[];
  /** Ties equivalent passages across versions ("the same claim, told by 4 of 5"); null when unique. */
  group: number | null;
  /** Strength of the match in [0, 1]: 1 for verbatim, the link's confidence for paraphrase, 0 for unique. */
  score: number;
};

/** A set of passages in different versions that say the same thing. */
export type PassageGroup = {
  id: number;
  kind: Exclude<PassageKind, "unique">;
  /** Ids of the versions in the group, sorted. */
  versions: string[];
  /** Mean strength of the links that formed it, in [0, 1]. */
  score: number;
};

/** The engine's result. */
export type Comparison = {
  versions: VersionInput[];
  /** Passages of every version, version by version (in input order), each in text order. */
  passages: Passage[];
  groups: PassageGroup[];
};

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

/** A stretch of one version's text: the version's id and UTF-16 offsets into its text. */
export type TextSpan = {
  version: string;
  start: number;
  /** Exclusive. */
  end: number;
};

/**
 * How sure a suggested counterpart is, in words a reader can weigh; each band's
 * measured precision on the gold is in docs/quality.md.
 */
export type StrengthBand = "likely" | "possible" | "weak";

/** A unit of another version that may tell the same claim as the unit it is suggested for. */
export type Candidate = TextSpan & {
  /** Story-relative strength (higher: closer), comparable across the story's units. */
  score: number;
  band: StrengthBand;
};

/**
 * A unit (a sentence or clause, as the engine cut it) and its closest units
 * in each other version: at most `suggest` per other version, best first
 * within a version; candidates already in the unit's group are included.
 */
export type Suggestion = TextSpan & { candidates: Candidate[] };

/**
 * A reader's judgement on two stretches of different versions: `link` says
 * they tell the same claim, `unlink` that they do not. The engine applies
 * corrections as constraints on grouping (a link joins the groups, an
 * unlink keeps them apart), so groups stay consistent.
 */
export type Correction = {
  /** The caller's id for it, echoed in the outcome. */
  id: string;
  kind: "link" | "unlink";
  a: TextSpan;
  b: TextSpan;
};

/**
 * What became of a correction: `applied`, or `ignored` with the reason (a
 * span that covers no unit, two spans in one version, or a link that an
 * unlink of the reader's forbids).
 */
export type CorrectionOutcome =
  { id: string; status: "applied" } | { id: string; status: "ignored"; reason: string };

/** The engine's result. */
export type Comparison = {
  versions: VersionInput[];
  /** Passages of every version, version by version (in input order), each in text order. */
  passages: Passage[];
  groups: PassageGroup[];
  /** Present when suggestions were asked for: one entry per unit, in version (input) then text order. */
  suggestions?: Suggestion[];
  /** Present when corrections were given: one outcome per correction, in the order given. */
  corrections?: CorrectionOutcome[];
};

/**
 * Parallax's core: pure TypeScript, no React, DOM or fetch. Everything the
 * app, the worker, the CLI and the benchmarks use comes through here.
 */
export { compareVersions, COMPARE_STAGES, STRICTNESS_LEVELS } from "./align/compare-versions.ts";
export type { CompareOptions, CompareStage, Strictness } from "./align/compare-versions.ts";
export type {
  Candidate,
  Comparison,
  Correction,
  CorrectionOutcome,
  Passage,
  PassageGroup,
  PassageKind,
  StrengthBand,
  Suggestion,
  TextSpan,
  VersionInput,
} from "./align/types.ts";
export { diffPassageWords } from "./align/word-diff.ts";
export type { WordChange, WordDiffOptions } from "./align/word-diff.ts";
export { normalizeVersionText } from "./align/plain-text.ts";
export { versionToInput, BLOCK_SEPARATOR } from "./align/story-text.ts";
export { decodeWordVectors } from "./vectors/word-vectors.ts";
export type { WordVectors } from "./vectors/word-vectors.ts";
export { parseStory, parseStoryIndex } from "./story-format.ts";
export type {
  AnchoredSpan,
  Block,
  BlockKind,
  Story,
  StoryIndex,
  StoryIndexEntry,
  StoredCorrection,
  Version,
} from "./story-format.ts";
export { anchorCorrections } from "./corrections/anchor-corrections.ts";
export type {
  AnchoredCorrections,
  StaleCorrection,
  SupersededCorrection,
} from "./corrections/anchor-corrections.ts";
export { countWords, countWordsInBlocks } from "./text/count-words.ts";
export { findDiscrepancies } from "./facts/find-discrepancies.ts";

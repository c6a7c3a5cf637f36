/**
 * Strictness presets: how readily the engine links paraphrases. `balanced`
 * is the engine's tuned setting; `strict` and `loose` were chosen by
 * measuring gold links found against links beyond the gold (docs/quality.md).
 */
import { DEFAULT_LINK_OPTIONS, DEFAULT_MIN_COHESION } from "./link-paraphrases.ts";
import type { Strictness } from "./strictness-levels.ts";

export { STRICTNESS_LEVELS, type Strictness } from "./strictness-levels.ts";

/** The link options a strictness level stands for (see CompareOptions for each). */
export type StrictnessPreset = { minZ: number; minSimilarity: number; minCohesion: number };

/** Each level's link options; `balanced` is exactly the defaults. */
export const STRICTNESS_PRESETS: Record<Strictness, StrictnessPreset> = {
  // Most wrong links beyond the gold go (bundled story: 11 → 3), and half the gold links found with them.
  strict: { minZ: 4, minSimilarity: 0.4, minCohesion: 2 },
  balanced: { ...DEFAULT_LINK_OPTIONS, minCohesion: DEFAULT_MIN_COHESION },
  // A lower z bar only: a lower similarity floor (0.3) also lit up more of unrelated texts and
  // marked more gold-unique sentences shared.
  loose: { ...DEFAULT_LINK_OPTIONS, minZ: 2.5, minCohesion: DEFAULT_MIN_COHESION },
};

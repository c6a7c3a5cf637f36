/**
 * The strictness levels alone, without the engine: the reader's controls and
 * URL state import these, and must not pull the engine into the page's bundle.
 */

/** How readily the engine links paraphrases: fewer and surer, the tuned default, or more. */
export const STRICTNESS_LEVELS = ["strict", "balanced", "loose"] as const;
export type Strictness = (typeof STRICTNESS_LEVELS)[number];

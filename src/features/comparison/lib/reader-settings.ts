import type { Strictness } from "@/core/align/compare-versions.ts";
import type { Correction } from "@/core/align/types.ts";
import type { EngineSettings } from "@/worker/compare-client.ts";

/**
 * Closest candidates the details panel can offer per other version: the
 * best one shows, the others on request. The engine's ranking puts the true
 * counterpart within its first three for most claims (docs/quality.md).
 */
export const SUGGESTIONS_PER_VERSION = 3;

/**
 * The engine settings of the reader's view: its strictness and corrections.
 * One function for every caller, so a comparison started ahead of the
 * reader has the very key the reader then asks for.
 */
export function readerSettings(strictness: Strictness, corrections: Correction[]): EngineSettings {
  return { strictness, suggest: SUGGESTIONS_PER_VERSION, corrections };
}

/**
 * The reader's corrections, applied as constraints on the engine's own
 * layers rather than painted over its output: spans → units, unlinks split
 * the verbatim layer where it would tie them, links (with the word-for-word
 * copies of their units) become forced joins for groupUnits.
 */
import type { VerbatimRun } from "./find-verbatim.ts";
import { mapCorrections, resolveCorrections, type GroupConstraints } from "./group-constraints.ts";
import type { Correction, CorrectionOutcome } from "./types.ts";
import { copiesOfUnits, separateUnlinkedRuns, type VerbatimLayer } from "./verbatim-constraints.ts";

/**
 * Applies corrections to the verbatim layer and prepares them for grouping:
 * the runs to build passages from, the constraints for groupUnits, and one
 * outcome per correction, in the order given. `ids` are the version ids in
 * canonical order (unit.version indexes them).
 */
export function applyCorrections(
  layer: VerbatimLayer,
  ids: readonly string[],
  corrections: readonly Correction[],
): {
  runs: readonly VerbatimRun[];
  constraints: GroupConstraints;
  outcomes: CorrectionOutcome[];
} {
  const mapped = mapCorrections(layer.units, ids, corrections);
  const runs = separateUnlinkedRuns(layer, mapped.apart);
  const copies = copiesOfUnits({ ...layer, runs });
  return { runs, ...resolveCorrections(corrections, mapped, layer.units.length, copies) };
}

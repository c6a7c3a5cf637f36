/** How big the paraphrase layer's pool of helper workers is (apart, so the page loads no engine code for it). */

/**
 * How many helpers a machine with `cores` logical cores gets: one core is
 * left for the page, at least one helper, at most eight.
 */
export function poolSizeFor(cores: number | undefined): number {
  return Math.min(8, Math.max(1, Math.floor(cores ?? 1) - 1));
}

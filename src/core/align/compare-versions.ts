/**
 * compareVersions: the engine's entry point. Reads like the pipeline it
 * runs: prepare units → find verbatim runs → link paraphrases → group →
 * build passages. Pure and synchronous; the app runs it in a Web Worker,
 * the CLI and the benchmarks in Node.
 */
import type { WordVectors } from "../vectors/word-vectors.ts";
import { applyCorrections } from "./apply-corrections.ts";
import { buildPassages } from "./build-passages.ts";
import { dropWordlessRuns, findVerbatim } from "./find-verbatim.ts";
import { groupUnits, type UnitGroup } from "./group-units.ts";
import {
  prepareParaphrases,
  runParaphraseWork,
  type ParaphraseScores,
} from "./link-paraphrases.ts";
import type { ParaphraseWork } from "./paraphrase-work.ts";
import { prepareUnits } from "./prepare-units.ts";
import { STRICTNESS_PRESETS, type Strictness } from "./strictness.ts";
import { describeSuggestions, suggestCounterparts } from "./suggest-counterparts.ts";
import type { Comparison, Correction, Suggestion, VersionInput } from "./types.ts";

export type CompareOptions = {
  /**
   * Word vectors (public/models/word-vectors.bin, decoded). Without them the
   * engine still finds verbatim sharing and paraphrases that reuse words,
   * but misses rewordings such as "backing" for "support".
   */
  vectors?: WordVectors | null;
  /**
   * How far a paraphrase match must stand out from the other candidates in
   * its version, in standard deviations. Higher: fewer, surer links. A match
   * agreeing on many words may link a little below it (see
   * STRONG_AGREEMENT in link-paraphrases.ts).
   */
  minZ?: number;
  /** Least soft word alignment, in [0, 1], for a paraphrase link. Higher: fewer, surer links. */
  minSimilarity?: number;
  /**
   * How closely a group's members must agree, as the mean z-score between
   * members of different versions, for two groups to join (lower than a
   * link's bar: members are compared with all of a group, not their best match).
   */
  minCohesion?: number;
  /**
   * Called once, after the verbatim layer, with a comparison that holds only
   * word-for-word sharing: something to show while the paraphrase layer, by
   * far the slowest, runs. Costs an extra pass over the passages, so worth
   * asking for only with big stories.
   */
  onPreview?: (preview: Comparison) => void;
  /**
   * Trades fewer, surer paraphrase links for more: `balanced` (the default)
   * is the engine's tuned setting; `minZ`, `minSimilarity` and `minCohesion`,
   * when given, override the preset's values.
   */
  strictness?: Strictness;
  /**
   * Ask for suggestions: for every unit, its best `suggest` candidates in each
   * other version (see `Suggestion`). Off (0) by default, and then costs nothing.
   */
  suggest?: number;
  /**
   * The reader's corrections, applied as constraints on grouping (see
   * `Correction` and group-constraints.ts); the result then carries one
   * outcome per correction, in order. Offsets are into the version texts.
   */
  corrections?: readonly Correction[];
  /** Called as each stage finishes, in order: for progress reports and stage timings. */
  onStage?: (stage: CompareStage) => void;
  /**
   * Called with the overall share of the work done, in [0, 1], and the stage
   * under way: often enough for a progress bar, rarely enough to cost nothing.
   */
  onProgress?: (fraction: number, stage: CompareStage) => void;
};

export { ENGINE_VERSION } from "./engine-version.ts";

export { STRICTNESS_LEVELS, STRICTNESS_PRESETS, type Strictness } from "./strictness.ts";

/** The engine's stages, in the order they run. */
export const COMPARE_STAGES = ["segment", "verbatim", "paraphrase", "group", "passages"] as const;
export type CompareStage = (typeof COMPARE_STAGES)[number];

/**
 * Compares versions of one story: for every version, a partition of its text
 * into verbatim, paraphrase and unique passages, tied across versions by group.
 * Deterministic, and independent of the order of `versions` (they are
 * processed in order of id); version ids must be unique.
 */
export function compareVersions(
  versions: readonly VersionInput[],
  options: CompareOptions = {},
): Comparison {
  const run = startComparison(versions, options);
  return withSuggestions(run.finish(runParaphraseWork(run.work, run.onParaphraseProgress)));
}

/**
 * A comparison without its suggestions, and the way to find them: the
 * passages are what a reader looks at first, and with `suggest` asked for,
 * finding suggestions takes about a fifth of the engine's time or more.
 * `suggest()` gives what compareVersions puts in `suggestions` (undefined
 * when none were asked for), and may be called once, at any time after.
 */
export type ComparisonThenSuggestions = {
  comparison: Comparison;
  suggest: () => Suggestion[] | undefined;
};

/**
 * compareVersions, handing back the passages before the suggestions are
 * found; the paraphrase layer's work runs in `run` when given (a pool of
 * workers), as in compareVersionsWith.
 */
export async function compareThenSuggest(
  versions: readonly VersionInput[],
  options: CompareOptions,
  run?: ParaphraseRunner,
): Promise<ComparisonThenSuggestions> {
  const started = startComparison(versions, options);
  return started.finish(
    run
      ? await run(started.work, started.onParaphraseProgress)
      : runParaphraseWork(started.work, started.onParaphraseProgress),
  );
}

function withSuggestions({ comparison, suggest }: ComparisonThenSuggestions): Comparison {
  const suggestions = suggest();
  if (suggestions) comparison.suggestions = suggestions;
  return comparison;
}

/**
 * Runs the paraphrase layer's work (baselines, then version pairs), in one
 * place or split across workers, reporting the share of pairs done; the
 * results must be what runParaphraseWork gives.
 */
export type ParaphraseRunner = (
  work: ParaphraseWork,
  onProgress: (fraction: number) => void,
) => Promise<ParaphraseScores>;

/**
 * compareVersions with the paraphrase layer's heavy work handed to `run`
 * (a pool of workers): the same result, bit for bit, when `run` gives what
 * runParaphraseWork gives.
 */
export async function compareVersionsWith(
  versions: readonly VersionInput[],
  options: CompareOptions,
  run: ParaphraseRunner,
): Promise<Comparison> {
  const started = startComparison(versions, options);
  return withSuggestions(started.finish(await run(started.work, started.onParaphraseProgress)));
}

// Everything up to the paraphrase layer's work, and what follows it.
function startComparison(versions: readonly VersionInput[], options: CompareOptions) {
  assertUniqueIds(versions);
  const order = versions
    .map((_, i) => i)
    .sort((p, q) => compareIds(versions[p]!.id, versions[q]!.id));
  const canonical = order.map((i) => versions[i]!);
  const texts = canonical.map((version) => version.text);
  // Rough shares of the time each stage takes (see docs/performance.md).
  const progress = options.onProgress ?? (() => {});
  const done = (stage: CompareStage) => {
    options.onStage?.(stage);
    const after = { segment: 0.1, verbatim: 0.15, paraphrase: 0.9, group: 0.93, passages: 1 }[
      stage
    ];
    progress(after, stage);
  };
  const units = prepareUnits(texts);
  const tokens = texts.map(() => [] as (typeof units)[number]["tokens"]);
  const unitStarts = texts.map(() => [] as number[]);
  for (const unit of units) {
    unitStarts[unit.version]!.push(tokens[unit.version]!.length);
    // One by one: spreading a long unit into push() overflows the stack.
    for (const token of unit.tokens) tokens[unit.version]!.push(token);
  }
  done("segment");
  const ids = canonical.map((v) => v.id);
  const found = dropWordlessRuns(findVerbatim(tokens, unitStarts), tokens);
  // The reader's corrections bind the verbatim layer and grouping alike.
  const corrected =
    options.corrections &&
    applyCorrections({ runs: found, tokens, unitStarts, units }, ids, options.corrections);
  const runs = corrected?.runs ?? found;
  const build = (groups: UnitGroup[]) =>
    inCallerOrder(versions, canonical, buildPassages({ texts, ids, units, groups, runs, tokens }));
  done("verbatim");
  if (options.onPreview) options.onPreview(build([]));
  const preset = STRICTNESS_PRESETS[options.strictness ?? "balanced"];
  const perVersion = options.suggest ?? 0;
  const paraphrases = prepareParaphrases(units, canonical.length, options.vectors ?? null, {
    minZ: options.minZ ?? preset.minZ,
    minSimilarity: options.minSimilarity ?? preset.minSimilarity,
    keepCandidates: perVersion > 0,
  });
  const finish = (results: ParaphraseScores): ComparisonThenSuggestions => {
    const { links, pairZ, scored, measurePair } = paraphrases.finish(results);
    done("paraphrase");
    const groups = groupUnits(
      units,
      links,
      pairZ,
      options.minCohesion ?? preset.minCohesion,
      corrected?.constraints,
    );
    done("group");
    const comparison = build(groups);
    if (corrected) comparison.corrections = corrected.outcomes;
    done("passages");
    const suggest = () =>
      perVersion > 0
        ? describeSuggestions(
            versions.map((v) => v.id),
            ids,
            units,
            suggestCounterparts({
              units,
              versionCount: canonical.length,
              scored,
              measurePair,
              groups,
              perVersion,
            }),
          )
        : undefined;
    return { comparison, suggest };
  };
  return {
    work: paraphrases.work,
    onParaphraseProgress: (fraction: number) => progress(0.15 + 0.75 * fraction, "paraphrase"),
    finish,
  };
}

// Passages come back in the caller's version order.
function inCallerOrder(
  versions: readonly VersionInput[],
  canonical: readonly VersionInput[],
  built: ReturnType<typeof buildPassages>,
): Comparison {
  const passagesById = new Map(canonical.map((version, i) => [version.id, built.passages[i]!]));
  return {
    versions: versions.map(({ id, label, text }) => ({ id, label, text })),
    passages: versions.flatMap((version) => passagesById.get(version.id)!),
    groups: built.groups,
  };
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function assertUniqueIds(versions: readonly VersionInput[]): void {
  const seen = new Set<string>();
  for (const { id } of versions) {
    if (seen.has(id)) throw new Error(`compareVersions: the version id “${id}” is used twice`);
    seen.add(id);
  }
}

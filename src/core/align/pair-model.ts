/**
 * The paraphrase pair model: sentence-pair features (pair-features.ts),
 * each with its square so the response can bend, into a logistic
 * regression trained on MRPC's training split by scripts/train-pair-model.ts.
 * The weights are committed in pair-model.json.
 */
import { computePairFeatures, FEATURE_NAMES } from "./pair-features.ts";
import { predictLogit, sigmoid, type LogisticModel } from "./logistic-regression.ts";
import modelJson from "./pair-model.json" with { type: "json" };
import type { WordTable } from "../vectors/word-table.ts";
import type { SentenceProfile } from "./sentence-profile.ts";

/** The committed model. */
export const PAIR_MODEL: LogisticModel = modelJson;

/** Names of the model's inputs: each feature, then each feature squared. */
export const MODEL_INPUTS: readonly string[] = [
  ...FEATURE_NAMES,
  ...FEATURE_NAMES.map((name) => `${name}²`),
];

/** Turns raw pair features into the model's inputs. */
export function expandFeatures(features: Float64Array): Float64Array {
  const inputs = new Float64Array(features.length * 2);
  inputs.set(features);
  for (let i = 0; i < features.length; i += 1) inputs[features.length + i] = features[i]! ** 2;
  return inputs;
}

/** Log-odds that two sentences are paraphrases, judged as an isolated pair. */
export function scorePairLogit(
  a: SentenceProfile,
  b: SentenceProfile,
  table: WordTable,
  model: LogisticModel = PAIR_MODEL,
): number {
  return predictLogit(model, expandFeatures(computePairFeatures(a, b, table)));
}

/** Probability that two sentences are paraphrases, and the model's decision for an isolated pair. */
export function judgePair(
  a: SentenceProfile,
  b: SentenceProfile,
  table: WordTable,
  model = PAIR_MODEL,
) {
  const probability = sigmoid(scorePairLogit(a, b, table, model));
  return { probability, paraphrase: probability >= model.threshold };
}

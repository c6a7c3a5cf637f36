/**
 * MRPC pairs as model inputs, and k-fold cross-validation of the pair model.
 */
import { profileSentence } from "../../src/core/align/sentence-profile.ts";
import { computePairFeatures } from "../../src/core/align/pair-features.ts";
import { expandFeatures, MODEL_INPUTS } from "../../src/core/align/pair-model.ts";
import { backgroundWeigher } from "../../src/core/align/word-weights.ts";
import {
  predictLogit,
  sigmoid,
  trainLogisticRegression,
  type LogisticModel,
} from "../../src/core/align/logistic-regression.ts";
import { tokenize } from "../../src/core/text/tokenize.ts";
import { WordTable } from "../../src/core/vectors/word-table.ts";
import type { WordVectors } from "../../src/core/vectors/word-vectors.ts";
import type { SentencePair } from "./mrpc.ts";

export const L2_PENALTY = 1;

/** Model inputs of each pair, as the engine computes them for an isolated pair. */
export function pairInputs(pairs: readonly SentencePair[], vectors: WordVectors): Float64Array[] {
  const weigh = backgroundWeigher(vectors);
  const table = new WordTable(vectors);
  const profile = (text: string) => profileSentence(tokenize(text), table, weigh);
  return pairs.map((pair) =>
    expandFeatures(computePairFeatures(profile(pair.text1), profile(pair.text2), table)),
  );
}

export function trainPairModel(
  inputs: readonly Float64Array[],
  labels: readonly number[],
): LogisticModel {
  return trainLogisticRegression(inputs, labels, MODEL_INPUTS, { l2: L2_PENALTY });
}

export type Scores = { accuracy: number; f1: number; precision: number; recall: number };

export function scoreDecisions(decisions: readonly boolean[], labels: readonly number[]): Scores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let correct = 0;
  decisions.forEach((decision, i) => {
    const label = labels[i] === 1;
    if (decision === label) correct += 1;
    if (decision && label) tp += 1;
    if (decision && !label) fp += 1;
    if (!decision && label) fn += 1;
  });
  return {
    accuracy: correct / labels.length,
    f1: (2 * tp) / (2 * tp + fp + fn),
    precision: tp / (tp + fp),
    recall: tp / (tp + fn),
  };
}

/** k-fold cross-validation with fixed, interleaved folds (deterministic). */
export function crossValidate(
  inputs: readonly Float64Array[],
  labels: readonly number[],
  folds = 10,
): Scores {
  const decisions = new Array<boolean>(labels.length);
  for (let fold = 0; fold < folds; fold += 1) {
    const train = labels.map((_, i) => i).filter((i) => i % folds !== fold);
    const model = trainPairModel(
      train.map((i) => inputs[i]!),
      train.map((i) => labels[i]!),
    );
    for (let i = fold; i < labels.length; i += folds) {
      decisions[i] = sigmoid(predictLogit(model, inputs[i]!)) >= model.threshold;
    }
  }
  return scoreDecisions(decisions, labels);
}

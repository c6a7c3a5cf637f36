/**
 * `npm run train`: fits the paraphrase pair model on MRPC's training split
 * (read from ../shared/eval/mrpc, never committed) and writes the weights to
 * src/core/align/pair-model.json. Prints 10-fold cross-validated figures.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./lib/data-tree.ts";
import { loadWordVectors } from "./lib/load-vectors.ts";
import { readMrpcTrain } from "./lib/mrpc.ts";
import { crossValidate, pairInputs, trainPairModel } from "./lib/pair-dataset.ts";

const pairs = readMrpcTrain();
const labels = pairs.map((pair) => pair.label ?? 0);
const inputs = pairInputs(pairs, loadWordVectors());
const cv = crossValidate(inputs, labels);
console.log(
  `MRPC train, 10-fold CV: accuracy ${(cv.accuracy * 100).toFixed(1)}%, F1 ${(cv.f1 * 100).toFixed(1)}`,
);
const model = trainPairModel(inputs, labels);
const round = (values: readonly number[]) => values.map((value) => Number(value.toPrecision(6)));
const json = {
  features: model.features,
  mean: round(model.mean),
  scale: round(model.scale),
  weights: round(model.weights),
  bias: Number(model.bias.toPrecision(6)),
  threshold: model.threshold,
};
const file = join(ROOT, "src/core/align/pair-model.json");
writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
console.log(`wrote ${file} (${pairs.length} pairs)`);

/**
 * A small logistic regression: the learned part of the pair model. Trained
 * by Newton's method with L2 regularisation on standardised features, so
 * the committed model is a handful of numbers anyone can read.
 */

/** A trained model: standardisation, weights and the decision threshold. */
export type LogisticModel = {
  features: readonly string[];
  mean: readonly number[];
  scale: readonly number[];
  weights: readonly number[];
  bias: number;
  /** Probability above which an isolated pair is called a paraphrase. */
  threshold: number;
};

export type TrainOptions = {
  /** L2 penalty on the weights (not the bias). */
  l2?: number;
  iterations?: number;
};

/** Fits weights to rows of features `x` and 0/1 labels `y`. */
export function trainLogisticRegression(
  x: readonly Float64Array[],
  y: readonly number[],
  features: readonly string[],
  { l2 = 1, iterations = 25 }: TrainOptions = {},
): LogisticModel {
  const n = x.length;
  const k = features.length;
  const mean = Array.from({ length: k }, (_, j) => x.reduce((s, row) => s + row[j]!, 0) / n);
  const scale = mean.map((m, j) => {
    const variance = x.reduce((s, row) => s + (row[j]! - m) ** 2, 0) / n;
    return Math.sqrt(variance) || 1;
  });
  const z = x.map((row) => Array.from({ length: k }, (_, j) => (row[j]! - mean[j]!) / scale[j]!));
  // Parameters: weights 0..k-1, bias at k.
  let beta = new Array<number>(k + 1).fill(0);
  for (let iteration = 0; iteration < iterations; iteration += 1) {
    const gradient = new Array<number>(k + 1).fill(0);
    const hessian = Array.from({ length: k + 1 }, () => new Array<number>(k + 1).fill(0));
    for (let i = 0; i < n; i += 1) {
      const row = [...z[i]!, 1];
      const p = sigmoid(row.reduce((s, v, j) => s + v * beta[j]!, 0));
      const w = Math.max(p * (1 - p), 1e-9);
      for (let a = 0; a <= k; a += 1) {
        gradient[a]! += (p - y[i]!) * row[a]!;
        for (let b = 0; b <= k; b += 1) hessian[a]![b]! += w * row[a]! * row[b]!;
      }
    }
    for (let j = 0; j < k; j += 1) {
      gradient[j]! += l2 * beta[j]!;
      hessian[j]![j]! += l2;
    }
    const step = solve(hessian, gradient);
    beta = beta.map((b, j) => b - step[j]!);
    if (step.every((value) => Math.abs(value) < 1e-8)) break;
  }
  return { features, mean, scale, weights: beta.slice(0, k), bias: beta[k]!, threshold: 0.5 };
}

/** The model's log-odds for one row of features. */
export function predictLogit(model: LogisticModel, row: ArrayLike<number>): number {
  let sum = model.bias;
  for (let j = 0; j < model.weights.length; j += 1) {
    sum += model.weights[j]! * ((row[j]! - model.mean[j]!) / model.scale[j]!);
  }
  return sum;
}

export function sigmoid(value: number): number {
  return 1 / (1 + Math.exp(-value));
}

// Gaussian elimination with partial pivoting; the systems here are 13×13.
function solve(matrix: number[][], vector: number[]): number[] {
  const n = vector.length;
  const a = matrix.map((row, i) => [...row, vector[i]!]);
  for (let col = 0; col < n; col += 1) {
    let pivot = col;
    for (let r = col + 1; r < n; r += 1)
      if (Math.abs(a[r]![col]!) > Math.abs(a[pivot]![col]!)) pivot = r;
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    const p = a[col]![col]! || 1e-12;
    for (let r = 0; r < n; r += 1) {
      if (r === col) continue;
      const factor = a[r]![col]! / p;
      for (let c = col; c <= n; c += 1) a[r]![c]! -= factor * a[col]![c]!;
    }
  }
  return a.map((row, i) => row[n]! / (row[i]! || 1e-12));
}

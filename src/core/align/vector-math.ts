/** Small numeric helpers of the paraphrase layer: dot products and top-k picks. */

// Indexes of the k largest values (NaN skipped), ties broken by position:
// a partial insertion sort, since k is small.
export function topIndexes(values: ArrayLike<number>, k: number): number[] {
  const top: number[] = [];
  for (let index = 0; index < values.length; index += 1) {
    const value = values[index]!;
    if (Number.isNaN(value)) continue;
    if (top.length === k && value <= values[top[k - 1]!]!) continue;
    let at = top.length < k ? top.length : k - 1;
    top[at] = index;
    while (at > 0 && values[top[at - 1]!]! < value) {
      top[at] = top[at - 1]!;
      top[at - 1] = index;
      at -= 1;
    }
  }
  return top;
}

/** Dot product of two vectors of equal length. */
export function dot(a: Float32Array | Float64Array, b: Float32Array | Float64Array): number {
  let sum = 0;
  for (let d = 0; d < a.length; d += 1) sum += a[d]! * b[d]!;
  return sum;
}

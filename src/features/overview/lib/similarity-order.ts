/**
 * An order of versions in which similar versions sit together: start from
 * the version most like all the others, then repeatedly take the unplaced
 * version most like the last one placed. Makes a 200 × 200 matrix readable.
 */
export function orderBySimilarity(matrix: readonly (readonly number[])[]): number[] {
  const count = matrix.length;
  if (count === 0) return [];
  const mutual = (i: number, j: number) => (matrix[i]![j]! + matrix[j]![i]!) / 2;
  let start = 0;
  let bestTotal = -1;
  for (let i = 0; i < count; i += 1) {
    let total = 0;
    for (let j = 0; j < count; j += 1) if (j !== i) total += mutual(i, j);
    if (total > bestTotal) [bestTotal, start] = [total, i];
  }
  const order = [start];
  const placed = new Uint8Array(count);
  placed[start] = 1;
  while (order.length < count) {
    const last = order[order.length - 1]!;
    let next = -1;
    for (let j = 0; j < count; j += 1) {
      if (!placed[j] && (next < 0 || mutual(last, j) > mutual(last, next))) next = j;
    }
    placed[next] = 1;
    order.push(next);
  }
  return order;
}

import { useEffect, useMemo, useRef, useState, type MouseEvent } from "react";
import type { ComparisonView } from "@/features/comparison/index.ts";

type SimilarityMapProps = {
  view: ComparisonView;
  /** Share of each version's text told by each other (row × column), from similarityMatrix. */
  matrix: readonly (readonly number[])[];
  /** Version indexes in display order, similar ones together (orderBySimilarity). */
  order: readonly number[];
  onCompare: (a: string, b: string) => void;
};

/**
 * The similarity matrix for many versions: a zoomable heat map, ordered so
 * similar versions sit together, with the pair under the pointer named; and,
 * for keyboards and screen readers, the most similar pairs as buttons.
 */
export function SimilarityMap({ view, matrix, order, onCompare }: SimilarityMapProps) {
  const [cell, setCell] = useState(4);
  const [hover, setHover] = useState<{ row: number; column: number } | null>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const count = order.length;

  useEffect(() => {
    const context = canvas.current?.getContext("2d");
    if (!context) return;
    context.clearRect(0, 0, count * cell, count * cell);
    order.forEach((row, y) =>
      order.forEach((column, x) => {
        const share = row === column ? 1 : matrix[row]![column]!;
        context.fillStyle = `rgba(2, 132, 199, ${0.08 + 0.92 * share})`;
        context.fillRect(x * cell, y * cell, cell, cell);
      }),
    );
  }, [matrix, order, cell, count]);

  const at = (event: MouseEvent<HTMLCanvasElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    const column = order[Math.floor((event.clientX - rect.left) / cell)];
    const row = order[Math.floor((event.clientY - rect.top) / cell)];
    return row === undefined || column === undefined ? null : { row, column };
  };
  const label = (i: number) => view.versions[i]!.label;
  const pairs = useMemo(() => topPairs(matrix, 12), [matrix]);

  return (
    <div className="space-y-3 text-sm">
      <p className="text-stone-600 dark:text-stone-400">
        {count} versions, ordered so that similar versions sit together; darker is more shared.
        Choose a point to read that pair.
      </p>
      <label className="flex items-center gap-2">
        Zoom
        <input
          type="range"
          min={2}
          max={16}
          value={cell}
          onChange={(event) => setCell(Number(event.target.value))}
        />
      </label>
      <p aria-live="polite" className="h-5 text-stone-700 dark:text-stone-300">
        {hover &&
          `${label(hover.row)} × ${label(hover.column)}: ${Math.round(matrix[hover.row]![hover.column]! * 100)}% of ${label(hover.row)} also told by ${label(hover.column)}`}
      </p>
      <div className="max-h-[60vh] max-w-full overflow-auto rounded border border-stone-200 dark:border-stone-700">
        <canvas
          ref={canvas}
          role="img"
          aria-label={`Similarity of ${count} versions as a heat map`}
          width={count * cell}
          height={count * cell}
          onMouseMove={(event) => setHover(at(event))}
          onMouseLeave={() => setHover(null)}
          onClick={(event) => {
            const pair = at(event);
            if (pair && pair.row !== pair.column)
              onCompare(view.versions[pair.row]!.id, view.versions[pair.column]!.id);
          }}
          className="cursor-crosshair"
        />
      </div>
      <h3 className="font-semibold">Most alike</h3>
      <ul className="space-y-1">
        {pairs.map(([i, j, share]) => (
          <li key={`${i}-${j}`}>
            <button
              type="button"
              onClick={() => onCompare(view.versions[i]!.id, view.versions[j]!.id)}
              className="text-start underline underline-offset-2"
            >
              {label(i)} and {label(j)}: {Math.round(share * 100)}% shared
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

// The most alike pairs of versions, by the mean of both directions.
function topPairs(
  matrix: readonly (readonly number[])[],
  limit: number,
): [number, number, number][] {
  const pairs: [number, number, number][] = [];
  for (let i = 0; i < matrix.length; i += 1) {
    for (let j = i + 1; j < matrix.length; j += 1)
      pairs.push([i, j, (matrix[i]![j]! + matrix[j]![i]!) / 2]);
  }
  return pairs.sort((a, b) => b[2] - a[2] || a[0] - b[0] || a[1] - b[1]).slice(0, limit);
}

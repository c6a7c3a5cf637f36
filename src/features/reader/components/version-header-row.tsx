import type { ComparisonView } from "../lib/comparison-view.ts";

/** The head of a table with one column per version (an empty corner, then the labels). */
export function VersionHeaderRow({ view }: { view: ComparisonView }) {
  return (
    <thead>
      <tr>
        <td />
        {view.versions.map((v) => (
          <th key={v.id} scope="col" className="px-2 py-1 font-medium">
            {v.label}
          </th>
        ))}
      </tr>
    </thead>
  );
}

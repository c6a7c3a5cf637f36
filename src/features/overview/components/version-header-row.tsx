/** The head of a table with one column per version (an empty corner, then the labels), in the order given. */
export function VersionHeaderRow({
  versions,
}: {
  versions: readonly { id: string; label: string }[];
}) {
  return (
    <thead>
      <tr>
        <td />
        {versions.map((v) => (
          <th key={v.id} scope="col" className="px-2 py-1 font-medium">
            {v.label}
          </th>
        ))}
      </tr>
    </thead>
  );
}

import { useId, useState } from "react";
import { listLabels, type ComparisonView } from "@/features/comparison/index.ts";
import { quoteLine } from "@/core/report/quotable.ts";
import { findOmissions } from "../lib/omissions.ts";

type OmissionListProps = {
  view: ComparisonView;
  onSelect: (key: string) => void;
};

/** For a chosen version: the claims most other versions carry and it leaves out. */
export function OmissionList({ view, onSelect }: OmissionListProps) {
  const [versionId, setVersionId] = useState(view.versions[0]?.id ?? "");
  const selectId = useId();
  const omissions = findOmissions(view, versionId);
  const total = view.versions.length;
  return (
    <div className="max-w-md">
      <label htmlFor={selectId} className="text-sm text-stone-600 dark:text-stone-400">
        What others say and this version leaves out
      </label>
      <select
        id={selectId}
        value={versionId}
        onChange={(event) => setVersionId(event.target.value)}
        className="mt-1 block rounded-md border border-stone-300 bg-white py-1 ps-2 pe-8 text-sm dark:border-stone-700 dark:bg-stone-900"
      >
        {view.versions.map((v) => (
          <option key={v.id} value={v.id}>
            {v.label}
          </option>
        ))}
      </select>
      {omissions.length === 0 ? (
        <p className="mt-2 text-sm">Nothing: every claim others share, this version tells too.</p>
      ) : (
        <ul
          aria-label={`Left out of ${view.labels.get(versionId)}`}
          className="mt-2 space-y-2 text-sm"
        >
          {omissions.map((omission) => (
            <li key={omission.group}>
              <button
                type="button"
                onClick={() => onSelect(omission.example.key)}
                className="text-start hover:underline"
              >
                <span className="font-serif">
                  {quoteLine(omission.example, view.texts.get(omission.example.version) ?? "", 140)}
                </span>
              </button>
              <span className="block text-xs text-stone-600 dark:text-stone-400">
                told by {omission.toldBy.length} of {total}:{" "}
                {listLabels(omission.toldBy, view.labels)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

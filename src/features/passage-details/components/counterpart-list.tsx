import { describeOrigin } from "@/lib/format-published.ts";
import type { TextSpan } from "@/core/align/types.ts";
import type { ComparisonView, ReaderCorrections, Stretch } from "@/features/comparison/index.ts";
import { covers } from "../lib/closest-candidates.ts";
import { JudgeButton, VersionCard } from "./version-card.tsx";

type CounterpartListProps = {
  view: ComparisonView;
  selected: { span: TextSpan; text: string };
  /** The other versions' stretches of the selection's group, version by version. */
  byVersion: { version: string; stretches: Stretch[] }[];
  select: (key: string) => void;
  corrections: ReaderCorrections;
  /** Says what a judgement did, for the panel's status line. */
  onJudged: (message: string) => void;
};

/**
 * "Also in …": the passages the comparison ties to the selection, each with
 * its word differences and "Not the same" (or, for a link the reader made,
 * a way to take it back).
 */
export function CounterpartList(props: CounterpartListProps) {
  const { view, selected, byVersion, select, corrections, onJudged } = props;
  const links = corrections.active.filter((c) => c.kind === "link");
  return (
    <ul className="mt-2 space-y-4">
      {byVersion.map(({ version, stretches }) => {
        const label = view.labels.get(version) ?? version;
        return (
          <li key={version} className="space-y-3">
            {stretches.map((stretch) => {
              const span = {
                version,
                start: stretch.start,
                end: stretch.start + stretch.text.length,
              };
              const own = links.find((c) => covers(c, selected.span, span));
              return (
                <VersionCard
                  key={stretch.start}
                  label={label}
                  origin={describeOrigin(view.origins.get(version) ?? {})}
                  note={own ? "Linked by you" : undefined}
                  text={stretch.text}
                  compareTo={selected.text}
                  onShow={() => select(stretch.keys[0]!)}
                  actions={
                    own ? (
                      <JudgeButton
                        label={`Undo your link with ${label}`}
                        onClick={() => {
                          void corrections.remove(own.id);
                          onJudged(`Your link with ${label} was taken back.`);
                        }}
                      >
                        Undo your link
                      </JudgeButton>
                    ) : (
                      <JudgeButton
                        label={`Not the same claim as in ${label}`}
                        onClick={() => {
                          void corrections.add(
                            "unlink",
                            { ...selected.span, text: selected.text },
                            { ...span, text: stretch.text },
                          );
                          onJudged(`Marked as not the same claim as in ${label}.`);
                        }}
                      >
                        Not the same
                      </JudgeButton>
                    )
                  }
                />
              );
            })}
          </li>
        );
      })}
    </ul>
  );
}

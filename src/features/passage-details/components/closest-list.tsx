import { describeOrigin } from "@/lib/format-published.ts";
import { useState } from "react";
import type { StrengthBand, TextSpan } from "@/core/align/types.ts";
import type { ComparisonView, ReaderCorrections } from "@/features/comparison/index.ts";
import type { ClosestCandidate, ClosestInVersion } from "../lib/closest-candidates.ts";
import { JudgeButton, VersionCard } from "./version-card.tsx";

/** The strength bands in words: colour is never the only cue. */
const BAND_WORDS: Record<StrengthBand, string> = {
  likely: "Likely the same claim",
  possible: "Possibly the same claim",
  weak: "Weak match",
};

type ClosestListProps = {
  view: ComparisonView;
  selected: { span: TextSpan; text: string };
  closest: ClosestInVersion[];
  select: (key: string) => void;
  corrections: ReaderCorrections;
  onJudged: (message: string) => void;
};

/**
 * "Closest in other versions": per version where the comparison found no
 * counterpart, the engine's best candidate (more on request), with its
 * strength in words, its word differences, and "Same claim" to link it.
 */
export function ClosestList({ view, selected, closest, select, ...judging }: ClosestListProps) {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  return (
    <ul className="mt-2 space-y-4">
      {closest.map(({ version, candidates }) => {
        const label = view.labels.get(version) ?? version;
        const open = expanded.has(version);
        const more = candidates.length - 1;
        return (
          <li key={version} className="space-y-3">
            {(open ? candidates : candidates.slice(0, 1)).map((candidate) => (
              <CandidateCard
                key={`${candidate.span.start}:${candidate.span.end}`}
                label={label}
                origin={describeOrigin(view.origins.get(version) ?? {})}
                candidate={candidate}
                selected={selected}
                sourceText={view.texts.get(selected.span.version) ?? ""}
                select={select}
                {...judging}
              />
            ))}
            {more > 0 && (
              <button
                type="button"
                aria-expanded={open}
                onClick={() =>
                  setExpanded((current) => {
                    const next = new Set(current);
                    if (open) next.delete(version);
                    else next.add(version);
                    return next;
                  })
                }
                className="text-sm underline underline-offset-2"
              >
                {open ? `Fewer from ${label}` : `${more} more from ${label}`}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}

type CandidateCardProps = {
  label: string;
  origin: string;
  candidate: ClosestCandidate;
  selected: { span: TextSpan; text: string };
  /** The selected version's whole text (the candidate's `from` points into it). */
  sourceText: string;
  select: (key: string) => void;
  corrections: ReaderCorrections;
  onJudged: (message: string) => void;
};

function CandidateCard(props: CandidateCardProps) {
  const { label, origin, candidate, selected, sourceText, select, corrections, onJudged } = props;
  const { rejectedBy, passage } = candidate;
  return (
    <VersionCard
      label={label}
      origin={origin}
      note={
        rejectedBy ? (
          "You marked this as not the same claim"
        ) : (
          <span className="rounded-full border border-stone-300 px-2 py-0.5 dark:border-stone-600">
            {BAND_WORDS[candidate.band]}
          </span>
        )
      }
      text={candidate.text}
      compareTo={selected.text}
      onShow={passage ? () => select(passage.key) : null}
      actions={
        rejectedBy ? (
          <JudgeButton
            label={`Undo “not the same” for ${label}`}
            onClick={() => {
              void corrections.remove(rejectedBy.id);
              onJudged(`Your “not the same” for ${label} was taken back.`);
            }}
          >
            Undo “not the same”
          </JudgeButton>
        ) : (
          <JudgeButton
            label={`Same claim as in ${label}`}
            onClick={() => {
              const { from } = candidate;
              void corrections.add(
                "link",
                { ...from, text: sourceText.slice(from.start, from.end) },
                { ...candidate.span, text: candidate.text },
              );
              onJudged(`Linked with ${label} as the same claim.`);
            }}
          >
            Same claim
          </JudgeButton>
        )
      }
    />
  );
}

/**
 * Anchoring stored corrections to the texts as they are now. A correction
 * is stored with the text each side covered (story-format.ts); the version
 * texts may have changed since (re-imported, edited), and a correction must
 * never silently land on other words. So each side is checked, moved when
 * its text is found exactly once elsewhere, and otherwise reported stale
 * with a reason the reader can act on. Of several corrections on one pair
 * of passages only the latest counts: the reader changed their mind.
 */
import type { Correction, TextSpan, VersionInput } from "../align/types.ts";
import type { AnchoredSpan, StoredCorrection } from "../story-format.ts";

/** A stored correction that no longer points at its text, and why, in words for the reader. */
export type StaleCorrection = { correction: StoredCorrection; reason: string };

/** A stored correction replaced by a later one on the same pair of passages (`by`: its id). */
export type SupersededCorrection = { correction: StoredCorrection; by: string };

/**
 * Every stored correction lands in exactly one list: `active` (for
 * compareVersions, in stored order), `stale`, or `superseded`.
 */
export type AnchoredCorrections = {
  active: Correction[];
  stale: StaleCorrection[];
  superseded: SupersededCorrection[];
};

/**
 * Checks stored corrections against the versions' texts (as the engine
 * reads them: `versionToInput`) and returns those that apply, with their
 * spans where the text now is. A side whose text is no longer at its
 * offsets is re-anchored when the text occurs exactly once in its version;
 * otherwise, or when its version is gone, the correction is stale. Of
 * several anchored corrections on the same pair of spans (either way
 * round), the latest (`createdAt`, then list order) is active and the
 * others are superseded. Pure and deterministic.
 */
export function anchorCorrections(
  versions: readonly VersionInput[],
  stored: readonly StoredCorrection[],
): AnchoredCorrections {
  const byId = new Map(versions.map((version) => [version.id, version]));
  const stale: StaleCorrection[] = [];
  const anchored: { correction: StoredCorrection; a: TextSpan; b: TextSpan; key: string }[] = [];
  for (const correction of stored) {
    const a = anchorSpan(byId, correction.a);
    const b = anchorSpan(byId, correction.b);
    if (typeof a === "string" || typeof b === "string") {
      stale.push({ correction, reason: staleReason(byId, correction, a, b) });
      continue;
    }
    anchored.push({ correction, a, b, key: [spanKey(a), spanKey(b)].sort().join(" | ") });
  }
  // The latest on each pair: later createdAt, then later in the list.
  const latest = new Map<string, (typeof anchored)[number]>();
  for (const entry of anchored) {
    const current = latest.get(entry.key);
    if (!current || entry.correction.createdAt >= current.correction.createdAt)
      latest.set(entry.key, entry);
  }
  const active: Correction[] = [];
  const superseded: SupersededCorrection[] = [];
  for (const entry of anchored) {
    const winner = latest.get(entry.key)!;
    const { id, kind } = entry.correction;
    if (winner === entry) active.push({ id, kind, a: entry.a, b: entry.b });
    else superseded.push({ correction: entry.correction, by: winner.correction.id });
  }
  return { active, stale, superseded };
}

type SpanProblem = "missing" | "changed" | "ambiguous";

// Where a side's text is now, or what went wrong.
function anchorSpan(
  byId: ReadonlyMap<string, VersionInput>,
  span: AnchoredSpan,
): TextSpan | SpanProblem {
  const version = byId.get(span.version);
  if (!version) return "missing";
  const { text } = version;
  if (text.slice(span.start, span.end) === span.text)
    return { version: span.version, start: span.start, end: span.end };
  const first = text.indexOf(span.text);
  if (first < 0) return "changed";
  if (text.indexOf(span.text, first + 1) >= 0) return "ambiguous";
  return { version: span.version, start: first, end: first + span.text.length };
}

function spanKey(span: TextSpan): string {
  return `${span.version}:${span.start}:${span.end}`;
}

// One sentence naming each side that failed, by the version's label.
function staleReason(
  byId: ReadonlyMap<string, VersionInput>,
  correction: StoredCorrection,
  a: TextSpan | SpanProblem,
  b: TextSpan | SpanProblem,
): string {
  const problems = (
    [
      [correction.a, a],
      [correction.b, b],
    ] as const
  ).flatMap(([span, result]) => (typeof result === "string" ? [{ span, result }] : []));
  const missing = problems.find((p) => p.result === "missing");
  if (missing) return `it points at a version (“${missing.span.version}”) this story no longer has`;
  const labels = problems.map((p) => byId.get(p.span.version)!.label);
  const named = labels.length === 1 ? labels[0]! : `${labels[0]!} and ${labels[1]!}`;
  if (problems.every((p) => p.result === "changed"))
    return labels.length === 1
      ? `the text of ${named} it pointed at has changed`
      : `the texts of ${named} it pointed at have changed`;
  if (problems.every((p) => p.result === "ambiguous"))
    return `the text of ${named} it pointed at has moved, and now appears more than once`;
  return `the texts of ${named} it pointed at have changed or now appear more than once`;
}

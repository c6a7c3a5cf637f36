/**
 * Changes to a story's versions after it was made: relabel a version, say
 * where it came from, drop one, add new ones from text. The texts of kept
 * versions never change here, so the reader's corrections on them still
 * hold; a dropped version's corrections are reported, not lost
 * (anchor-corrections.ts).
 */
import { uniqueLabels, versionFromDraft, type VersionDraft } from "../ingest/story-from-texts.ts";
import { MAX_VERSIONS } from "../limits.ts";
import { parseStory, type ParseResult, type Story, type Version } from "../story-format.ts";

/** What the reader may change of a kept version: its label and where it came from. */
export type VersionDetails = Pick<
  Version,
  "label" | "source" | "byline" | "dateline" | "published" | "url"
>;

/** The edits: one entry per version to keep, in the order to keep them; new texts to add. */
export type VersionEdits = {
  keep: readonly ({ id: string } & Partial<VersionDetails>)[];
  add?: readonly VersionDraft[];
};

const DETAIL_FIELDS = ["source", "byline", "dateline", "published", "url"] as const;

/**
 * The story with `edits` applied, validated as any story file is, or the
 * problems, each naming the version. Labels stay unique; added versions get
 * ids no version has had in this story's current list.
 */
export function editVersions(story: Story, edits: VersionEdits): ParseResult<Story> {
  const problems: string[] = [];
  const byId = new Map(story.versions.map((version) => [version.id, version]));
  const added = edits.add ?? [];
  const count = edits.keep.length + added.length;
  if (count < 2) problems.push("A comparison needs at least two versions.");
  if (count > MAX_VERSIONS)
    problems.push(
      `A comparison can hold at most ${MAX_VERSIONS} versions; this one would have ${count}.`,
    );
  const asked = [
    ...edits.keep.map((edit) => edit.label ?? byId.get(edit.id)?.label ?? edit.id),
    ...added.map((draft) => draft.label),
  ].map((label, i) => label.trim() || `Version ${i + 1}`);
  const labels = uniqueLabels(asked);
  const versions: Version[] = [];
  edits.keep.forEach((edit, i) => {
    const version = byId.get(edit.id);
    if (!version) return problems.push(`This story has no version “${edit.id}” any more.`);
    versions.push(withDetails(version, edit, labels[i]!));
  });
  const taken = new Set(story.versions.map((version) => version.id));
  added.forEach((draft, i) => {
    const id = freeId(taken);
    taken.add(id);
    const built = versionFromDraft(draft, id, labels[edits.keep.length + i]!);
    for (const problem of built.problems) problems.push(problem);
    versions.push(built.version);
  });
  if (problems.length > 0) return { ok: false, problems };
  const { formatVersion: _, ...rest } = story;
  return parseStory({ ...rest, versions });
}

// A kept version with the reader's details: a blank field clears it.
function withDetails(version: Version, edit: Partial<VersionDetails>, label: string): Version {
  const next: Version = { ...version, label };
  for (const field of DETAIL_FIELDS) {
    if (!(field in edit)) continue;
    const value = edit[field]?.trim();
    if (value) next[field] = value;
    else delete next[field];
  }
  return next;
}

// "v6" after v1…v5; never an id the story already uses.
function freeId(taken: ReadonlySet<string>): string {
  let n = taken.size + 1;
  while (taken.has(`v${n}`)) n += 1;
  return `v${n}`;
}

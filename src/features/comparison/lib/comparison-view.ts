/**
 * What the reader needs from an engine result, arranged for drawing: each
 * version's passages with stable keys and block segments, who tells each
 * group, and per-version figures.
 */
import { runSteps } from "@/core/steps.ts";
import type { PackedSuggestions } from "@/core/align/pack-suggestions.ts";
import type { Comparison, Correction, Passage } from "@/core/align/types.ts";
import type { Discrepancy } from "@/core/facts/types.ts";
import {
  VERSION_METADATA_FIELDS,
  type Story,
  type Theme,
  type Version,
  type VersionMetadataField,
} from "@/core/story-format.ts";
import { segmentBlocks, type BlockSegment } from "@/core/view/block-segments.ts";
import { versionToInput } from "@/core/align/story-text.ts";
import {
  discrepanciesByPassage,
  NO_DISCREPANCIES,
  visibleDiscrepancies,
} from "./passage-discrepancies.ts";

/** A passage with what the view needs to find and describe it. */
export type ViewPassage = Passage & {
  /** Stable within a result: `version:start`; used in the URL (?sel=…). */
  key: string;
  text: string;
  /** How many versions tell it, this one included. */
  toldBy: number;
  /** Ids of the themes it speaks to. */
  themes: string[];
  /** Its group holds it because of a link the reader made ("Same claim"). */
  linkedByReader: boolean;
  /** Fact discrepancies one of whose values lies (partly) in it. */
  discrepancies: readonly Discrepancy[];
};

// One list for every passage without themes.
const NO_THEMES: string[] = [];

/** A block segment, marked where its passage begins and ends (passages may span blocks). */
export type ViewSegment = BlockSegment & { first: boolean; last: boolean };

export type VersionView = {
  id: string;
  /** The story's theme labels, by id (shared by every version). */
  themeLabels: Map<string, string>;
  label: string;
  passages: ViewPassage[];
  segments: ViewSegment[][];
};

export type ComparisonView = {
  /** The engine's result this view was built from. */
  comparison: Comparison;
  versions: VersionView[];
  byKey: Map<string, ViewPassage>;
  /** Passages of each group, in version order. */
  byGroup: Map<number, ViewPassage[]>;
  labels: Map<string, string>;
  /** Where each version came from, by id: only the fields the story states. */
  origins: Map<string, VersionOrigin>;
  /** Theme id → label, for the story's themes. */
  themeLabels: Map<string, string>;
  /** The engine's suggestions (when asked for), packed; unpack what is shown (unpackSuggestions). */
  suggestions: PackedSuggestions | null;
  /** Each version's text as the engine read it (offsets point into it). */
  texts: Map<string, string>;
  /** Where members of a group disagree on a fact (among the versions shown). */
  discrepancies: readonly Discrepancy[];
};

/** What a view is built from (see buildComparisonView). */
export type ViewSource = {
  story: Story;
  comparison: Comparison;
  passageThemes?: readonly string[][] | undefined;
  themes?: readonly Theme[] | undefined;
  readerLinks?: readonly Correction[] | undefined;
  suggestions?: PackedSuggestions | null | undefined;
  discrepancies?: readonly Discrepancy[] | undefined;
};

/**
 * Arranges an engine result for drawing. `readerLinks` are the reader's
 * link corrections the engine applied: the passages they tie are marked.
 * `suggestions` are kept packed, for the details panel to unpack;
 * `discrepancies` are the engine's fact disagreements, given to the passages they concern.
 */
export function buildComparisonView(
  story: Story,
  comparison: Comparison,
  passageThemes?: readonly string[][],
  themes?: readonly Theme[],
  readerLinks?: readonly Correction[],
  suggestions?: PackedSuggestions | null,
  discrepancies?: readonly Discrepancy[],
): ComparisonView {
  return runSteps(
    buildComparisonViewSteps({
      story,
      comparison,
      passageThemes,
      themes,
      readerLinks,
      suggestions,
      discrepancies,
    }),
  );
}

/**
 * buildComparisonView in steps, one version each: a page can give the
 * browser a turn between them, so a story of 200 versions (18,000 passages,
 * ~30 ms of work) never holds the page at once. Same result.
 */
export function* buildComparisonViewSteps({
  story,
  comparison,
  passageThemes = [],
  themes = story.themes ?? [],
  readerLinks = [],
  suggestions = null,
  discrepancies = [],
}: ViewSource): Generator<void, ComparisonView> {
  const byKey = new Map<string, ViewPassage>();
  const themeLabels = new Map(themes.map((theme) => [theme.id, theme.label]));
  const byGroup = new Map<number, ViewPassage[]>();
  const labels = new Map(story.versions.map((v) => [v.id, v.label]));
  const origins = new Map(story.versions.map((v) => [v.id, originOf(v)]));
  // One pass over all passages, not one per version: a 200-version story has
  // tens of thousands. Each keeps its index, which is where its themes are.
  const ofVersion = new Map<string, number[]>();
  comparison.passages.forEach((passage, i) => {
    const list = ofVersion.get(passage.version);
    if (list) list.push(i);
    else ofVersion.set(passage.version, [i]);
  });
  const texts = new Map<string, string>();
  const linkedSpans = readerLinks.flatMap((link) => [link.a, link.b]);
  const versions: VersionView[] = [];
  for (const version of story.versions) {
    yield;
    const text = versionToInput(version).text;
    texts.set(version.id, text);
    const spans = linkedSpans.filter((span) => span.version === version.id);
    const indices = ofVersion.get(version.id) ?? [];
    const own = indices.map((i) => comparison.passages[i]!);
    const facts = discrepanciesByPassage(version.id, own, discrepancies);
    const passages = own.map((p, i): ViewPassage => {
      // Built field by field, not spread: one object shape for every passage, and at
      // 200 versions (18,000 passages) the view is built in a third of the time.
      const passage = {
        version: p.version,
        start: p.start,
        end: p.end,
        kind: p.kind,
        sharedWith: p.sharedWith,
        group: p.group,
        score: p.score,
        key: `${p.version}:${p.start}`,
        text: text.slice(p.start, p.end),
        toldBy: p.sharedWith.length + 1,
        themes: passageThemes[indices[i]!] ?? NO_THEMES,
        linkedByReader:
          p.group !== null && spans.some((span) => span.start < p.end && p.start < span.end),
        discrepancies: facts.get(i) ?? NO_DISCREPANCIES,
      };
      byKey.set(passage.key, passage);
      if (passage.group !== null) {
        // Pushed, not copied: a group told by 200 versions would copy its list 200 times.
        const members = byGroup.get(passage.group);
        if (members) members.push(passage);
        else byGroup.set(passage.group, [passage]);
      }
      return passage;
    });
    versions.push({
      id: version.id,
      themeLabels,
      label: version.label,
      passages,
      segments: markEnds(segmentBlocks(version.blocks, passages)),
    });
  }
  return {
    comparison,
    versions,
    byKey,
    byGroup,
    labels,
    origins,
    themeLabels,
    suggestions,
    texts,
    discrepancies,
  };
}

/**
 * The view as a reader of only `shown` versions sees it: only those
 * versions, and each passage shared with the shown versions alone. A
 * passage told elsewhere only by hidden versions reads as found nowhere else
 * (among those shown), and "told by k" counts the shown. Hiding versions
 * needs no new engine run: groups already say who tells what. `shown` in
 * column order; the view itself when every version is shown.
 */
export function showOnly(view: ComparisonView, shown: readonly string[]): ComparisonView {
  const visible = new Set(shown);
  if (view.versions.every((v) => visible.has(v.id)) && shown.length === view.versions.length)
    return view;
  const byId = new Map(view.versions.map((v) => [v.id, v]));
  const byKey = new Map<string, ViewPassage>();
  const byGroup = new Map<number, ViewPassage[]>();
  const versions = shown.flatMap((id) => {
    const version = byId.get(id);
    if (!version) return [];
    const passages = version.passages.map((p) => {
      const sharedWith = p.sharedWith.filter((other) => visible.has(other));
      const facts =
        p.discrepancies.length === 0
          ? p.discrepancies
          : visibleDiscrepancies(p.discrepancies, visible);
      if (sharedWith.length === p.sharedWith.length && facts.length === p.discrepancies.length)
        return p;
      const alone = sharedWith.length === 0;
      return {
        ...p,
        sharedWith,
        toldBy: sharedWith.length + 1,
        kind: alone ? ("unique" as const) : p.kind,
        group: alone ? null : p.group,
        score: alone ? 0 : p.score,
        linkedByReader: !alone && p.linkedByReader,
        discrepancies: facts,
      };
    });
    for (const passage of passages) {
      byKey.set(passage.key, passage);
      if (passage.group === null) continue;
      const members = byGroup.get(passage.group);
      if (members) members.push(passage);
      else byGroup.set(passage.group, [passage]);
    }
    // Segments point at passages by index, and the order is unchanged.
    return [{ ...version, passages }];
  });
  const discrepancies = visibleDiscrepancies(view.discrepancies, visible);
  return { ...view, versions, byKey, byGroup, discrepancies };
}

/** The passage of a version that holds a text offset (null past its end). */
export function passageAt(
  view: ComparisonView,
  version: string,
  offset: number,
): ViewPassage | null {
  const passages = view.versions.find((v) => v.id === version)?.passages ?? [];
  return passages.find((p) => p.start <= offset && offset < p.end) ?? null;
}

function markEnds(blocks: BlockSegment[][]): ViewSegment[][] {
  const flat = blocks.flat();
  const firstAt = new Map<number, BlockSegment>();
  const lastAt = new Map<number, BlockSegment>();
  for (const segment of flat) {
    if (!firstAt.has(segment.passage)) firstAt.set(segment.passage, segment);
    lastAt.set(segment.passage, segment);
  }
  return blocks.map((segments) =>
    segments.map((segment) => ({
      ...segment,
      first: firstAt.get(segment.passage) === segment,
      last: lastAt.get(segment.passage) === segment,
    })),
  );
}

/** A version's origin fields (outlet, byline, dateline, time, address), without its text. */
export type VersionOrigin = Pick<Version, VersionMetadataField>;

function originOf(version: Version): VersionOrigin {
  const origin: VersionOrigin = {};
  for (const field of VERSION_METADATA_FIELDS) if (version[field]) origin[field] = version[field];
  return origin;
}

/** "Version B and Version D", "Version B, Version C and Version E". */
export function listLabels(ids: readonly string[], labels: ReadonlyMap<string, string>): string {
  const names = ids.map((id) => labels.get(id) ?? id);
  return names.length <= 1
    ? (names[0] ?? "")
    : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/** What a screen reader hears after a passage. */
export function describePassage(passage: ViewPassage, labels: ReadonlyMap<string, string>): string {
  // "Not found", not "only here": the engine misses some claims told in other words.
  // Said last, as the badge is drawn last; a leftover word the engine left untied can differ too.
  const facts = passage.discrepancies.length > 0 ? ", facts differ" : "";
  if (passage.kind === "unique") return `not found in the other versions${facts}`;
  const how =
    (passage.kind === "verbatim" ? "word for word" : "reworded") +
    (passage.linkedByReader ? ", linked by you" : "") +
    facts;
  // Past a handful, names stop helping a listener: say how many.
  const who =
    passage.sharedWith.length > MAX_NAMED_SHARERS
      ? `${passage.sharedWith.length} other versions`
      : listLabels(passage.sharedWith, labels);
  return `shared with ${who}, ${how}`;
}

/** Descriptions name at most this many other versions. */
const MAX_NAMED_SHARERS = 6;

/**
 * The hand-made gold alignment of a story (data/gold/<story>.json): claims
 * told by several versions, and sentences only one version says, located
 * in the engine's version texts.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { normalizeVersionText } from "../../src/core/align/plain-text.ts";
import { versionToInput } from "../../src/core/align/story-text.ts";
import type { VersionInput } from "../../src/core/align/types.ts";
import { parseStory } from "../../src/core/story-format.ts";
import { ROOT } from "./data-tree.ts";

export type GoldSentence = { version: string; start: number; end: number; text: string };
export type Gold = {
  story: string;
  versions: VersionInput[];
  claims: { id: string; summary: string; members: GoldSentence[] }[];
  unique: GoldSentence[];
  /** Pairs of sentences in different versions that state the same claim (deduplicated). */
  links: [GoldSentence, GoldSentence][];
  /** Pairs beyond the gold that the engine once grouped, read and judged by hand. */
  judgements: { a: GoldSentence; b: GoldSentence; verdict: "right" | "wrong" }[];
};

type GoldFileSentence = { version: string; sentence: string };

type GoldFile = {
  story: string;
  claims: { id: string; summary: string; members: { version: string; sentence: string }[] }[];
  unique: { version: string; sentence: string }[];
};

/**
 * Reads a gold alignment: by default the story's own (data/gold/<story>.json);
 * `annotation` names another one of the same story (data/gold/<story>.<annotation>.json).
 */
export function loadGold(storyId: string, annotation?: string): Gold {
  const name = annotation ? `${storyId}.${annotation}` : storyId;
  const file = JSON.parse(readFileSync(join(ROOT, `data/gold/${name}.json`), "utf8")) as GoldFile;
  const parsed = parseStory(
    JSON.parse(readFileSync(join(ROOT, `public/data/stories/${storyId}.json`), "utf8")),
  );
  if (!parsed.ok) throw new Error(parsed.problems.join("; "));
  if (file.story !== storyId)
    throw new Error(`${name}.json is the gold of ${file.story}, not ${storyId}`);
  // Links beyond the gold were read against the story's own gold only.
  return buildGold(
    file,
    parsed.value.versions.map(versionToInput),
    annotation ? null : join(ROOT, `data/gold/${storyId}.extra-judgements.json`),
  );
}

/**
 * Reads an evaluation story and its gold (data/eval/stories/<name>/): one
 * plain-text file per version, named by version id, and gold.json.
 */
export function loadEvalStoryGold(name: string): Gold {
  const folder = join(ROOT, "data/eval/stories", name);
  const versions = readdirSync(folder)
    .filter((file) => file.endsWith(".txt"))
    .sort()
    .map((file) => {
      const id = file.replace(/\.txt$/, "");
      return {
        id,
        label: id,
        text: normalizeVersionText(readFileSync(join(folder, file), "utf8")),
      };
    });
  const file = JSON.parse(readFileSync(join(folder, "gold.json"), "utf8")) as GoldFile;
  return buildGold(file, versions, join(folder, "extra-judgements.json"));
}

function buildGold(file: GoldFile, versions: VersionInput[], judgementsFile: string | null): Gold {
  const locate = ({ version, sentence }: GoldFileSentence): GoldSentence => {
    const text = versions.find((v) => v.id === version)?.text ?? "";
    const start = text.indexOf(sentence);
    if (start < 0) throw new Error(`gold sentence not found in version ${version}: ${sentence}`);
    return { version, start, end: start + sentence.length, text: sentence };
  };
  const claims = file.claims.map((claim) => ({ ...claim, members: claim.members.map(locate) }));
  const seen = new Set<string>();
  const links: [GoldSentence, GoldSentence][] = [];
  for (const claim of claims) {
    for (const a of claim.members) {
      for (const b of claim.members) {
        if (a.version >= b.version) continue;
        const key = `${a.version}:${a.start}|${b.version}:${b.start}`;
        if (seen.has(key)) continue;
        seen.add(key);
        links.push([a, b]);
      }
    }
  }
  const judgements =
    judgementsFile && existsSync(judgementsFile)
      ? (
          JSON.parse(readFileSync(judgementsFile, "utf8")) as {
            judgements: { a: GoldFileSentence; b: GoldFileSentence; verdict: "right" | "wrong" }[];
          }
        ).judgements.map((j) => ({ a: locate(j.a), b: locate(j.b), verdict: j.verdict }))
      : [];
  return {
    story: file.story,
    versions,
    claims,
    unique: file.unique.map(locate),
    links,
    judgements,
  };
}

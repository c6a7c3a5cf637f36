/**
 * Helpers for the engine's unit tests: the real word-vector table and the
 * bundled story, read from the repository (tests run in Node).
 */
import { readFileSync } from "node:fs";
import { decodeWordVectors, type WordVectors } from "../vectors/word-vectors.ts";
import { parseStory } from "../story-format.ts";
import { versionToInput } from "./story-text.ts";
import type { Comparison, VersionInput } from "./types.ts";

let vectors: WordVectors | undefined;

export function testVectors(): WordVectors {
  vectors ??= decodeWordVectors(
    readFileSync(new URL("../../../public/models/word-vectors.bin", import.meta.url)),
  );
  return vectors;
}

export function bundledVersions(): VersionInput[] {
  const index = JSON.parse(
    readFileSync(new URL("../../../public/data/index.json", import.meta.url), "utf8"),
  ) as {
    stories: { path: string }[];
  };
  const file = new URL(`../../../public/data/${index.stories[0]!.path}`, import.meta.url);
  const parsed = parseStory(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.ok) throw new Error(parsed.problems.join("; "));
  return parsed.value.versions.map(versionToInput);
}

/** The passages of one version, with their text. */
export function passagesOf(comparison: Comparison, version: string) {
  const text = comparison.versions.find((v) => v.id === version)!.text;
  return comparison.passages
    .filter((p) => p.version === version)
    .map((p) => ({ ...p, text: text.slice(p.start, p.end) }));
}

/** Versions "a", "b", "c"… (labelled "A", "B", "C"…) with the given texts. */
export function lettered(...texts: string[]): VersionInput[] {
  return texts.map((text, i) => {
    const id = String.fromCharCode(97 + i);
    return { id, label: id.toUpperCase(), text };
  });
}

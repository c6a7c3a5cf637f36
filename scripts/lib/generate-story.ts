/**
 * Generated stories for benchmarks, made from real text: every version
 * draws sentences from the bundled story and the evaluation articles,
 * in roughly the same order, drops some, lightly rewords others (a word
 * dropped or swapped for a neighbour), until it holds about `words` words.
 * A seeded generator makes every run identical.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { normalizeVersionText } from "../../src/core/align/plain-text.ts";
import { versionToInput } from "../../src/core/align/story-text.ts";
import type { VersionInput } from "../../src/core/align/types.ts";
import { segmentSentences } from "../../src/core/text/segment-sentences.ts";
import { parseStory } from "../../src/core/story-format.ts";
import { ROOT } from "./data-tree.ts";

/** mulberry32: a small, fast, seeded pseudo-random generator. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentencePool(): string[] {
  const pool: string[] = [];
  const storiesDir = join(ROOT, "public/data/stories");
  for (const file of readdirSync(storiesDir)) {
    const parsed = parseStory(JSON.parse(readFileSync(join(storiesDir, file), "utf8")));
    if (!parsed.ok) continue;
    for (const version of parsed.value.versions) {
      const text = versionToInput(version).text;
      for (const s of segmentSentences(text)) pool.push(text.slice(s.start, s.end));
    }
  }
  const unrelatedDir = join(ROOT, "data/eval/unrelated");
  for (const file of readdirSync(unrelatedDir).filter((f) => f.endsWith(".txt"))) {
    const text = normalizeVersionText(readFileSync(join(unrelatedDir, file), "utf8"));
    for (const s of segmentSentences(text)) pool.push(text.slice(s.start, s.end));
  }
  return pool;
}

function reword(sentence: string, random: () => number): string {
  const words = sentence.split(" ");
  return words
    .filter(() => random() > 0.06)
    .map((word, i, all) => (random() < 0.05 && i + 1 < all.length ? all[i + 1]! : word))
    .join(" ");
}

/** `count` versions of about `words` words each. */
export function generateStory(count: number, words: number, seed = 1): VersionInput[] {
  const pool = sentencePool();
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, v) => {
    const sentences: string[] = [];
    let total = 0;
    let at = Math.floor(random() * pool.length);
    while (total < words) {
      at = (at + 1 + Math.floor(random() * 3)) % pool.length;
      const sentence = random() < 0.5 ? reword(pool[at]!, random) : pool[at]!;
      sentences.push(sentence);
      total += sentence.split(" ").length;
      if (random() < 0.25) sentences.push("\n\n");
    }
    const text = sentences
      .join(" ")
      .replace(/ ?\n\n ?/g, "\n\n")
      .trim();
    return { id: `v${String(v + 1).padStart(3, "0")}`, label: `Version ${v + 1}`, text };
  });
}

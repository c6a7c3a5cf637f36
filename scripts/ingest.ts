/**
 * `npm run ingest`: data/stories/<id>/ (story.json + source texts) →
 * public/data/index.json and public/data/stories/<id>.json.
 * The output is committed; scripts/ingest.test.ts fails when it is stale.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import {
  buildDataFilesFromSources,
  OUTPUT_DIR,
  readGeneratedFiles,
  ROOT,
} from "./lib/data-tree.ts";

const files = buildDataFilesFromSources();
for (const stale of readGeneratedFiles().keys()) {
  if (!files.has(stale)) rmSync(join(OUTPUT_DIR, stale));
}
for (const [path, contents] of files) {
  const target = join(OUTPUT_DIR, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, contents);
  console.log(`wrote ${relative(ROOT, target)}`);
}

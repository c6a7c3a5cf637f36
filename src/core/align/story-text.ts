/**
 * A story's versions as the engine reads them: blocks joined into one text
 * per version, one block per line, with a blank line between blocks. The app,
 * the CLI and the evaluation all build version text this way, so offsets
 * agree everywhere.
 */
import type { Version } from "../story-format.ts";
import type { VersionInput } from "./types.ts";

/** Separator between blocks in a version's text. */
export const BLOCK_SEPARATOR = "\n\n";

/** Turns a story version (blocks) into engine input (text). */
export function versionToInput(version: Version): VersionInput {
  return {
    id: version.id,
    label: version.label,
    text: version.blocks.map((block) => block.text).join(BLOCK_SEPARATOR),
  };
}

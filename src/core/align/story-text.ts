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

const inputs = new WeakMap<Version, VersionInput>();

/**
 * Turns a story version (blocks) into engine input (text). Remembered per
 * version object (versions are never changed in place: an edit makes a new
 * one), so the page, which asks for a story's inputs several times as it
 * arrives (its comparison, the reader's corrections, the view), joins
 * megabytes of text once.
 */
export function versionToInput(version: Version): VersionInput {
  let input = inputs.get(version);
  if (!input) {
    // Frozen: shared by every caller, so one writing to it would change the others' input.
    input = Object.freeze({
      id: version.id,
      label: version.label,
      text: version.blocks.map((block) => block.text).join(BLOCK_SEPARATOR),
    });
    inputs.set(version, input);
  }
  return input;
}

import { describe, expect, it } from "vitest";
import type { Version } from "../story-format.ts";
import { BLOCK_SEPARATOR, versionToInput } from "./story-text.ts";

const version: Version = {
  id: "wire",
  label: "Wire",
  blocks: [
    { kind: "heading", text: "Talks resume" },
    { kind: "paragraph", text: "Delegates met on Tuesday." },
  ],
};

describe("versionToInput", () => {
  it("joins a version's blocks, a blank line between them", () => {
    expect(versionToInput(version)).toEqual({
      id: "wire",
      label: "Wire",
      text: `Talks resume${BLOCK_SEPARATOR}Delegates met on Tuesday.`,
    });
  });

  it("joins each version once, and an edited version (a new object) afresh", () => {
    expect(versionToInput(version)).toBe(versionToInput(version));
    const edited = { ...version, blocks: [{ kind: "paragraph" as const, text: "Talks end." }] };
    expect(versionToInput(edited).text).toBe("Talks end.");
  });
});

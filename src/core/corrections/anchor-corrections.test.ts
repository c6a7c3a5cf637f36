import { describe, expect, it } from "vitest";
import { compareVersions } from "../align/compare-versions.ts";
import { lettered, passagesOf, testVectors } from "../align/test-support.ts";
import type { StoredCorrection } from "../story-format.ts";
import { anchorCorrections } from "./anchor-corrections.ts";

const ENERGY = "Energy prices rose sharply across Europe this winter.";
const GENEVA = "The talks will resume in Geneva next month, officials said.";
const BRUSSELS = "Leaders met in Brussels on Tuesday to discuss the peace plan.";

const versions = lettered(`${BRUSSELS}\n\n${ENERGY}`, `${GENEVA}\n\n${BRUSSELS}`);

/** A stored side covering `text` where it first occurs in a version (or at `start`). */
function side(version: string, text: string, start?: number) {
  const at = start ?? versions.find((v) => v.id === version)!.text.indexOf(text);
  return { version, start: at, end: at + text.length, text };
}

function stored(
  id: string,
  kind: StoredCorrection["kind"],
  a: StoredCorrection["a"],
  b: StoredCorrection["b"],
  createdAt = 1,
): StoredCorrection {
  return { id, kind, a, b, createdAt };
}

const link = stored("l", "link", side("a", ENERGY), side("b", GENEVA));

describe("anchorCorrections", () => {
  it("keeps a correction whose text is where it was", () => {
    const { version, start, end } = link.a;
    expect(anchorCorrections(versions, [link])).toEqual({
      active: [
        {
          id: "l",
          kind: "link",
          a: { version, start, end },
          b: { version: "b", start: 0, end: GENEVA.length },
        },
      ],
      stale: [],
      superseded: [],
    });
  });

  it("re-anchors text that moved, and applies it where it is now", () => {
    const edited = lettered(
      `A new opening paragraph.\n\n${BRUSSELS}\n\n${ENERGY}`,
      versions[1]!.text,
    );
    const { active, stale } = anchorCorrections(edited, [link]);
    expect(stale).toEqual([]);
    const start = edited[0]!.text.indexOf(ENERGY);
    expect(active[0]!.a).toEqual({ version: "a", start, end: start + ENERGY.length });
    const comparison = compareVersions(edited, { vectors: testVectors(), corrections: active });
    expect(comparison.corrections).toEqual([{ id: "l", status: "applied" }]);
    const energy = passagesOf(comparison, "a").find((p) => p.text.startsWith(ENERGY))!;
    expect(energy.sharedWith).toEqual(["b"]);
  });

  it("reports a correction on text that no longer exists as stale, naming the version", () => {
    const edited = [
      versions[0]!,
      { ...versions[1]!, label: "The Courier", text: `The talks were called off.\n\n${BRUSSELS}` },
    ];
    const { active, stale } = anchorCorrections(edited, [link]);
    expect(active).toEqual([]);
    expect(stale).toEqual([
      { correction: link, reason: "the text of The Courier it pointed at has changed" },
    ]);
  });

  it("does not guess between two places the text now appears", () => {
    const edited = lettered(versions[0]!.text, `${GENEVA} ${BRUSSELS} ${GENEVA}`);
    const { active, stale } = anchorCorrections(edited, [
      stored("l", "link", side("a", ENERGY), side("b", GENEVA, 3)),
    ]);
    expect(active).toEqual([]);
    expect(stale[0]!.reason).toMatch(/B .*more than once/);
  });

  it("reports a correction on a version the story no longer has as stale", () => {
    const { stale } = anchorCorrections(versions.slice(0, 1), [link]);
    expect(stale[0]!.reason).toContain("“b”");
  });

  it("keeps only the latest correction on a pair, whichever way round, and says which", () => {
    const unlink = stored("u", "unlink", link.b, link.a, 2);
    const again = stored("again", "link", link.a, link.b, 2);
    const other = stored("o", "link", side("a", BRUSSELS), side("b", GENEVA), 0);
    const result = anchorCorrections(versions, [unlink, link, other, again]);
    expect(result.active.map((c) => c.id)).toEqual(["o", "again"]);
    expect(result.superseded).toEqual([
      { correction: unlink, by: "again" },
      { correction: link, by: "again" },
    ]);
    expect(anchorCorrections(versions, [link, unlink]).active.map((c) => c.id)).toEqual(["u"]);
  });
});

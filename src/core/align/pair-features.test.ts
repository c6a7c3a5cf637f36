import { describe, expect, it } from "vitest";
import { tokenize } from "../text/tokenize.ts";
import { WordTable } from "../vectors/word-table.ts";
import { countAnchors } from "./pair-features.ts";
import { profileSentence } from "./sentence-profile.ts";
import { testVectors } from "./test-support.ts";
import { backgroundWeigher } from "./word-weights.ts";

describe("countAnchors", () => {
  const vectors = testVectors();
  const table = new WordTable(vectors);
  const weigh = backgroundWeigher(vectors);
  const anchors = (a: string, b: string) =>
    countAnchors(
      profileSentence(tokenize(a), table, weigh),
      profileSentence(tokenize(b), table, weigh),
      table,
      0.8,
    );

  it("counts the points two tellings of one claim agree on", () => {
    expect(
      anchors(
        "Any peace framework must be anchored in Ukraine's sovereignty.",
        "Officials said any peace framework must respect Ukraine's sovereignty.",
      ),
    ).toBeGreaterThanOrEqual(3);
  });

  it("finds a single point between sentences that share only a name", () => {
    expect(
      anchors(
        "Albrecht said she expected a full room.",
        "Albrecht told reporters the lag was simply not acceptable.",
      ),
    ).toBe(1);
  });

  it("takes the smaller side, counts a repeated word once, and copes with empty text", () => {
    expect(anchors("Sanctions, sanctions and more sanctions.", "Sanctions on oil exports.")).toBe(
      1,
    );
    expect(anchors("", "Sanctions on oil exports.")).toBe(0);
  });
});

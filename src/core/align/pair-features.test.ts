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

  it("counts a close synonym from the word table, not a mere relative", () => {
    // "troops"/"soldiers" are near-synonyms in the table; "border"/"frontier" are not close enough.
    expect(anchors("Troops crossed the border.", "Soldiers crossed the frontier.")).toBe(2);
    // "pledged"/"promised" are related but below the bar: only "aid" agrees.
    expect(anchors("He pledged aid.", "He promised aid.")).toBe(1);
  });

  it("takes the smaller of the two directions", () => {
    // One way, three words find a counterpart (troops and soldiers both in "soldiers"); the other way, two.
    expect(anchors("Troops and soldiers crossed the border.", "Soldiers crossed.")).toBe(2);
    expect(anchors("Soldiers crossed.", "Troops and soldiers crossed the border.")).toBe(2);
  });

  it("misses a paraphrase that agrees on one word only (a known cost of the rule)", () => {
    expect(
      anchors(
        "Canada pledged more humanitarian aid for displaced civilians this winter.",
        "Ottawa promised additional relief supplies for people forced from their homes this winter.",
      ),
    ).toBe(1);
  });
});

import { describe, expect, it } from "vitest";
import { cleanLines } from "../ingest/clean-lines.ts";
import { compareVersions } from "./compare-versions.ts";
import { lettered, testVectors } from "./test-support.ts";

// Two invented stories on different subjects that end alike, in the way
// wire copy does: a rule, a sign-off and a line of figures.
const FERRY =
  "The harbour ferry will keep running after councillors voted last night to reject the county plan.\n\nTickets will cost two pounds from the spring, the operator said.";
const BAKERY =
  "A new bakery opened on the high street selling bread made with local flour and honey.\n\nIts owner trained in a village kitchen for ten years before moving to the town.";
const TAIL = "\n\n-------\n\nENDS\n\n2024 2025 2026 1,500 3.5 12";

describe("the engine never links stretches without words", () => {
  it("leaves separators, sign-offs and figures shared by two versions unlinked", () => {
    const comparison = compareVersions(lettered(FERRY + TAIL, BAKERY + TAIL), {
      vectors: testVectors(),
    });
    expect(comparison.groups).toEqual([]);
    expect(comparison.passages.every((passage) => passage.kind === "unique")).toBe(true);
  });

  it("still links the words around them", () => {
    const comparison = compareVersions(lettered(FERRY + TAIL, FERRY + TAIL), {
      vectors: testVectors(),
    });
    expect(comparison.groups.length).toBeGreaterThan(0);
  });

  it("gets no separator or sign-off from cleaned wire copy in the first place", () => {
    expect(cleanLines(FERRY + TAIL)).toEqual([
      "The harbour ferry will keep running after councillors voted last night to reject the county plan.",
      null,
      "Tickets will cost two pounds from the spring, the operator said.",
      null,
      "2024 2025 2026 1,500 3.5 12",
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { splitClauses } from "./split-clauses.ts";

const clauses = (text: string) =>
  splitClauses(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));

describe("splitClauses", () => {
  it("splits claims joined by a connective", () => {
    expect(
      clauses(
        "Canada is said to have underlined its continued backing for Ukraine, while also recognising the importance of staying aligned with allies.",
      ),
    ).toEqual([
      "Canada is said to have underlined its continued backing for Ukraine,",
      "while also recognising the importance of staying aligned with allies.",
    ]);
  });

  it("splits at semicolons and colons", () => {
    expect(
      clauses(
        "Analysts say the talks highlight a delicate balancing act: supporting U.S. diplomatic leadership while keeping allies united.",
      ),
    ).toHaveLength(2);
  });

  it("keeps lists, short asides and short pieces together", () => {
    expect(
      clauses(
        "The meetings aligned political, military, and humanitarian strategies for the winter.",
      ),
    ).toHaveLength(1);
    expect(
      clauses(
        "Discussions examined how negotiations — if they occur — could be structured to help Ukraine.",
      ),
    ).toHaveLength(1);
    expect(clauses("Leaders met, and left.")).toHaveLength(1);
    // A piece of a few words carries one or two telling words: matched on
    // those alone, it would link texts that merely share a word.
    expect(
      clauses(
        "European leaders, meanwhile, expressed caution, noting that premature talks let Russia regroup.",
      ),
    ).toHaveLength(1);
  });
});

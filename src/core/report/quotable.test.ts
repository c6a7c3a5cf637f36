import { describe, expect, it } from "vitest";
import { quotable, quoteLine } from "./quotable.ts";

// A passage of `text`: the stretch that starts with `piece`.
const at = (text: string, piece: string) => ({ text: piece, start: text.indexOf(piece) });

describe("quotable", () => {
  const text =
    "Talks resumed, as diplomatic activity grew. Leaders met on Tuesday.\n\n“We will not give up,” she said.";

  it("marks where a fragment starts or ends inside a sentence, without the punctuation it was cut at", () => {
    expect(quotable(at(text, ", as diplomatic activity"), text)).toBe("…as diplomatic activity…");
    expect(quotable(at(text, "Leaders met on Tuesday.\n\n“"), text)).toBe(
      "Leaders met on Tuesday.",
    );
  });

  it("gives a quotation back the opening mark the passage before took", () => {
    expect(quotable(at(text, "We will not give up,” she said."), text)).toBe(
      "“We will not give up,” she said.",
    );
  });

  it("reads a heading (a line of its own) as whole", () => {
    const story = "Harbour repairs agreed\n\nThe council voted.";
    expect(quotable(at(story, "Harbour repairs agreed\n\n"), story)).toBe("Harbour repairs agreed");
  });
});

describe("quoteLine", () => {
  const text = "Leaders met on Tuesday, as planned.\n\n“We will not give up,” she said.";

  it("puts a passage in quotation marks, unless it opens with its own", () => {
    expect(quoteLine(at(text, "Leaders met on Tuesday,"), text)).toBe("“Leaders met on Tuesday…”");
    expect(quoteLine(at(text, "We will not give up,” she said."), text)).toBe(
      "“We will not give up,” she said.",
    );
  });

  it("cuts a long passage inside its marks", () => {
    expect(quoteLine(at(text, "Leaders met on Tuesday, as planned."), text, 12)).toBe(
      "“Leaders met…”",
    );
  });
});

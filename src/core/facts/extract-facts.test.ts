import { describe, expect, it } from "vitest";
import { extractFacts } from "./extract-facts.ts";
import { extractNumbers } from "./extract-numbers.ts";
import { extractDates } from "./extract-dates.ts";
import { extractNames } from "./extract-names.ts";
import { extractQuotes } from "./extract-quotes.ts";
import { extractCues } from "./extract-cues.ts";

const numbers = (text: string) =>
  extractNumbers(text).map(({ text, low, high, unit }) => ({ text, low, high, unit }));

describe("extractNumbers", () => {
  it("reads currencies, per cent, ranges and number words", () => {
    expect(numbers("The fund paid £20,000 and $3.5bn, up 5 per cent.")).toEqual([
      { text: "£20,000", low: 20000, high: 20000, unit: "GBP" },
      { text: "$3.5bn", low: 3.5e9, high: 3.5e9, unit: "USD" },
      { text: "5 per cent", low: 5, high: 5, unit: "percent" },
    ]);
    expect(numbers("Between 3 and 5 per cent, or 40%, of 1,200 voters.")).toEqual([
      { text: "3 and 5 per cent", low: 3, high: 5, unit: "percent" },
      { text: "40%", low: 40, high: 40, unit: "percent" },
      { text: "1,200 voters", low: 1200, high: 1200, unit: "voter" },
    ]);
    expect(numbers("After two years and 12 more months, a dozen envoys met.")).toEqual([
      { text: "two years", low: 2, high: 2, unit: "year" },
      { text: "12 more months", low: 12, high: 12, unit: "month" },
      { text: "a dozen envoys", low: 12, high: 12, unit: "envoi" },
    ]);
    expect(numbers("The third round drew 3–5 teams and twenty-five fans.")).toEqual([
      { text: "third round", low: 3, high: 3, unit: "ordinal:round" },
      { text: "3–5 teams", low: 3, high: 5, unit: "team" },
      { text: "twenty-five fans", low: 25, high: 25, unit: "fan" },
    ]);
  });

  it("leaves out pronoun 'one', bare years and ordinals without a noun", () => {
    expect(numbers("One of them came at first in 2022; 41 were hurt.")).toEqual([
      { text: "41", low: 41, high: 41, unit: "" },
    ]);
  });
});

describe("extractDates", () => {
  it("reads weekdays, days of months and years", () => {
    const dates = extractDates("On Friday, 3 October, and on March 12th 2024, since 2021, in May.");
    expect(dates.map((d) => d.text)).toEqual(["Friday, 3 October", "March 12th 2024", "2021"]);
    expect(dates[0]).toMatchObject({ weekday: "friday", day: 3, month: 10 });
    expect(dates[1]).toMatchObject({ day: 12, month: 3, year: 2024 });
  });
});

describe("extractNames", () => {
  it("joins multi-word names, trims possessives and hyphen tails, skips unknown sentence-initial words", () => {
    const text =
      "Analysts met in the Bank of England. Officials in Ottawa backed the U.S.-led plan and Ukraine’s bid.";
    expect(extractNames(text).map((n) => n.text)).toEqual([
      "Bank of England",
      "Ottawa",
      "U.S.",
      "Ukraine",
    ]);
  });

  it("counts a sentence-initial word the story capitalises mid-sentence", () => {
    const context = { knownNames: new Set(["ottawa"]) };
    expect(extractNames("Ottawa agreed.", context).map((n) => n.text)).toEqual(["Ottawa"]);
    expect(extractNames("Ottawa agreed.", { knownNames: new Set() })).toEqual([]);
  });

  it("takes the word after a wire dateline for a sentence's first word", () => {
    const text =
      "MARLOW, March 12 (Wire) - Councillors voted to keep the ferry, said Ruth Amberley.";
    expect(extractNames(text).map((n) => n.text)).toEqual(["Wire", "Ruth Amberley"]);
    // A dash inside a sentence is no dateline.
    expect(
      extractNames(
        "Officials said on Tuesday - Councillors Ada Whitlock and Tom Reyes agreed - that the ferry would stay.",
      ).map((n) => n.text),
    ).toContain("Councillors Ada Whitlock");
  });

  it("splits a compound of names", () => {
    expect(extractNames("the Russian-Ukrainian war").map((n) => n.key)).toEqual([
      "russian",
      "ukrainian",
    ]);
  });
});

describe("extractQuotes", () => {
  const quotes = (text: string) =>
    extractQuotes(text, extractNames(text)).map((q) => [q.text, q.speaker]);
  it("reads curly, straight, single and guillemet quotes, with the speaker", () => {
    expect(
      quotes(
        '“We will wait,” said Anna Berg. He called it "slow". She said it was ‘late’ and «vague».',
      ),
    ).toEqual([
      ["“We will wait,”", "Anna Berg"],
      ['"slow"', null],
      ["‘late’", null],
      ["«vague»", null],
    ]);
  });
  it("keeps a nested quote inside the outer one and ignores apostrophes", () => {
    expect(
      quotes(
        "Later, Anna Berg said: “Nobody wants a ‘frozen’ war in the ’90s style, don't you think?”",
      ),
    ).toEqual([["“Nobody wants a ‘frozen’ war in the ’90s style, don't you think?”", "Anna Berg"]]);
  });
});

describe("extractCues", () => {
  it("reads negations with the word they govern, and modals", () => {
    const cues = extractCues(
      "The war is not ending, and it isn't finished; talks may resume. Not only that.",
    );
    expect(cues.map((c) => [c.kind, c.cue, c.scope])).toEqual([
      ["negation", "not", "end"],
      ["negation", "n't", "finish"],
      ["modality", "may", "resum"],
    ]);
  });
});

describe("extractFacts", () => {
  it("gives a number inside a date to the date", () => {
    expect(extractFacts("They met on 12 March.").map((f) => f.kind)).toEqual(["date"]);
  });
});

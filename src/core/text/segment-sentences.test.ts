import { describe, expect, it } from "vitest";
import { segmentSentences } from "./segment-sentences.ts";

const sentences = (text: string) =>
  segmentSentences(text).map(({ start, end }) => text.slice(start, end));

describe("segmentSentences", () => {
  it("splits at end punctuation followed by a capital", () => {
    expect(sentences("Talks resumed. Leaders met! Did they agree? Not yet.")).toEqual([
      "Talks resumed.",
      "Leaders met!",
      "Did they agree?",
      "Not yet.",
    ]);
  });

  it("does not split at abbreviations, initials or numbers", () => {
    expect(
      sentences("U.S. officials met Gen. Smith and J. R. Jones on Jan. 5 at 3.5 p.m. in Kyiv."),
    ).toEqual(["U.S. officials met Gen. Smith and J. R. Jones on Jan. 5 at 3.5 p.m. in Kyiv."]);
    expect(sentences("U.S.-led efforts continue. Mr. Carney spoke.")).toEqual([
      "U.S.-led efforts continue.",
      "Mr. Carney spoke.",
    ]);
  });

  it("splits after an acronym when a new sentence clearly starts", () => {
    expect(sentences("They met in the U.S. The talks went well.")).toEqual([
      "They met in the U.S.",
      "The talks went well.",
    ]);
  });

  it("ends sentences inside closing quotation marks", () => {
    const text =
      "“This is not about freezing the conflict,” said a diplomat. “It is about testing whether conditions exist.” Talks go on.";
    expect(sentences(text)).toEqual([
      "“This is not about freezing the conflict,” said a diplomat.",
      "“It is about testing whether conditions exist.”",
      "Talks go on.",
    ]);
  });

  it("keeps a quotation that continues in lower case together", () => {
    expect(
      sentences(
        "“We must keep every channel open — even when progress is slow,” one official said.",
      ),
    ).toHaveLength(1);
    expect(sentences("He asked “why now?” and left.")).toHaveLength(1);
  });

  it("treats each line as its own paragraph; lines without punctuation are sentences", () => {
    const text =
      "Balancing Diplomacy and Deterrence\nAnalysts say it has two aims:\nsustain deterrence, while\n\nkeep channels open.";
    expect(sentences(text)).toEqual([
      "Balancing Diplomacy and Deterrence",
      "Analysts say it has two aims:",
      "sustain deterrence, while",
      "keep channels open.",
    ]);
  });

  it("returns exact offsets, trimmed, for any script", () => {
    const text = "  Привет мир. Как дела?  \n 你好。 مرحبا بالعالم. ";
    const spans = segmentSentences(text);
    for (const { start, end } of spans) {
      expect(text.slice(start, end)).toBe(text.slice(start, end).trim());
    }
    expect(sentences(text)).toEqual(["Привет мир.", "Как дела?", "你好。", "مرحبا بالعالم."]);
  });

  it("returns nothing for empty or blank text", () => {
    expect(segmentSentences("")).toEqual([]);
    expect(segmentSentences(" \n \n")).toEqual([]);
  });
});

describe("segmentSentences in other scripts", () => {
  it("ends Chinese and Japanese sentences at 。！？ and ．, with no space after", () => {
    expect(sentences("市议会今天开会。预算通过了！你同意吗？")).toEqual([
      "市议会今天开会。",
      "预算通过了！",
      "你同意吗？",
    ]);
    expect(sentences("会議は続いた．税率は３．５％だ．")).toEqual([
      "会議は続いた．",
      "税率は３．５％だ．",
    ]);
  });

  it("ends Arabic and Urdu sentences at ؟ and ۔", () => {
    expect(sentences("هل وافق المجلس؟ نعم وافق.")).toEqual(["هل وافق المجلس؟", "نعم وافق."]);
    expect(sentences("کونسل نے بجٹ منظور کیا۔ اجلاس ختم ہوا۔")).toEqual([
      "کونسل نے بجٹ منظور کیا۔",
      "اجلاس ختم ہوا۔",
    ]);
  });
});

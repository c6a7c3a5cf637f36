import { describe, expect, it } from "vitest";
import { cleanLines } from "./clean-lines.ts";
import { countRoughSentences, isHeadingShaped, parseBlocks } from "./parse-blocks.ts";

const parse = (text: string) => parseBlocks(cleanLines(text));
const kinds = (text: string) => parse(text).map((block) => block.kind);

const BODY =
  "Leaders met in Brussels on Tuesday to weigh the proposal in detail. They agreed to meet again next week.";

describe("headings", () => {
  it("recognises short unpunctuated lines followed by text", () => {
    expect(parse(`${BODY}\nThe Road Ahead\n${BODY}`)).toEqual([
      { kind: "paragraph", text: BODY },
      { kind: "heading", text: "The Road Ahead" },
      { kind: "paragraph", text: BODY },
    ]);
  });

  it("keeps a lead-in ending with a colon as a paragraph", () => {
    expect(kinds(`${BODY}\nAnalysts say the push has two aims:\n- deterrence\n- dialogue`)).toEqual(
      ["paragraph", "paragraph", "listItem", "listItem"],
    );
  });

  it("does not make the last line a heading", () => {
    expect(kinds(`${BODY}\nEnd of story`)).toEqual(["paragraph", "paragraph"]);
  });

  it("reads Markdown headings", () => {
    expect(parse(`${BODY}\n\n## What comes next.\n\n${BODY}`)[1]).toEqual({
      kind: "heading",
      text: "What comes next.",
    });
  });

  it.each([
    ["Coordination — Without Weakening Pressure on Moscow", true],
    ["Still, Western leaders believe ongoing dialogue is essential.", false],
    ["a lowercase fragment", false],
    [
      "This line is far too long to be a heading because it has many more words than any heading",
      false,
    ],
  ])("isHeadingShaped(%j) is %s", (text, expected) => {
    expect(isHeadingShaped(text)).toBe(expected);
  });
});

describe("paragraphs in other scripts", () => {
  // Short one-line paragraphs, each a sentence: none may become a heading.
  it.each([
    ["Chinese", ["市议会今天开会。", "预算终于通过了！", "居民满意吗？", "税率上涨了百分之五．"]],
    ["Japanese", ["市議会は今日開かれた。", "予算が可決された！", "住民は満足か？"]],
    [
      "Arabic",
      ["اجتمع المجلس البلدي اليوم.", "هل وافق المجلس على الميزانية؟", "نعم، وافق بالإجماع."],
    ],
    ["Hebrew", ["מועצת העיר התכנסה היום.", "האם התקציב אושר?", "כן, הוא אושר פה אחד."]],
  ])("keeps %s sentences as paragraphs", (_script, lines) => {
    const text = [...lines, ...lines].join("\n\n");
    expect(kinds(text).every((kind) => kind === "paragraph")).toBe(true);
    for (const line of lines) expect(isHeadingShaped(line)).toBe(false);
  });

  it("still takes a short unpunctuated line between paragraphs for a heading", () => {
    expect(kinds("市议会今天开会。预算通过了。\n\n预算之后\n\n居民满意。")).toEqual([
      "paragraph",
      "heading",
      "paragraph",
    ]);
  });

  it("counts sentences ended by full-width stops", () => {
    expect(countRoughSentences("市议会今天开会。预算通过了！你同意吗？")).toBe(3);
  });
});

describe("list items", () => {
  it("strips the bullet and keeps the text", () => {
    expect(parse(`${BODY}\n- sustain deterrence, while\n• keep channels open.`)).toEqual([
      { kind: "paragraph", text: BODY },
      { kind: "listItem", text: "sustain deterrence, while" },
      { kind: "listItem", text: "keep channels open." },
    ]);
  });

  it("does not take a hyphenated word or a dash for a bullet", () => {
    expect(kinds(`${BODY}\n-5 degrees was the low.`)).toEqual(["paragraph", "paragraph"]);
  });
});

describe("standfirst", () => {
  it("marks leading caption-like lines above the body", () => {
    const text = `Allies align behind the push, signalling a new emphasis.\n\nLeaders talked about peace.\n\n${BODY}\n\n${BODY}`;
    expect(kinds(text)).toEqual(["standfirst", "standfirst", "paragraph", "paragraph"]);
  });

  it("treats a headline without punctuation as standfirst, not a sub-heading", () => {
    expect(kinds(`Allies weigh peace plan\n${BODY}`)).toEqual(["standfirst", "paragraph"]);
  });

  it("leaves a long one-sentence lede as body text", () => {
    const lede =
      "European and Canadian leaders have held a series of high-level discussions on U.S.-led diplomatic efforts aimed at exploring a possible path to peace, signalling renewed coordination among allies as the war approaches another year.";
    expect(kinds(`${lede}\n${BODY}`)).toEqual(["paragraph", "paragraph"]);
  });

  it("does not mark anything when there is no body paragraph", () => {
    expect(kinds("One line.\nAnother line.")).toEqual(["paragraph", "paragraph"]);
  });
});

describe("hard-wrapped text", () => {
  it("joins a line that continues an unfinished one", () => {
    expect(parse("Leaders met in Brussels on Tuesday to\nweigh the proposal.")).toEqual([
      { kind: "paragraph", text: "Leaders met in Brussels on Tuesday to weigh the proposal." },
    ]);
  });

  it("keeps lines apart across a blank line", () => {
    expect(kinds(`${BODY}\n\nweigh the proposal.`)).toEqual(["paragraph", "paragraph"]);
  });
});

describe("countRoughSentences", () => {
  it("counts sentences, including ones closed by quotation marks", () => {
    expect(countRoughSentences("One. Two? “Three.” Four")).toBe(4);
    expect(countRoughSentences("Talks with U.S. officials resumed.")).toBe(1);
  });
});

import { describe, expect, it } from "vitest";
import { cleanLine, cleanLines, cleanLinesWithReport, isPageChrome } from "./clean-lines.ts";

describe("isPageChrome", () => {
  it.each([
    "Leave a comment",
    "Trending",
    "Share this",
    "Share this article:",
    "Share on Facebook",
    "Advertisement",
    "ADVERTISEMENT",
    "Read more",
    "Related articles",
    "Most read",
    "Sign up for our newsletter",
    "Follow us on X and Instagram",
    "Skip to main content",
    "12 comments",
    "5 min read",
    "© 2025 Example Media Ltd. All rights reserved.",
    "Copyright 2010–2024 The Paper",
    "©2024 BBC",
    "All rights reserved.",
    "Topics: Budget, Roads",
    "Tags: Ukraine | NATO | peace talks",
  ])("drops %j", (line) => {
    expect(isPageChrome(line)).toBe(true);
  });

  it.each([
    "Share prices fell sharply after the announcement.",
    "Trending topics on social media included the summit.",
    "Leaders will comment on the plan on Tuesday.",
    "Copyright law is changing across Europe.",
    "Related talks are planned for March.",
    "Humanitarian Concerns Front and Center",
    // Sentences that start like furniture are story text.
    "Topics: the council spent two hours on roads.",
    "© 2024 figures show a 5% rise in taxes.",
    "Share this article with anyone who doubts that the council will approve the budget in May.",
    "Related: the council also cut the parks budget by a tenth.",
  ])("keeps article text %j", (line) => {
    expect(isPageChrome(line)).toBe(false);
  });
});

describe("cleanLine", () => {
  it("collapses stray whitespace and trims", () => {
    expect(cleanLine("  Leaders \t met   in  Ottawa.  ")).toBe("Leaders met in Ottawa.");
  });

  it("keeps typographic characters exactly", () => {
    const line = "Ukraine’s “freeze” — not a ‘pause’ – said officials… «non»";
    expect(cleanLine(line)).toBe(line);
  });

  it("removes invisible and control characters but keeps emoji joiners", () => {
    expect(cleanLine("\uFEFFpeace\u200B talks\u0007")).toBe("peace talks");
    const family = "👩\u200D👩\u200D👧";
    expect(cleanLine(family)).toBe(family);
  });

  it("keeps a single no-break space", () => {
    expect(cleanLine("10\u00A0000 troops")).toBe("10\u00A0000 troops");
  });
});

describe("cleanLines", () => {
  it("normalises line breaks and folds blank runs into one break", () => {
    expect(cleanLines("\r\n\r\nOne.\r\n\r\n\r\n   \nTwo.\rThree.\n\n")).toEqual([
      "One.",
      null,
      "Two.",
      "Three.",
    ]);
  });

  it("drops page chrome at the end of a scrape", () => {
    expect(cleanLines("Body text.\n\nLeave a comment\n\nTrending\n")).toEqual(["Body text."]);
  });

  it("returns nothing for empty or blank input", () => {
    expect(cleanLines("")).toEqual([]);
    expect(cleanLines(" \n\t\n")).toEqual([]);
  });
});

describe("cleanLinesWithReport", () => {
  it("reports each removed line with its reason and raw line index", () => {
    const raw =
      "Body text.\r\n\u200B\u0007\nShare this\n\nTopics: the council spent two hours on roads.\n© 2025 Example Media Ltd.";
    expect(cleanLinesWithReport(raw)).toEqual({
      lines: ["Body text.", null, "Topics: the council spent two hours on roads."],
      removed: [
        { line: "\u200B\u0007", reason: "control-characters", index: 1 },
        { line: "Share this", reason: "furniture", index: 2 },
        { line: "© 2025 Example Media Ltd.", reason: "furniture", index: 5 },
      ],
    });
  });

  it("reports nothing for blank lines, and matches cleanLines", () => {
    const raw = "One.\n\n   \n\tTwo.\nLeave a comment";
    expect(cleanLinesWithReport(raw).lines).toEqual(cleanLines(raw));
    expect(cleanLinesWithReport(raw).removed.map((r) => r.reason)).toEqual(["furniture"]);
  });
});

describe("cleanLinesWithReport: keeping what the reader chose", () => {
  it("keeps a furniture-looking line the reader marked, and still reports the others", () => {
    const raw = "The council met.\nAdvertisement\nShare this\nIt voted 7 to 2.";
    const plain = cleanLinesWithReport(raw);
    expect(plain.removed.map((r) => r.line)).toEqual(["Advertisement", "Share this"]);
    const kept = cleanLinesWithReport(raw, { keep: new Set(["Advertisement"]) });
    expect(kept.lines).toEqual(["The council met.", "Advertisement", "It voted 7 to 2."]);
    expect(kept.removed.map((r) => [r.line, r.index])).toEqual([["Share this", 2]]);
  });
});

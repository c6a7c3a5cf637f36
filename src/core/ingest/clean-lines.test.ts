import { describe, expect, it } from "vitest";
import { cleanLine, cleanLines, isPageChrome } from "./clean-lines.ts";

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

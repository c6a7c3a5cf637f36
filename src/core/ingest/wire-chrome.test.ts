import { describe, expect, it } from "vitest";
import { cleanLinesWithReport } from "./clean-lines.ts";
import { classifyWireLine, stripParagraphMark } from "./wire-chrome.ts";

describe("classifyWireLine", () => {
  it.each([
    "-----",
    "  ------------------------------------  ",
    "=====",
    "* * *",
    "___",
    "~~~~",
    "###",
  ])("takes %j for a separator", (line) => expect(classifyWireLine(line)).toBe("separator"));

  it.each([
    "14:07 12/03/24: Page 1 (HHH) COURTS Harbour",
    "16/07/99: Page 1 (HHH) COURTS Care",
    "Page 4 (NNN) POLITICS Ferry",
    "12/03/2024 09:30",
    "2024-03-12",
    "14:07",
    "ENDS",
    "ends",
    "MORE",
    "more",
    "(more)",
    "(END)",
    "-30-",
    "PA",
    "(AP)",
    "Reuters",
    "<",
    ">",
  ])("takes %j for a slug or catch line", (line) =>
    expect(classifyWireLine(line)).toBe("wire-slug"),
  );

  it.each([
    "14:07 the minister arrived at the harbour.",
    "The ferry leaves at 14:07 on weekdays.",
    "NATO",
    "More ferries are planned for the summer.",
    "Ends and means were debated for an hour.",
    "- the first item of a list",
    "Page 4 of the report sets out the costs.",
    "A -> B",
  ])("keeps %j as text", (line) => expect(classifyWireLine(line)).toBeNull());
});

describe("stripParagraphMark", () => {
  it("removes a `<` or `>` closing a line of text", () => {
    expect(stripParagraphMark("injuring three people.<")).toEqual({
      text: "injuring three people.",
      marked: true,
    });
    expect(stripParagraphMark("By Ada Whitlock, Wire News >")).toEqual({
      text: "By Ada Whitlock, Wire News",
      marked: true,
    });
  });

  it("leaves arrows, symbols and plain lines alone", () => {
    for (const line of ["from A ->", "x <<", "Plain line.", "<"])
      expect(stripParagraphMark(line)).toEqual({ text: line, marked: false });
  });
});

describe("cleanLinesWithReport: wire copy", () => {
  const wire = [
    "  ------------------------------------------------------------------------",
    "",
    "                  14:07 12/03/24: Page 1 (HHH) COURTS Harbour",
    "  ------------------------------------------------------------------------",
    "HARBOUR FIRM FINED OVER CRANE COLLAPSE<",
    "By Ada Whitlock, Wire News<",
    "A shipping company was fined #250,000 today after a dockside crane collapsed",
    "on to a workers' canteen, injuring three people.<",
    "Marlow Crown Court heard that the firm had ignored ``repeated warnings'' about",
    "corroded bolts on the crane for at least 18 months.<",
    "Copyright 2024 Wire News Ltd. Not for resale",
    "ENDS",
  ].join("\n");

  it("drops separators, slugs, the byline, sign-offs and copyright, each reported with its reason", () => {
    const { removed } = cleanLinesWithReport(wire);
    expect(removed.map((r) => [r.reason, r.index])).toEqual([
      ["separator", 0],
      ["wire-slug", 2],
      ["separator", 3],
      ["byline", 5],
      ["furniture", 10],
      ["wire-slug", 11],
    ]);
  });

  it("keeps the story in paragraphs, paragraph marks gone", () => {
    expect(cleanLinesWithReport(wire).lines).toEqual([
      "HARBOUR FIRM FINED OVER CRANE COLLAPSE",
      null,
      "A shipping company was fined #250,000 today after a dockside crane collapsed on to a workers' canteen, injuring three people.",
      null,
      "Marlow Crown Court heard that the firm had ignored ``repeated warnings'' about corroded bolts on the crane for at least 18 months.",
    ]);
  });

  it("keeps a wire line the reader chose to keep", () => {
    const kept = cleanLinesWithReport("The ferry ran.\nENDS", { keep: new Set(["ENDS"]) });
    expect(kept).toEqual({ lines: ["The ferry ran.", "ENDS"], removed: [] });
  });

  it("takes an agency credit line for a byline, never a sentence about reporting", () => {
    expect(classifyWireLine("(Reporting by Ada Whitlock; Editing by Tom Reyes and Li Wei)")).toBe(
      "byline",
    );
    expect(classifyWireLine("Additional reporting by Sam Okafor in Marlow")).toBe("byline");
    expect(classifyWireLine("Writing by Ada Whitlock, editing by Tom Reyes")).toBe("byline");
    expect(classifyWireLine("Reporting by the council showed the ferry lost money.")).toBeNull();
  });

  it("reads a slug with a note on the take, and a byline only in the head", () => {
    expect(classifyWireLine("18:30 12/03/24: Page 1 (HHH) COUNCIL Ferry (writethru)")).toBe(
      "wire-slug",
    );
    expect(classifyWireLine("18:30 the council (writethru) met")).toBeNull();
    const late = [
      ...Array.from({ length: 12 }, (_, i) => `Line ${i} of the story.`),
      "By Ada Whitlock",
    ];
    expect(cleanLinesWithReport(late.join("\n\n")).removed).toEqual([]);
    expect(cleanLinesWithReport("By Ada Whitlock\nThe ferry ran.").removed).toEqual([
      { line: "By Ada Whitlock", reason: "byline", index: 0 },
    ]);
  });

  it("breaks the paragraph where a separator stood", () => {
    expect(cleanLinesWithReport("The ferry ran.\n* * *\nThe trust met.").lines).toEqual([
      "The ferry ran.",
      null,
      "The trust met.",
    ]);
  });
});

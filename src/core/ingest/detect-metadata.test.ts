import { describe, expect, it } from "vitest";
import { detectVersionMetadata } from "./detect-metadata.ts";

// Invented wire copy, in the shape press agencies send it.
const WIRE = [
  "  ------------------------------------------------------------------------",
  "",
  "                  14:07 12/03/24: Page 1 (HHH) COURTS Harbour",
  "  ------------------------------------------------------------------------",
  "HARBOUR FIRM FINED OVER CRANE COLLAPSE<",
  "By Ada Whitlock, Wire News<",
  "A shipping company was fined #250,000 today after a dockside crane collapsed",
  "on to a workers' canteen, injuring three people.<",
  "more",
].join("\n");

describe("detectVersionMetadata", () => {
  it("reads the byline, the agency after it and the slug's time stamp (day first)", () => {
    expect(detectVersionMetadata(WIRE)).toEqual({
      byline: "Ada Whitlock",
      source: "Wire News",
      published: "2024-03-12T14:07",
    });
  });

  it("reads a slug with a date alone, and a two-digit year of the last century", () => {
    const raw =
      "16/07/99: Page 1 (HHH) COURTS Care\nBy Tom Reed, Wire News\nA care home owner was jailed today.";
    expect(detectVersionMetadata(raw)).toEqual({
      byline: "Tom Reed",
      source: "Wire News",
      published: "1999-07-16",
    });
  });

  it("reads a month-first date when the day cannot be a month", () => {
    expect(detectVersionMetadata("03/25/2024 09:15\nThe ferry ran.").published).toBe(
      "2024-03-25T09:15",
    );
  });

  it("reads a dateline with date and agency, and leaves it in the text", () => {
    const raw =
      "Ferry plan survives\nMARLOW, March 12 (Wire) - Councillors voted last night to keep the harbour ferry running.";
    expect(detectVersionMetadata(raw)).toEqual({ dateline: "MARLOW, March 12", source: "Wire" });
  });

  it.each([
    ["NEW YORK — The harbour trust said on Friday it would appeal against the ruling.", "NEW YORK"],
    [
      "Marlow, Tuesday: The harbour trust said it would appeal against the ruling next spring.",
      "Marlow, Tuesday",
    ],
  ])("reads the dateline of %j", (raw, dateline) => {
    expect(detectVersionMetadata(raw).dateline).toBe(dateline);
  });

  it("reads a published line, a byline in capitals and an agency tag signing off", () => {
    const raw =
      "Published: 2024-03-12 09:30\nBY ADA WHITLOCK\nThe trust will appeal next spring.\nPA";
    expect(detectVersionMetadata(raw)).toEqual({
      published: "2024-03-12T09:30",
      byline: "ADA WHITLOCK",
      source: "PA",
    });
  });

  it("names two writers, and an outlet after 'for'", () => {
    expect(detectVersionMetadata("By Ada Whitlock and Tom Reed for Wire News\nText.")).toEqual({
      byline: "Ada Whitlock and Tom Reed",
      source: "Wire News",
    });
  });

  it("finds nothing in sentences that only look like metadata", () => {
    expect(
      detectVersionMetadata(
        [
          "By then the ferry will have stopped for the winter, the trust said.",
          "Councillors met on 12/03/24 and voted to keep the ferry running through the summer.",
          "Marlow: a town that grew up around its harbour and never left it behind.",
        ].join("\n"),
      ),
    ).toEqual({});
  });

  it("returns nothing for empty text", () => {
    expect(detectVersionMetadata("")).toEqual({});
  });
});

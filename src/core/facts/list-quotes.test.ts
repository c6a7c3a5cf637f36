import { describe, expect, it } from "vitest";
import type { Comparison, VersionInput } from "../align/types.ts";
import { listQuotes, quotedBy, readableChanges, tellingsByKind } from "./list-quotes.ts";
import type { QuoteEntry } from "./types.ts";

// Made-up copy: one quotation given five ways.
const VERSIONS: VersionInput[] = [
  {
    id: "a",
    label: "Version A",
    text: "“We will not close the harbour this winter,” said Mara Lind. Boats were idle.",
  },
  {
    id: "b",
    label: "Version B",
    text: 'Mara Lind said: "We will not close the harbour this winter." Crews waited.',
  },
  {
    id: "c",
    label: "Version C",
    text: "“We won’t close the harbour this year,” Lind said on Monday.",
  },
  {
    id: "d",
    label: "Version D",
    text: "The mayor said we will not close the harbour this winter, according to aides.",
  },
  { id: "e", label: "Version E", text: "The harbour board met on Monday and said nothing." },
];

const comparisonOf = (versions: VersionInput[]): Comparison => ({
  versions,
  passages: [],
  groups: [],
});

const kinds = (entry: QuoteEntry) =>
  Object.fromEntries(entry.tellings.map((t) => [t.version, t.kind]));

describe("listQuotes", () => {
  it("tells word for word, altered, unmarked and absent apart", () => {
    const [entry, ...rest] = listQuotes(comparisonOf(VERSIONS));
    expect(rest).toEqual([]);
    expect(entry!.text).toBe("We will not close the harbour this winter");
    expect(entry!.speaker).toBe("Mara Lind");
    expect(kinds(entry!)).toEqual({
      a: "exact",
      b: "exact",
      c: "altered",
      d: "unmarked",
      e: "absent",
    });
    expect(quotedBy(entry!)).toBe(3);
    const altered = entry!.tellings.find((t) => t.kind === "altered");
    expect(altered?.kind === "altered" && altered.text).toBe(
      "“We won’t close the harbour this year,”",
    );
    const changes = altered?.kind === "altered" ? altered.changes : null;
    const removed = changes?.filter((c) => c.kind === "removed").map((c) => c.text.trim());
    const added = changes?.filter((c) => c.kind === "added").map((c) => c.text.trim());
    expect(removed).toEqual(expect.arrayContaining(["winter"]));
    expect(added).toEqual(expect.arrayContaining(["year"]));
    const unmarked = entry!.tellings.find((t) => t.kind === "unmarked");
    expect(unmarked?.kind === "unmarked" && unmarked.text).toBe(
      "we will not close the harbour this winter",
    );
  });

  it("counts a word-for-word extract as word for word, in part", () => {
    const entries = listQuotes(
      comparisonOf([
        {
          id: "a",
          label: "A",
          text: "“The fish stocks are falling faster than we feared,” she said.",
        },
        { id: "b", label: "B", text: "Stocks are “falling faster than we feared”, she warned." },
      ]),
    );
    expect(entries).toHaveLength(1);
    expect(entries[0]!.tellings).toMatchObject([
      { version: "a", kind: "exact", partial: false },
      { version: "b", kind: "exact", partial: true, text: "“falling faster than we feared”" },
    ]);
  });

  it("lists a quotation only one version has, and keeps unrelated ones apart", () => {
    const entries = listQuotes(
      comparisonOf([
        { id: "a", label: "A", text: "“Prices will rise again in spring,” the baker said." },
        { id: "b", label: "B", text: "The council called the plan “a careful first step”." },
      ]),
    );
    expect(entries.map((e) => e.text).sort()).toEqual([
      "Prices will rise again in spring",
      "a careful first step",
    ]);
    for (const entry of entries) expect(quotedBy(entry)).toBe(1);
  });

  it("pairs short quotations only where the fact check paired them", () => {
    const versions: VersionInput[] = [
      { id: "a", label: "A", text: "Talks were “slow” on Friday." },
      { id: "b", label: "B", text: "Talks were “sluggish” on Friday." },
    ];
    expect(listQuotes(comparisonOf(versions))).toHaveLength(2);
    const paired = listQuotes(comparisonOf(versions), [
      {
        group: 0,
        kind: "quote",
        values: [
          { version: "a", start: 11, end: 17, text: "“slow”" },
          { version: "b", start: 11, end: 21, text: "“sluggish”" },
        ],
      },
    ]);
    expect(paired).toHaveLength(1);
    expect(kinds(paired[0]!)).toEqual({ a: "exact", b: "altered" });
  });

  it("does not depend on the order of the versions", () => {
    const forward = listQuotes(comparisonOf(VERSIONS));
    const backward = listQuotes(comparisonOf([...VERSIONS].reverse()));
    const byVersion = (entries: QuoteEntry[]) =>
      entries.map((e) => ({
        ...e,
        tellings: [...e.tellings].sort((x, y) => x.version.localeCompare(y.version)),
      }));
    expect(byVersion(backward)).toEqual(byVersion(forward));
  });
});

describe("tellingsByKind", () => {
  it("sorts the versions by how they give the quotation", () => {
    const [entry] = listQuotes(comparisonOf(VERSIONS));
    const sorted = tellingsByKind(entry!);
    expect(sorted.exact).toEqual(["a", "b"]);
    expect(sorted.partial).toEqual([]);
    expect(sorted.altered.map((t) => t.version)).toEqual(["c"]);
    expect(sorted.unmarked).toEqual(["d"]);
    expect(sorted.absent).toEqual(["e"]);
  });
});

describe("readableChanges", () => {
  it("puts a space between a cut word and its replacement", () => {
    const text = readableChanges([
      { kind: "same", text: "We will " },
      { kind: "removed", text: "not" },
      { kind: "added", text: "never" },
      { kind: "same", text: " let" },
    ])
      .map((c) => c.text)
      .join("");
    expect(text).toBe("We will not never let");
  });
});

import { describe, expect, it } from "vitest";
import { compareVersions } from "../align/compare-versions.ts";
import { versionToInput } from "../align/story-text.ts";
import type { Correction } from "../align/types.ts";
import { checkFacts } from "../facts/check-facts.ts";
import { factRows } from "../facts/fact-rows.ts";
import type { Story } from "../story-format.ts";
import { reportHtml, reportMarkdown, type ReportInput } from "./format-report.ts";

// Made up: a court story told three ways, with a changed number and a changed quote.
const JAILED = (months: number) =>
  `A fisherman from the harbour town of Kelby was jailed for ${months} months on Tuesday after the court heard he had sold protected sea bass to three local restaurants.`;
const story: Story = {
  id: "kelby",
  title: "Kelby <fisherman> | jailed",
  versions: [
    {
      id: "a",
      label: "Wire <b>copy</b>",
      source: "Wire News",
      byline: "Anna Berg",
      dateline: "KELBY, March 12",
      published: "2024-03-12T14:07",
      url: "https://example.org/kelby?a=1&b=<2>",
      blocks: [
        { kind: "paragraph", text: JAILED(12) },
        {
          kind: "paragraph",
          text: "“The trade has harmed the fish stocks along the whole northern coast,” the magistrate said.",
        },
        { kind: "paragraph", text: "Boats stayed in port all week <script>alert(1)</script>." },
      ],
    },
    {
      id: "b",
      label: "Courier",
      source: "The Marlow Courier",
      blocks: [
        { kind: "paragraph", text: JAILED(12) },
        {
          kind: "paragraph",
          text: "“The trade has harmed the fish stocks along the whole northern coast,” the magistrate said.",
        },
        {
          kind: "paragraph",
          text: "A petition asking for leniency has collected many signatures.",
        },
      ],
    },
    {
      id: "c",
      label: "Gazette",
      blocks: [
        { kind: "paragraph", text: JAILED(18) },
        {
          kind: "paragraph",
          text: "“The trade has badly harmed fish stocks along the northern coast,” the magistrate said.",
        },
        { kind: "paragraph", text: "The family declined to comment on the case outside court." },
      ],
    },
  ],
};

const versions = story.versions.map(versionToInput);
const link: Correction = {
  id: "mine",
  kind: "link",
  a: { version: "a", start: versions[0]!.text.indexOf("Boats"), end: versions[0]!.text.length },
  b: {
    version: "b",
    start: versions[1]!.text.indexOf("A petition"),
    end: versions[1]!.text.length,
  },
};
const comparison = compareVersions(versions, { corrections: [link] });
const facts = checkFacts(comparison);

function inputFor(shown: string[], corrections: Correction[] = [link]): ReportInput {
  return {
    story,
    comparison,
    discrepancies: facts.discrepancies,
    quotes: facts.quotes,
    corrections,
    madeAt: new Date("2026-11-30T13:20:00Z"),
    view: {
      shown,
      strictness: "balanced",
      show: "all",
      minToldBy: 2,
      themes: [],
      themeMatch: "any",
    },
  };
}

/** The Markdown's sections by title: the count in the heading and the body. */
function readSections(markdown: string) {
  const sections = new Map<string, { count: number | null; body: string }>();
  for (const part of markdown.split(/^## /m).slice(1)) {
    const [heading, ...body] = part.split("\n");
    const match = /^(.*?)(?: \((\d+)\))?$/.exec(heading!)!;
    sections.set(match[1]!, { count: match[2] ? Number(match[2]) : null, body: body.join("\n") });
  }
  return sections;
}
const numbered = (body: string) => body.match(/^\d+\. /gm)?.length ?? 0;
const bullets = (body: string) => body.match(/^- /gm)?.length ?? 0;

describe("the report", () => {
  const markdown = reportMarkdown(inputFor(["a", "b", "c"]));
  const sections = readSections(markdown);

  it("states the story, when it was made and the view it reflects", () => {
    expect(markdown).toMatch(/^# Kelby \\<fisherman\\> \\\| jailed\n/);
    expect(markdown).toContain("made with Parallax on 2026-11-30 at 13:20 UTC: 3 of 3 versions");
    const view = sections.get("View")!.body;
    expect(view).toContain(
      "**Versions shown:** Wire \\<b\\>copy\\</b\\>, Courier, Gazette (3 of 3)",
    );
    expect(view).toContain("**Strictness:** balanced");
    expect(view).toContain("**Themes:** none chosen");
    expect(view).toContain("**Your corrections:** 1, 1 applied");
  });

  it("lists the versions with where they came from", () => {
    const section = sections.get("Versions")!;
    expect(section.count).toBe(3);
    expect(bullets(section.body)).toBe(3);
    expect(section.body).toContain(
      "Wire News; by Anna Berg; KELBY, March 12; published 2024-03-12 14:07; https://example.org/kelby?a=1&b=\\<2\\>",
    );
    expect(section.body).toContain("**Courier** — The Marlow Courier");
  });

  it("lists each shared claim once, with who tells it and how, and no fragments", () => {
    const section = sections.get("Shared claims")!;
    expect(section.count).toBe(comparison.groups.length);
    expect(numbered(section.body)).toBe(comparison.groups.length);
    expect(section.body).toContain("Told by 3 of 3");
    expect(section.body).toMatch(/word for word|in other words/);
    // The reader's link is marked as theirs.
    expect(section.body).toContain("**Linked by you.**");
    expect(section.body).not.toMatch(/“[,;:]/);
    // No heading repeats anywhere.
    const headings = markdown.match(/^#+ .*$/gm)!;
    expect(new Set(headings).size).toBe(headings.length);
  });

  it("lists what each version alone says and what each leaves out", () => {
    const alone = sections.get("Said by one version alone")!;
    expect(alone.count).toBe(bullets(alone.body));
    expect(alone.body).toContain("The family declined to comment on the case outside court.");
    // Gazette's reworded quotation is its own too: the engine did not tie it.
    expect(alone.body).toContain("### Gazette alone (2)");
    expect(alone.body).toContain("- “The trade has badly harmed");
    const leftOut = sections.get("Left out")!;
    expect(leftOut.count).toBe(bullets(leftOut.body));
    expect(leftOut.body).toContain("### Gazette leaves out (2)");
    expect(leftOut.body).toContain(
      "“A petition asking for leniency has collected many signatures.”",
    );
  });

  it("lists the differences in facts and the quotes the fact check found", () => {
    const differences = sections.get("Differences in facts")!;
    const groups = new Set(facts.discrepancies.map((d) => d.group));
    const rows = [...groups].reduce(
      (sum, group) =>
        sum +
        factRows(
          facts.discrepancies.filter((d) => d.group === group),
          ["a", "b", "c"],
        ).length,
      0,
    );
    expect(rows).toBeGreaterThan(0);
    expect(differences.count).toBe(rows);
    expect(numbered(differences.body)).toBe(groups.size);
    expect(differences.body).toContain(
      "**Number:** Wire \\<b\\>copy\\</b\\>, Courier: 12 months · Gazette: 18 months",
    );
    const quotes = sections.get("Quotes")!;
    expect(quotes.count).toBe(facts.quotes.length);
    expect(numbered(quotes.body)).toBe(facts.quotes.length);
    expect(quotes.body).toContain("**Word for word:** Wire \\<b\\>copy\\</b\\>, Courier");
    expect(quotes.body).toMatch(/\*\*Altered in Gazette:\*\* “The trade has \[\+badly \+\]harmed/);
  });

  it("marks the reader's corrections as theirs", () => {
    const section = sections.get("Your corrections")!;
    expect(section.count).toBe(1);
    expect(section.body).toContain("the reader’s own judgements");
    expect(section.body).toMatch(/You linked, as the same claim: “Boats stayed in port all week/);
    expect(section.body).toContain("— applied.");
  });

  it("covers only the versions shown, and says which were not", () => {
    const hidden = readSections(reportMarkdown(inputFor(["b", "a"], [])));
    expect(hidden.get("Versions")!.count).toBe(2);
    expect(hidden.get("Versions")!.body).toContain("Not shown, so not in this report: Gazette.");
    // 12 against 18 months was Gazette's: without it nothing disagrees.
    expect(hidden.get("Differences in facts")!.count).toBe(0);
    expect(hidden.get("Your corrections")!.count).toBe(0);
  });

  it("says when the fact check had not finished", () => {
    const early = readSections(reportMarkdown({ ...inputFor(["a", "b", "c"]), quotes: null }));
    expect(early.get("Quotes")!.body).toContain("had not finished");
    expect(early.get("Differences in facts")!.body).toContain("had not finished");
  });

  it("escapes every piece of article text in HTML", () => {
    const html = reportHtml(inputFor(["a", "b", "c"]));
    expect(html).toContain("<title>Kelby &lt;fisherman&gt; | jailed · Parallax report</title>");
    expect(html).toContain("Wire &lt;b&gt;copy&lt;/b&gt;");
    expect(html).toContain("?a=1&amp;b=&lt;2&gt;");
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<b>");
    expect(html).toContain("<ins>badly </ins>");
  });
});

import { describe, expect, it } from "vitest";
import { compareVersions } from "../align/compare-versions.ts";
import { reportHtml, reportMarkdown } from "./format-report.ts";

const comparison = compareVersions([
  {
    id: "a",
    label: "Draft <b>",
    text: "Leaders met in Brussels on Tuesday to weigh the plan. <script>alert(1)</script> Only here.",
  },
  {
    id: "b",
    label: "Final",
    text: "Leaders met in Brussels on Tuesday to weigh the plan. Something else entirely.",
  },
]);

describe("reports", () => {
  it("summarise versions, similarity and shared groups in Markdown", () => {
    const markdown = reportMarkdown("Plan | talks", comparison);
    expect(markdown).toContain("# Plan \\| talks");
    expect(markdown).toContain("| Draft \\<b\\> |");
    expect(markdown).toContain("## Similarity");
    expect(markdown).toMatch(/### Told by 2 of 2 \(word for word\)/);
    expect(markdown).toContain("**Final**: Leaders met in Brussels on Tuesday to weigh the plan.");
    expect(markdown).not.toContain("<script>");
  });

  it("escape every piece of article text in HTML", () => {
    const html = reportHtml("Plan <i>talks</i>", comparison);
    expect(html).toContain("<title>Plan &lt;i&gt;talks&lt;/i&gt; · Parallax report</title>");
    expect(html).toContain("Draft &lt;b&gt;");
    expect(html).not.toContain("<script>alert");
    expect(html).not.toContain("<b>");
  });
});

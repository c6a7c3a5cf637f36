// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { extractArticle } from "./extract-html.ts";

const paragraph = (n: number) =>
  `<p>Paragraph ${n} of the report says the council weighed the bus lanes against parking for shops.</p>`;

describe("extractArticle", () => {
  it("keeps the article's headings, paragraphs and list items, and drops scripts, styles and navigation", async () => {
    const html = `<html><head><title>Bus lanes</title><script>alert(1)</script><style>p{}</style></head><body>
      <nav><a href="/">Home</a> <a href="/world">World</a></nav>
      <article>
        <h2>What changes</h2>
        <p>The council approved two new bus lanes on Tuesday after a long debate about traffic in the centre.</p>
        <ul><li>Main Street, from the station to the bridge.</li><li>Harbour Road at rush hour.</li></ul>
        <p>Buses will run every five minutes, officials said, starting next month across the city.</p>
      </article>
      <footer>© 2025 Example News</footer></body></html>`;
    const { text, note } = await extractArticle(html);
    expect(text).toContain("The council approved two new bus lanes");
    expect(text).toContain("- Main Street, from the station to the bridge.");
    expect(text).not.toContain("alert");
    expect(text).not.toContain("Home");
    expect(text).not.toMatch(/p\{\}/);
    expect(note).toBeUndefined();
  });

  it("returns the page text when there is no article structure", async () => {
    expect(await extractArticle("<body>Just a line of text.</body>")).toEqual({
      text: "Just a line of text.",
    });
  });

  it("says how much of the page was kept when the extraction drops most of its text", async () => {
    // Readability drops blocks whose class looks like comments; here they hold the story.
    const lost = Array.from({ length: 11 }, (_, i) => paragraph(i + 1)).join("");
    const kept = Array.from({ length: 8 }, (_, i) => paragraph(i + 12)).join("");
    const html = `<html><body><div class="comment">${lost}</div><article>${kept}</article>
      <div hidden>${paragraph(99)}${paragraph(98)}</div><nav>${"Home World Sport ".repeat(50)}</nav></body></html>`;
    const { text, note } = await extractArticle(html);
    expect(text).not.toContain("Paragraph 1 ");
    expect(text).toContain("Paragraph 12 ");
    expect(note).toMatch(
      /^Extracted the article: 128 of 304 words of the page kept\. Check that nothing you need is missing\.$/,
    );
  });
});

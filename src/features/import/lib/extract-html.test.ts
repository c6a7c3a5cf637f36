// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { extractArticleText } from "./extract-html.ts";

describe("extractArticleText", () => {
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
    const text = await extractArticleText(html);
    expect(text).toContain("The council approved two new bus lanes");
    expect(text).toContain("- Main Street, from the station to the bridge.");
    expect(text).not.toContain("alert");
    expect(text).not.toContain("Home");
    expect(text).not.toMatch(/p\{\}/);
  });

  it("returns the page text when there is no article structure", async () => {
    expect(await extractArticleText("<body>Just a line of text.</body>")).toBe(
      "Just a line of text.",
    );
  });
});

/**
 * An HTML page → its article's text, one block per line: the main text found
 * by Mozilla's Readability, headings, paragraphs and list items kept;
 * scripts, styles, navigation and forms dropped. Parsing with DOMParser runs
 * no script and loads nothing; only text comes out.
 */
const BLOCKS = "h1,h2,h3,h4,h5,h6,p,li,blockquote,pre,td";
const DROP = "script,style,noscript,nav,header,footer,aside,form,iframe,template,svg,button,select";

export async function extractArticleText(html: string): Promise<string> {
  const { Readability } = await import("@mozilla/readability");
  const page = new DOMParser().parseFromString(html, "text/html");
  const article = new Readability(page.cloneNode(true) as Document).parse();
  const root = article?.content
    ? new DOMParser().parseFromString(article.content, "text/html").body
    : page.body;
  for (const element of root.querySelectorAll(DROP)) element.remove();
  const lines: string[] = [];
  const title = article?.title?.trim();
  if (title) lines.push(title);
  for (const element of root.querySelectorAll(BLOCKS)) {
    // The innermost block holds the text; its containers would repeat it.
    if (element.querySelector(BLOCKS)) continue;
    const text = (element.textContent ?? "").replace(/\s+/g, " ").trim();
    if (!text || text === title) continue;
    lines.push(element.tagName === "LI" ? `- ${text}` : text);
  }
  return lines.length > (title ? 1 : 0) ? lines.join("\n\n") : (root.textContent ?? "").trim();
}

/**
 * An HTML page → its article's text, one block per line: the main text found
 * by Mozilla's Readability, headings, paragraphs and list items kept;
 * scripts, styles, navigation and forms dropped. Parsing with DOMParser runs
 * no script and loads nothing; only text comes out.
 */
import { countWords } from "@/core/text/count-words.ts";

const BLOCKS = "h1,h2,h3,h4,h5,h6,p,li,blockquote,pre,td";
const DROP = "script,style,noscript,nav,header,footer,aside,form,iframe,template,svg,button,select";
// Not shown by a browser, so not text the reader saw on the page.
const UNSEEN = "script,style,noscript,template,[hidden],[aria-hidden='true']";
/** Below this share of the page's words kept, the version says how much was left out. */
export const MIN_SHARE_KEPT = 0.6;

export type ExtractedArticle = {
  text: string;
  /** Set when Readability kept much less than the page shows, so the loss is never silent. */
  note?: string;
};

/** Extracts the article's text from a page, noting when much of the page's text was left out. */
export async function extractArticle(html: string): Promise<ExtractedArticle> {
  const { Readability } = await import("@mozilla/readability");
  const page = new DOMParser().parseFromString(html, "text/html");
  const pageWords = visibleWords(page);
  const article = new Readability(page.cloneNode(true) as Document).parse();
  const root = article?.content
    ? new DOMParser().parseFromString(article.content, "text/html").body
    : page.body;
  const text = blockText(root, article?.title?.trim());
  const kept = countWords(text);
  if (pageWords === 0 || kept >= MIN_SHARE_KEPT * pageWords) return { text };
  const n = (words: number) => words.toLocaleString("en");
  return {
    text,
    note: `Extracted the article: ${n(kept)} of ${n(pageWords)} words of the page kept. Check that nothing you need is missing.`,
  };
}

function blockText(root: HTMLElement, title: string | undefined): string {
  for (const element of root.querySelectorAll(DROP)) element.remove();
  const lines: string[] = [];
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

// The words a reader sees in the page's body, less its navigation, header,
// footer, asides and forms: the furniture an article is expected to leave out.
function visibleWords(page: Document): number {
  const body = page.body.cloneNode(true) as HTMLElement;
  for (const element of body.querySelectorAll(`${UNSEEN},${DROP}`)) element.remove();
  for (const element of body.querySelectorAll<HTMLElement>("[style]"))
    if (element.style.display === "none") element.remove();
  // Text node by text node: textContent would glue "end.</p><p>Next" into one word.
  const walker = page.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  let words = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    words += countWords(node.textContent ?? "");
  return words;
}

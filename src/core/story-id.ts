/**
 * Ids for the reader's own stories, made from their titles: small and apart
 * from the ingest rules, so the page can name a copy without loading them.
 */

/** A URL-safe id from a title, unique against `taken`: "my-council-vote", "my-council-vote-2". */
export function storyIdFor(title: string, taken: ReadonlySet<string>): string {
  const base = `my-${
    title
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 40)
      .replace(/-+$/, "") || "comparison"
  }`;
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  return id;
}

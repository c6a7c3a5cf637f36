import type { Theme } from "@/core/story-format.ts";

/** Ids of the reader's own themes start with this, so they never clash with a story's. */
export const OWN_THEME_PREFIX = "own-";

/** Whether a theme is one the reader added. */
export function isOwnTheme(theme: Theme): boolean {
  return theme.id.startsWith(OWN_THEME_PREFIX);
}

/** Words and phrases as a reader types them: separated by commas, semicolons or lines; each once. */
export function parseTerms(text: string): string[] {
  const seen = new Set<string>();
  const terms: string[] = [];
  for (const part of text.split(/[,;\n]/)) {
    const term = part.trim().replace(/\s+/g, " ");
    if (term === "" || seen.has(term.toLowerCase())) continue;
    seen.add(term.toLowerCase());
    terms.push(term);
  }
  return terms;
}

/** A theme's terms as the form shows them. */
export function termsText(theme: Theme): string {
  return theme.terms.join(", ");
}

/**
 * The reader's theme from a name and typed terms, or what is missing. A new
 * theme gets an id from its name, unique among `taken`; an edited one keeps
 * its id (the URL and the filter use it).
 */
export function ownThemeFrom(
  label: string,
  terms: string,
  taken: ReadonlySet<string>,
  id?: string,
): { theme: Theme } | { problem: string } {
  const name = label.trim();
  const list = parseTerms(terms);
  if (name === "") return { problem: "Give the theme a name." };
  if (list.length === 0) return { problem: "Add at least one word or phrase." };
  return {
    theme: {
      id: id ?? uniqueId(`${OWN_THEME_PREFIX}${slug(name)}`, taken),
      label: name,
      description: `Your theme: ${list.join(", ")}`,
      terms: list,
    },
  };
}

function uniqueId(base: string, taken: ReadonlySet<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  return id;
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "theme"
  );
}

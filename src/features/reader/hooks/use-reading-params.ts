import {
  parseAsArrayOf,
  parseAsInteger,
  parseAsString,
  parseAsStringLiteral,
  useQueryStates,
} from "nuqs";

/** Which passages are highlighted: all, only those shared, or only those unique. */
export const SHOW_MODES = ["all", "shared", "unique"] as const;
export type ShowMode = (typeof SHOW_MODES)[number];

export const THEME_MATCHES = ["any", "all"] as const;
export type ThemeMatch = (typeof THEME_MATCHES)[number];

/**
 * What the reader is looking at, kept in the URL so a reload or a shared
 * link restores it and back/forward step through it:
 * ?show=shared&k=3&sel=b:120&v=a,c
 */
export function useReadingParams() {
  return useQueryStates(
    {
      show: parseAsStringLiteral(SHOW_MODES).withDefault("all"),
      k: parseAsInteger.withDefault(2),
      sel: parseAsString,
      /** Visible versions, in column order (?v=a,c,b); absent: all, in story order. */
      v: parseAsArrayOf(parseAsString),
      /** Themes to follow (?themes=sanctions,canada); absent: no theme filter. */
      themes: parseAsArrayOf(parseAsString),
      /** Whether a passage must carry any of the chosen themes, or all of them. */
      match: parseAsStringLiteral(THEME_MATCHES).withDefault("any"),
    },
    { history: "push" },
  );
}

import {
  parseAsArrayOf,
  parseAsBoolean,
  parseAsInteger,
  parseAsString,
  parseAsStringLiteral,
  useQueryStates,
} from "nuqs";
import { STRICTNESS_LEVELS } from "@/core/align/strictness-levels.ts";
import { SHOW_MODES, THEME_MATCHES } from "../lib/reading-filters.ts";

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
      /** How readily the engine links paraphrases (?strictness=loose); absent: balanced. */
      strictness: parseAsStringLiteral(STRICTNESS_LEVELS).withDefault("balanced"),
      /** Scroll the columns together (?sync=true), kept across reloads like the rest. */
      sync: parseAsBoolean.withDefault(false),
    },
    { history: "push" },
  );
}

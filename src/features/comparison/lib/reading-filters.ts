/** Which passages are highlighted: all, only those shared, or only those unique. */
export const SHOW_MODES = ["all", "shared", "unique"] as const;
export type ShowMode = (typeof SHOW_MODES)[number];

/** Whether a passage must carry any of the chosen themes, or all of them. */
export const THEME_MATCHES = ["any", "all"] as const;
export type ThemeMatch = (typeof THEME_MATCHES)[number];

/** The reader's theme filter: none when `ids` is empty. */
export type ThemeFilter = { ids: readonly string[]; match: ThemeMatch };

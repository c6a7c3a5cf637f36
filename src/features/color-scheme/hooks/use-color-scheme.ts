import { useEffect, useState } from "react";

/** The reader's choice: follow the system, or always light or dark. */
export type ColorSchemeChoice = "system" | "light" | "dark";

const STORAGE_KEY = "parallax-color-scheme";

function readChoice(): ColorSchemeChoice {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return stored === "light" || stored === "dark" ? stored : "system";
  } catch {
    return "system";
  }
}

function apply(choice: ColorSchemeChoice): void {
  const root = document.documentElement;
  root.classList.toggle("dark", choice === "dark");
  root.classList.toggle("light", choice === "light");
  root.style.colorScheme = choice === "system" ? "light dark" : choice;
}

/** Applies the stored choice before the first render, so the page does not flash. */
export function applyStoredColorScheme(): void {
  apply(readChoice());
}

/**
 * Applies the colour scheme as a class on <html> (`dark` or `light`; none
 * follows the system) and remembers the choice in this browser.
 */
export function useColorScheme() {
  const [choice, setChoice] = useState<ColorSchemeChoice>(readChoice);

  useEffect(() => {
    apply(choice);
    try {
      if (choice === "system") localStorage.removeItem(STORAGE_KEY);
      else localStorage.setItem(STORAGE_KEY, choice);
    } catch {
      // Storage may be unavailable (private mode); the choice lasts this visit.
    }
  }, [choice]);

  return [choice, setChoice] as const;
}

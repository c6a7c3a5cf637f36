import { Monitor, Moon, Sun } from "lucide-react";
import { useColorScheme, type ColorSchemeChoice } from "../hooks/use-color-scheme.ts";

const NEXT: Record<ColorSchemeChoice, ColorSchemeChoice> = {
  system: "light",
  light: "dark",
  dark: "system",
};
const LABEL: Record<ColorSchemeChoice, string> = {
  system: "Colour scheme: system",
  light: "Colour scheme: light",
  dark: "Colour scheme: dark",
};

/** Cycles system → light → dark; the button's name says the current choice. */
export function ColorSchemeToggle() {
  const [choice, setChoice] = useColorScheme();
  const Icon = choice === "dark" ? Moon : choice === "light" ? Sun : Monitor;
  return (
    <button
      type="button"
      aria-label={LABEL[choice]}
      title={`${LABEL[choice]} (click to change)`}
      onClick={() => setChoice(NEXT[choice])}
      className="rounded-md p-1.5 text-stone-700 hover:bg-stone-200 dark:text-stone-200 dark:hover:bg-stone-800"
    >
      <Icon aria-hidden="true" className="size-5" />
    </button>
  );
}

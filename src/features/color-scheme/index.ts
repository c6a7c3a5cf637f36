/** Light, dark or the system's colour scheme, remembered on this device. */
export { ColorSchemeToggle } from "./components/color-scheme-toggle.tsx";
export { applyStoredColorScheme } from "./hooks/use-color-scheme.ts";

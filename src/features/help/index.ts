/** The keyboard shortcuts dialog. */
export { ShortcutsDialog } from "./components/shortcuts-dialog.tsx";

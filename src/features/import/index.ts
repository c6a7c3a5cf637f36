/** New comparisons from pasted text and picked files (.txt, .md, .html, .json). */
export { NewComparisonDialog } from "./components/new-comparison-dialog.tsx";

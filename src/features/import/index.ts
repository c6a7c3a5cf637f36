/** New comparisons from pasted text and picked files (.txt, .md, .html, .json). */
export { NewComparisonDialog } from "./components/new-comparison-dialog.tsx";
/** For adding versions elsewhere: the file picker, one pasted version's fields, and reading a file. */
export { FilePicker } from "./components/file-picker.tsx";
export { VersionFields } from "./components/version-fields.tsx";
export { readVersionFile, type FormDraft } from "./lib/read-version-file.ts";

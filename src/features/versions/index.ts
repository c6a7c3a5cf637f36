/** A story's versions after it was made: labels, where each came from, removing and adding. */
export { EditVersionsDialog } from "./components/edit-versions-dialog.tsx";

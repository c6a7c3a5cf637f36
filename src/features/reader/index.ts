/** The versions side by side: columns, highlights, filters, and the panels beside them. */
export { ReaderView } from "./components/reader-view.tsx";

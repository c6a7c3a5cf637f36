/** The story at a glance: which versions show, how alike they are, theme coverage, what each leaves out, the report. */
export { OverviewPanel } from "./components/overview-panel.tsx";
export { ReportButtons } from "./components/report-buttons.tsx";

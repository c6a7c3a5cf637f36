import { useReaderState } from "@/features/comparison/index.ts";

const SHOWN = {
  all: "every passage highlighted",
  shared: "only shared passages highlighted",
  unique: "only passages found in no other version highlighted",
} as const;

/**
 * On paper only: the filters the printout was made with, since the controls
 * that show them on screen are not printed.
 */
export function PrintFilters({ totalVersions }: { totalVersions: number }) {
  const state = useReaderState();
  if (!state) return null;
  const { view, show, minToldBy, themeFilter } = state;
  const themes = themeFilter.ids.map((id) => view.themeLabels.get(id) ?? id);
  const parts = [
    view.versions.length < totalVersions
      ? `${view.versions.length} of ${totalVersions} versions shown (${view.versions.map((v) => v.label).join(", ")})`
      : `all ${totalVersions} versions`,
    SHOWN[show],
    show !== "unique" && minToldBy > 2 ? `shared by at least ${minToldBy} versions` : null,
    themes.length > 0
      ? `only passages about ${themes.join(themeFilter.match === "all" ? " and " : " or ")}`
      : null,
  ].filter(Boolean);
  return (
    <p className="mb-4 hidden px-4 text-sm print:block">
      <span className="font-semibold">Printed with: </span>
      {parts.join("; ")}.
    </p>
  );
}

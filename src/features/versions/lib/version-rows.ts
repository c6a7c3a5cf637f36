/**
 * The edit form's rows: one per version the story has, with its details as
 * the inputs hold them (date and time apart, as the browser's pickers give
 * them), and the edits they make (core/versions/edit-versions.ts).
 */
import type { VersionDetails, VersionEdits } from "@/core/versions/edit-versions.ts";
import type { Version } from "@/core/story-format.ts";

/** One version's fields as the form shows them; all strings, "" for unknown. */
export type VersionRow = {
  id: string;
  label: string;
  source: string;
  byline: string;
  /** "2024-03-12", or "". */
  date: string;
  /** "14:07", or "" (a date without a time is a day). */
  time: string;
  url: string;
  /** Marked for removal; kept in the list until saved, so it can be taken back. */
  removed: boolean;
};

/** The rows for a story's versions, in its order. */
export function rowsOf(versions: readonly Version[]): VersionRow[] {
  return versions.map((version) => {
    const [date = "", time = ""] = (version.published ?? "").split("T");
    return {
      id: version.id,
      label: version.label,
      source: version.source ?? "",
      byline: version.byline ?? "",
      date,
      time,
      url: version.url ?? "",
      removed: false,
    };
  });
}

/** What the rows ask of a kept version: every field, so a cleared one is cleared. */
export function editOf(row: VersionRow): VersionEdits["keep"][number] {
  const details: Partial<VersionDetails> = {
    label: row.label,
    source: row.source,
    byline: row.byline,
    // A time needs its day; a day alone is fine.
    published: row.date ? (row.time ? `${row.date}T${row.time}` : row.date) : "",
    url: row.url,
  };
  return { id: row.id, ...details };
}

/** Why a row cannot be saved as it is, in words for the field, or null. */
export function rowProblem(row: VersionRow): string | null {
  if (row.removed) return null;
  if (row.label.trim() === "") return "A version needs a label.";
  if (row.time && !row.date) return "A time needs a date.";
  if (row.url.trim() && !/^https?:\/\/\S+$/i.test(row.url.trim()))
    return "The address must start with http:// or https://.";
  return null;
}

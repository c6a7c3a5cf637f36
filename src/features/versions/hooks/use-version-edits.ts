/**
 * The state of "Edit versions": a row per version (details, removal), the
 * versions being added (pasted or from files), what went wrong, and saving.
 */
import { useState } from "react";
import type { Story } from "@/core/story-format.ts";
import { editVersions } from "@/core/versions/edit-versions.ts";
import { readVersionFile, type FormDraft } from "@/features/import/index.ts";
import { editOf, rowProblem, rowsOf, type VersionRow } from "../lib/version-rows.ts";

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The form's state and actions; `onSave` keeps the edited story (and throws to report a failure). */
export function useVersionEdits(story: Story, onSave: (next: Story) => Promise<void>) {
  const [rows, setRows] = useState<VersionRow[]>(() => rowsOf(story.versions));
  const [added, setAdded] = useState<FormDraft[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  /** Starts over from the story as it is now (on each opening). */
  const reset = () => {
    setRows(rowsOf(story.versions));
    setAdded([]);
    setProblems([]);
  };

  const setRow = (next: VersionRow) =>
    setRows((current) => current.map((row) => (row.id === next.id ? next : row)));

  const addFiles = async (files: File[]) => {
    setBusy(true);
    try {
      const results = await Promise.all(files.map(readVersionFile));
      const drafts: FormDraft[] = [];
      const refused: string[] = [];
      for (const result of results) {
        if (!result.ok) refused.push(result.problem);
        else if (result.kind === "story")
          refused.push(`${result.name} is a whole story: open it with “New comparison”.`);
        else drafts.push(result.draft);
      }
      setAdded((current) => [...current, ...drafts]);
      setProblems(refused);
    } finally {
      setBusy(false);
    }
  };

  /** Saves the edits; true when saved (the dialog may close). */
  const save = async (): Promise<boolean> => {
    const rowProblems = rows
      .map((row) => {
        const problem = rowProblem(row);
        return problem && `${story.versions.find((v) => v.id === row.id)?.label}: ${problem}`;
      })
      .filter((problem): problem is string => problem !== null);
    if (rowProblems.length > 0) {
      setProblems(rowProblems);
      return false;
    }
    const result = editVersions(story, {
      keep: rows.filter((row) => !row.removed).map(editOf),
      add: added,
    });
    if (!result.ok) {
      setProblems(result.problems);
      return false;
    }
    setBusy(true);
    try {
      await onSave(result.value);
      return true;
    } catch (error) {
      setProblems([messageOf(error)]);
      return false;
    } finally {
      setBusy(false);
    }
  };

  const kept = rows.filter((row) => !row.removed).length + added.length;
  return { rows, setRow, added, setAdded, problems, busy, kept, reset, addFiles, save };
}

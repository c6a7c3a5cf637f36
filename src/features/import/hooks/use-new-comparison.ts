/**
 * The state of "New comparison": the title, the versions in the form, what
 * went wrong and what was saved. Picked files are read together and every
 * one is accounted for: texts join the form, story files are saved, refused
 * files are named with their reasons in one list.
 */
import { useRef, useState } from "react";
import { storyFromTextsInSteps, storyIdFor } from "@/core/ingest/story-from-texts.ts";
import type { Story } from "@/core/story-format.ts";
import { pauseForInput } from "@/lib/pause-for-input.ts";
import { readVersionFiles, type FormDraft } from "../lib/read-version-file.ts";
import { sortPick } from "../lib/sort-pick.ts";

type Options = {
  takenIds: ReadonlySet<string>;
  onCreate: (story: Story) => Promise<void>;
  /** Closes the dialog, once a comparison is made and open. */
  close: () => void;
};

const EMPTY: FormDraft[] = [
  { label: "", text: "" },
  { label: "", text: "" },
];

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The form's state and its actions: edit versions, add files, compare. */
export function useNewComparison({ takenIds, onCreate, close }: Options) {
  const [title, setTitle] = useState("");
  const [drafts, setDraftsState] = useState<FormDraft[]>(EMPTY);
  const [problems, setProblems] = useState<string[]>([]);
  const [saved, setSaved] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  // Files are read asynchronously; the pick is merged into the form as it is then.
  const latest = useRef(drafts);
  const setDrafts = (next: FormDraft[]) => {
    latest.current = next;
    setDraftsState(next);
  };

  const clearMessages = () => {
    setProblems([]);
    setSaved([]);
  };

  const finish = () => {
    close();
    setTitle("");
    setDrafts(EMPTY);
    clearMessages();
  };

  /** Saves each story as its own, under an id no other story has: the titles saved, the failures. */
  const saveStories = async (stories: { name: string; story: Story }[]) => {
    const taken = new Set(takenIds);
    const titles: string[] = [];
    const failures: string[] = [];
    for (const { name, story } of stories) {
      const id = storyIdFor(story.title, taken);
      taken.add(id);
      try {
        await onCreate({ ...story, id });
        titles.push(story.title);
      } catch (error) {
        failures.push(`${name} could not be saved: ${messageOf(error)}`);
      }
    }
    return { titles, failures };
  };

  const addFiles = async (files: File[]) => {
    // Compare waits while files are read, so it never sees half the versions.
    setBusy(true);
    clearMessages();
    try {
      const results = await readVersionFiles(files);
      const kept = latest.current.filter((draft) => draft.text.trim() !== "");
      const pick = sortPick(results, kept);
      const { titles, failures } = await saveStories(pick.stories);
      // One story file alone opens like a comparison made here.
      if (files.length === 1 && titles.length === 1) return finish();
      if (pick.drafts.length > 0) setDrafts([...kept, ...pick.drafts]);
      setProblems([...pick.problems, ...failures]);
      setSaved(titles);
    } finally {
      setBusy(false);
    }
  };

  const compare = async () => {
    clearMessages();
    setBusy(true);
    try {
      const id = storyIdFor(title, takenIds);
      const result = await storyFromTextsInSteps(id, title, drafts, pauseForInput());
      if (!result.ok) return setProblems(result.problems);
      await onCreate(result.story);
      finish();
    } catch (error) {
      setProblems([messageOf(error)]);
    } finally {
      setBusy(false);
    }
  };

  return {
    title,
    setTitle,
    drafts,
    setDrafts,
    problems,
    saved,
    busy,
    clearMessages,
    addFiles,
    compare,
  };
}

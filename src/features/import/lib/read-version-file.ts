/**
 * A file a reader chose or dropped → version text (or a whole story, for
 * .json in the story format), or a sentence naming the file and saying why
 * it cannot be used. Never throws: whatever the bytes, the reader gets a
 * version, a story or a reason.
 */
import type { VersionDraft } from "@/core/ingest/story-from-texts.ts";
import { charCountProblem, fileSizeProblem, wordCountProblem } from "@/core/limits.ts";
import type { Story } from "@/core/story-format.ts";
import { countWords } from "@/core/text/count-words.ts";
import { cleanLinesWithReport } from "@/core/ingest/clean-lines.ts";
import { detectVersionMetadata } from "@/core/ingest/detect-metadata.ts";
import { pauseForInput } from "@/lib/pause-for-input.ts";
import { decodeText } from "./decode-text.ts";
import { extractArticle } from "./extract-html.ts";
import { readStoryJson } from "./read-story-file.ts";

export const ACCEPTED_EXTENSIONS = [".txt", ".md", ".markdown", ".html", ".htm", ".json"];

/** What the picked-files list shows of a file: read once, when the file is read. */
export type PickedFile = {
  name: string;
  /** Bytes on disk. */
  size: number;
  words: number;
  /** Lines cleaning will leave out (page furniture, wire markup), before the reader keeps any. */
  leftOut: number;
  /** Outlet and time read from the text, for the list (the story reads them again). */
  source?: string;
  published?: string;
};

/**
 * A version in the form: its label and text, a note on how a file was read,
 * if any, and for a file, what the list of picked files shows of it.
 */
export type FormDraft = VersionDraft & { note?: string; file?: PickedFile };

export type FileReadResult =
  | { ok: true; kind: "version"; name: string; draft: FormDraft }
  | { ok: true; kind: "story"; name: string; story: Story }
  | { ok: false; name: string; problem: string };

const refuse = (name: string, problem: string): FileReadResult => ({ ok: false, name, problem });

/**
 * Reads picked files one at a time, in order, giving the page a turn between
 * slices of work: two hundred files never hold the page at once.
 */
export async function readVersionFiles(files: readonly File[]): Promise<FileReadResult[]> {
  // Taking in a pick of 200 files is ~40 ms of the browser's own work, in the frame
  // the pick arrives in: reading starts in the next, so the two never add up.
  await nextFrame();
  const pause = pauseForInput();
  const results: FileReadResult[] = [];
  for (const file of files) {
    results.push(await readVersionFile(file));
    await pause();
  }
  return results;
}

// After the next frame is drawn (or 100 ms, should the page not be drawing, as in a
// background tab or outside a browser).
function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    if (typeof requestAnimationFrame !== "function") return;
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}

/** Reads a picked or dropped file; the size is checked before its bytes are read. */
export async function readVersionFile(file: File): Promise<FileReadResult> {
  const early = checkNameAndSize(file.name, file.size);
  if (early) return early;
  try {
    return await readVersionBytes(file.name, new Uint8Array(await file.arrayBuffer()));
  } catch (error) {
    // A file deleted or locked after it was picked cannot be read at all.
    const reason = error instanceof Error ? error.message : String(error);
    return refuse(file.name, `${file.name} could not be read (${reason}).`);
  }
}

/** Reads a file's bytes by its name's extension: the pure part of readVersionFile. */
export async function readVersionBytes(name: string, bytes: Uint8Array): Promise<FileReadResult> {
  const early = checkNameAndSize(name, bytes.length);
  if (early) return early;
  const decoded = decodeText(bytes);
  if (!decoded.ok) return refuse(name, `${name} ${decoded.problem}.`);
  const extension = extensionOf(name);
  if (extension === ".json") return readStoryJson(name, decoded.text);
  const label = name.replace(/\.[^.]+$/, "");
  const notes = decoded.note ? [decoded.note] : [];
  let text = decoded.text;
  if (extension === ".html" || extension === ".htm") {
    const article = await extractArticle(text);
    if (!article.text.trim()) return refuse(name, `${name} has no article text.`);
    text = article.text;
    if (article.note) notes.push(article.note);
  }
  if (!text.trim()) return refuse(name, `${name} is empty.`);
  // Characters first: a text with no spaces is one "word" however long it is.
  const tooLong = charCountProblem(text.length) ?? wordCountProblem(countWords(text));
  if (tooLong) return refuse(name, `${name} has ${tooLong}.`);
  const file = describeFile(name, bytes.length, text);
  const draft: FormDraft =
    notes.length > 0 ? { label, text, note: notes.join(" "), file } : { label, text, file };
  return { ok: true, kind: "version", name, draft };
}

function describeFile(name: string, size: number, text: string): PickedFile {
  const { source, published } = detectVersionMetadata(text);
  const leftOut = cleanLinesWithReport(text).removed.filter(
    (line) => line.reason !== "control-characters",
  ).length;
  const file: PickedFile = { name, size, words: countWords(text), leftOut };
  if (source) file.source = source;
  if (published) file.published = published;
  return file;
}

function extensionOf(name: string): string {
  return name.includes(".") ? name.slice(name.lastIndexOf(".")).toLowerCase() : "";
}

function checkNameAndSize(name: string, size: number): FileReadResult | null {
  if (!ACCEPTED_EXTENSIONS.includes(extensionOf(name)))
    return refuse(
      name,
      `${name} is not a file Parallax reads: choose .txt, .md, .html or .json files.`,
    );
  const tooBig = fileSizeProblem(size);
  return tooBig ? refuse(name, `${name} is ${tooBig}.`) : null;
}

/**
 * A file a reader chose or dropped → version text (or a whole story, for
 * .json in the story format), or a sentence saying why it cannot be used.
 */
import type { VersionDraft } from "@/core/ingest/story-from-texts.ts";
import { parseStory, type Story } from "@/core/story-format.ts";
import { extractArticleText } from "./extract-html.ts";

/** Largest file accepted: 5 MB (several novels' worth of text). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const ACCEPTED_EXTENSIONS = [".txt", ".md", ".markdown", ".html", ".htm", ".json"];

export type FileReadResult =
  | { ok: true; kind: "version"; draft: VersionDraft }
  | { ok: true; kind: "story"; story: Story }
  | { ok: false; problem: string };

export async function readVersionFile(file: File): Promise<FileReadResult> {
  const name = file.name;
  const extension = name.includes(".") ? name.slice(name.lastIndexOf(".")).toLowerCase() : "";
  if (!ACCEPTED_EXTENSIONS.includes(extension)) {
    return {
      ok: false,
      problem: `${name} is not a file Parallax reads: choose .txt, .md, .html or .json files.`,
    };
  }
  if (file.size > MAX_FILE_BYTES) {
    return {
      ok: false,
      problem: `${name} is ${(file.size / 2 ** 20).toFixed(1)} MB; the limit is 5 MB per file.`,
    };
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.subarray(0, 8192).includes(0))
    return { ok: false, problem: `${name} looks like a binary file, not text.` };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return { ok: false, problem: `${name} is not UTF-8 text: save it as UTF-8 and try again.` };
  }
  const label = name.replace(/\.[^.]+$/, "");
  if (extension === ".json") return readStoryJson(name, text);
  if (extension === ".html" || extension === ".htm") {
    const article = await extractArticleText(text);
    if (!article.trim()) return { ok: false, problem: `${name} has no article text.` };
    return { ok: true, kind: "version", draft: { label, text: article } };
  }
  if (!text.trim()) return { ok: false, problem: `${name} is empty.` };
  return { ok: true, kind: "version", draft: { label, text } };
}

function readStoryJson(name: string, text: string): FileReadResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      problem: `${name} is not valid JSON (${error instanceof Error ? error.message : String(error)}).`,
    };
  }
  const parsed = parseStory(data);
  if (!parsed.ok)
    return { ok: false, problem: `${name} is not a Parallax story: ${parsed.problems[0]}.` };
  return { ok: true, kind: "story", story: parsed.value };
}

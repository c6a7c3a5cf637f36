/**
 * Many plain-text files as a reader picks them for an import: the bundled
 * story's raw versions, paragraphs rotated so no two files are alike, three
 * tellings long (about 1,000 words), hard-wrapped at 70 columns like a
 * plain-text export.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const SEEDS = new URL("../../data/stories/allied-leaders-weigh-peace-efforts/", import.meta.url);

// Greedy wrap at `width` columns, blank lines between paragraphs kept.
function hardWrap(paragraph: string, width = 70): string {
  const lines: string[] = [];
  let line = "";
  for (const word of paragraph.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join("\n");
}

/** `count` .txt files for setInputFiles: name, type and bytes. */
export function wrappedTextFiles(count: number) {
  const seeds = readdirSync(SEEDS)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) =>
      readFileSync(new URL(name, SEEDS), "utf8")
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean),
    );
  return Array.from({ length: count }, (_, i) => {
    const paragraphs = seeds[i % seeds.length]!;
    const shift = Math.floor(i / seeds.length) % paragraphs.length;
    const rotated = [...paragraphs.slice(shift), ...paragraphs.slice(0, shift)];
    const text = [...rotated, ...rotated, ...rotated].map((p) => hardWrap(p)).join("\n\n");
    return {
      name: `${String(i + 1).padStart(3, "0")}-take.txt`,
      mimeType: "text/plain",
      buffer: Buffer.from(text),
    };
  });
}

/**
 * The same files written to a fresh temporary folder, as paths for
 * setInputFiles: the browser then takes them from disk as it does a reader's
 * pick. (Given as bytes, Playwright rebuilds each file in the page with a
 * script, which blocked the page for ~150 ms at 200 files: the harness's
 * time, not the app's.)
 */
export function wrappedTextFilePaths(count: number): string[] {
  const folder = mkdtempSync(join(tmpdir(), "parallax-import-"));
  return wrappedTextFiles(count).map(({ name, buffer }) => {
    const path = join(folder, name);
    writeFileSync(path, buffer);
    return path;
  });
}

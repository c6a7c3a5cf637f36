// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { WINDOWS_1252_NOTE } from "./decode-text.ts";
import { readVersionBytes, readVersionFile } from "./read-version-file.ts";

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("readVersionBytes", () => {
  it("reads a UTF-8 text as a version labelled by the file's name", async () => {
    expect(await readVersionBytes("draft.txt", utf8("The council met."))).toEqual({
      ok: true,
      kind: "version",
      name: "draft.txt",
      draft: {
        label: "draft",
        text: "The council met.",
        file: { name: "draft.txt", size: 16, words: 3, leftOut: 0 },
      },
    });
  });

  it("describes a wire file for the picked list: words, lines left out (slug, byline, sign-off), outlet and time", async () => {
    const wire = [
      "14:07 12/03/24: Page 1 (HHH) COUNCIL Ferry",
      "By Ada Whitlock, Wire News",
      "Councillors voted to keep the river ferry running for another year.",
      "ENDS",
    ].join("\n");
    const result = await readVersionBytes("ferry.txt", utf8(wire));
    expect(result.ok && result.kind === "version" && result.draft.file).toMatchObject({
      name: "ferry.txt",
      leftOut: 3,
      source: "Wire News",
      published: "2024-03-12T14:07",
    });
  });

  it("reads UTF-16 with a mark, and notes a Windows-1252 guess on the version", async () => {
    const utf16 = new Uint8Array([0xff, 0xfe, 0x48, 0, 0x69, 0, 0xe9, 0]);
    expect(await readVersionBytes("notepad.txt", utf16)).toMatchObject({
      ok: true,
      draft: { label: "notepad", text: "Hié" },
    });
    const cp1252 = new Uint8Array([0x63, 0x61, 0x66, 0xe9]);
    expect(await readVersionBytes("old.txt", cp1252)).toMatchObject({
      ok: true,
      draft: { text: "café", note: WINDOWS_1252_NOTE },
    });
  });

  it("refuses other extensions, binary data, empty files and texts over the word limit, by name", async () => {
    const problem = async (name: string, bytes: Uint8Array) => {
      const result = await readVersionBytes(name, bytes);
      return result.ok ? null : result.problem;
    };
    expect(await problem("bad.pdf", utf8("%PDF"))).toBe(
      "bad.pdf is not a file Parallax reads: choose .txt, .md, .html or .json files.",
    );
    expect(await problem("data.txt", new Uint8Array([0x41, 0, 0x42]))).toBe(
      "data.txt looks like a binary file, not text.",
    );
    expect(await problem("blank.md", utf8("  \n "))).toBe("blank.md is empty.");
    expect(await problem("long.txt", utf8("word ".repeat(200_001)))).toBe(
      "long.txt has 200,001 words; the limit is 200,000 words per version.",
    );
    expect(await problem("big.txt", new Uint8Array(5 * 2 ** 20 + 1).fill(0x61))).toBe(
      "big.txt is 5.0 MB; the limit is 5 MB per file.",
    );
  });

  it("extracts an HTML page's article", async () => {
    const html = "<html><body><article><p>The council met on Tuesday.</p></article></body></html>";
    expect(await readVersionBytes("page.html", utf8(html))).toMatchObject({
      ok: true,
      draft: { label: "page", text: expect.stringContaining("The council met on Tuesday.") },
    });
  });
});

describe("readVersionFile", () => {
  it("reads a File and refuses one too big before reading it", async () => {
    const file = new File(["Hello there."], "hello.md", { type: "text/markdown" });
    expect(await readVersionFile(file)).toMatchObject({ ok: true, draft: { label: "hello" } });
    const big = { name: "big.txt", size: 6 * 2 ** 20 } as File;
    expect(await readVersionFile(big)).toMatchObject({
      ok: false,
      problem: "big.txt is 6.0 MB; the limit is 5 MB per file.",
    });
  });
});

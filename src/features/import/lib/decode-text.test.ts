import { describe, expect, it } from "vitest";
import { WINDOWS_1252_NOTE, decodeText, looksBinary } from "./decode-text.ts";

const TEXT = "Café “bus” lanes — 7–2 vote.\nSecond line.";

function utf16(text: string, endian: "le" | "be"): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(endian === "le" ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const [hi, lo] = [code >> 8, code & 0xff];
    bytes.set(endian === "le" ? [lo, hi] : [hi, lo], 2 + i * 2);
  }
  return bytes;
}

describe("decodeText", () => {
  it("reads UTF-8 with or without a byte-order mark, without a note", () => {
    const plain = new TextEncoder().encode(TEXT);
    expect(decodeText(plain)).toEqual({ ok: true, text: TEXT, encoding: "utf-8" });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
    expect(decodeText(withBom)).toEqual({ ok: true, text: TEXT, encoding: "utf-8" });
  });

  it("reads UTF-16 little- and big-endian with a byte-order mark (Notepad's “Unicode”)", () => {
    expect(decodeText(utf16(TEXT, "le"))).toEqual({ ok: true, text: TEXT, encoding: "utf-16le" });
    expect(decodeText(utf16(TEXT, "be"))).toEqual({ ok: true, text: TEXT, encoding: "utf-16be" });
  });

  it("reads invalid UTF-8 as Windows-1252, with a note to check accented letters", () => {
    // "café “ok”" in Windows-1252: é = E9, curly quotes = 93 and 94.
    const bytes = new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x6f, 0x6b, 0x94]);
    expect(decodeText(bytes)).toEqual({
      ok: true,
      text: "café “ok”",
      encoding: "windows-1252",
      note: WINDOWS_1252_NOTE,
    });
  });

  it("maps Windows-1252's 0x80–0x9F by its table, whatever the engine's TextDecoder does", () => {
    const bytes = new Uint8Array([
      0x80, 0x20, 0x85, 0x20, 0x96, 0x97, 0x20, 0x99, 0x20, 0xa0, 0xff,
    ]);
    expect(decodeText(bytes)).toMatchObject({ ok: true, text: "€ … –— ™ \u00a0ÿ" });
  });

  it("refuses NUL bytes without a UTF-16 mark, and a high share of control characters", () => {
    const binary = { ok: false, problem: "looks like a binary file, not text" };
    expect(decodeText(new Uint8Array([0x41, 0x00, 0x42]))).toEqual(binary);
    expect(decodeText(new Uint8Array([0x41, 0x01, 0x02, 0x42, 0x1b, 0x43]))).toEqual(binary);
    expect(decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toEqual(
      binary,
    );
  });

  it("keeps text with tabs, form feeds and a rare stray control character", () => {
    const text = `${"A line of ordinary text.\t\f\r\n".repeat(20)}\u001b`;
    expect(decodeText(new TextEncoder().encode(text))).toMatchObject({ ok: true, text });
    expect(decodeText(new Uint8Array())).toEqual({ ok: true, text: "", encoding: "utf-8" });
  });
});

describe("looksBinary", () => {
  it("counts C0, DEL, C1 and replacement characters, not whitespace", () => {
    expect(looksBinary("plain\ttext\n")).toBe(false);
    expect(looksBinary("\u0085\u0085 text")).toBe(true);
    expect(looksBinary("\uFFFD\uFFFD text")).toBe(true);
  });
});

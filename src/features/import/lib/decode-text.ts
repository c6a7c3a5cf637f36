/**
 * A file's bytes → its text, whatever encoding an editor saved it in: UTF-8
 * (with or without a byte-order mark), UTF-16 with a mark (Notepad's
 * "Unicode"), and otherwise Windows-1252, the usual encoding of older
 * Western files, with a note asking the reader to check accented letters
 * (the guess can be wrong). Only files that are not text at all are refused.
 * Pure: no DOM, no I/O, so every case is unit-tested.
 */

export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

export type DecodedText =
  | { ok: true; text: string; encoding: TextEncodingName; note?: string }
  | { ok: false; problem: string };

/** Shown on a version read as Windows-1252: a guess the reader should check. */
export const WINDOWS_1252_NOTE = "Read as Windows-1252: check accented letters.";

/** Above this share of control characters a file is taken for binary data. */
const MAX_CONTROL_SHARE = 0.02;
const BINARY = "looks like a binary file, not text";

/** Decodes a text file's bytes, or says it is not text. */
export function decodeText(bytes: Uint8Array): DecodedText {
  const encoding = detectEncoding(bytes);
  if (encoding === "binary") return { ok: false, problem: BINARY };
  const text = decode(bytes, encoding);
  if (looksBinary(text)) return { ok: false, problem: BINARY };
  return encoding === "windows-1252"
    ? { ok: true, text, encoding, note: WINDOWS_1252_NOTE }
    : { ok: true, text, encoding };
}

function detectEncoding(bytes: Uint8Array): TextEncodingName | "binary" {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  // Without a UTF-16 mark, a NUL byte means data, not text.
  if (bytes.includes(0)) return "binary";
  return isUtf8(bytes) ? "utf-8" : "windows-1252";
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

// TextDecoder drops a leading byte-order mark for the UTF encodings.
function decode(bytes: Uint8Array, encoding: TextEncodingName): string {
  return encoding === "windows-1252"
    ? decodeWindows1252(bytes)
    : new TextDecoder(encoding).decode(bytes);
}

// Windows-1252 by table: some Node releases' TextDecoder reads it as Latin-1
// (0x93 → U+0093 instead of “), and the result must not depend on the engine.
// Bytes 0x80–0x9F are below; the five unused ones stay C1 controls, and every
// other byte is its own code point.
const CP1252_80_9F =
  "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
  "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

function decodeWindows1252(bytes: Uint8Array): string {
  // One character at a time, joined once: no argument list grows with the file.
  const chars = new Array<string>(bytes.length);
  for (let i = 0; i < bytes.length; i += 1) {
    const byte = bytes[i]!;
    chars[i] =
      byte >= 0x80 && byte <= 0x9f ? CP1252_80_9F[byte - 0x80]! : String.fromCharCode(byte);
  }
  return chars.join("");
}

/** True when more than 2% of the characters are control characters. */
export function looksBinary(text: string): boolean {
  if (text.length === 0) return false;
  let controls = 0;
  for (let i = 0; i < text.length; i += 1) if (isControl(text.charCodeAt(i))) controls += 1;
  return controls / text.length > MAX_CONTROL_SHARE;
}

// C0 controls but tab, line feed, vertical tab, form feed and carriage return;
// DEL; C1 controls (what Windows-1252's unused bytes decode to); the
// replacement character (what undecodable UTF-16 becomes).
function isControl(code: number): boolean {
  if (code < 0x20) return code < 0x09 || code > 0x0d;
  return (code >= 0x7f && code <= 0x9f) || code === 0xfffd;
}

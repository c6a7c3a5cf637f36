/**
 * Reads the MRPC training split from ../shared/eval/mrpc (never copied into
 * this repository; see its licence there). Override with MRPC_FILE.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./data-tree.ts";

export type SentencePair = {
  id1: string;
  id2: string;
  text1: string;
  text2: string;
  label?: number;
};

export const MRPC_FILE =
  process.env.MRPC_FILE ?? join(ROOT, "../shared/eval/mrpc/msr_paraphrase_train.txt");

/** Parses MRPC's TSV format: Quality, #1 ID, #2 ID, #1 String, #2 String. */
export function parsePairsTsv(text: string): SentencePair[] {
  const lines = text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "");
  const header = lines.shift()?.split("\t") ?? [];
  if (header[0] !== "Quality" || header.length < 5) {
    throw new Error("expected a TSV header: Quality, #1 ID, #2 ID, #1 String, #2 String");
  }
  return lines.map((line, index) => {
    const [quality, id1, id2, text1, text2] = line.split("\t");
    if (text2 === undefined) throw new Error(`line ${index + 2}: expected 5 tab-separated fields`);
    const label = quality === "1" ? 1 : quality === "0" ? 0 : undefined;
    return {
      id1: id1!,
      id2: id2!,
      text1: text1!,
      text2,
      ...(label === undefined ? {} : { label }),
    };
  });
}

export function readMrpcTrain(): SentencePair[] {
  if (!existsSync(MRPC_FILE)) throw new Error(`MRPC training data not found at ${MRPC_FILE}`);
  return parsePairsTsv(readFileSync(MRPC_FILE, "utf8"));
}

import { DataLoadError } from "./data-file.ts";

/** Splits any thrown value into the file it concerns (if known) and a message. */
export function describeError(error: unknown): { file?: string; message: string } {
  if (error instanceof DataLoadError) {
    return { file: error.file, message: `${error.file} ${error.problem}.` };
  }
  if (error instanceof Error) return { message: error.message };
  return { message: String(error) };
}

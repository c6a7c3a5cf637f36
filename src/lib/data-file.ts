/**
 * Loads one static JSON file from the app's data folder and validates it.
 * Every way this can go wrong becomes a DataLoadError that names the file
 * and the problem in words, which the UI shows as is.
 */
import type { ParseResult } from "@/core/story-format.ts";

/** Where data files live, relative to the page: `data/index.json`, `data/stories/…`. */
export const DATA_BASE = `${import.meta.env.BASE_URL}data/`;

/** A data file that could not be loaded or read, with a message fit for the reader. */
export class DataLoadError extends Error {
  override readonly name = "DataLoadError";

  constructor(
    /** The file as the reader would look for it, e.g. `data/stories/x.json`. */
    readonly file: string,
    /** What is wrong, worded to follow the file name: `is not valid JSON (…)`. */
    readonly problem: string,
    /** True when trying again might help (network trouble, server errors). */
    readonly transient = false,
  ) {
    super(`${file}: ${problem}`);
  }
}

/** Fetches `data/<path>`, parses it as JSON and validates it with `parse`. */
export async function fetchDataFile<T>(
  path: string,
  parse: (data: unknown) => ParseResult<T>,
  signal?: AbortSignal,
): Promise<T> {
  const file = `data/${path}`;
  let response: Response;
  try {
    response = await fetch(`${DATA_BASE}${path}`, signal ? { signal } : {});
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DataLoadError(file, "could not be reached: check your connection", true);
  }
  if (response.status === 404) throw new DataLoadError(file, "was not found (404)");
  if (!response.ok) {
    const status = `${response.status} ${response.statusText}`.trim();
    throw new DataLoadError(
      file,
      `could not be loaded: the server answered ${status}`,
      response.status >= 500,
    );
  }
  const text = await response.text();
  // Some servers answer a missing file with the app's own page.
  if (/^\s*</.test(text))
    throw new DataLoadError(file, "was not found (the server sent a web page)");
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new DataLoadError(file, `is not valid JSON (${detail})`);
  }
  const result = parse(data);
  if (!result.ok) {
    throw new DataLoadError(file, `does not match the data format: ${summarise(result.problems)}`);
  }
  return result.value;
}

function summarise(problems: string[]): string {
  const shown = problems.slice(0, 3).join("; ");
  const more = problems.length - 3;
  return more > 0 ? `${shown}; and ${more} more problem${more === 1 ? "" : "s"}` : shown;
}

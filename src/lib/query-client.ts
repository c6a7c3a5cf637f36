import { QueryClient } from "@tanstack/react-query";
import { DataLoadError } from "./data-file.ts";

/** Retry only what a retry can fix: a broken or missing file stays broken. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof DataLoadError) return error.transient && failureCount < 2;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        // The data is static; it changes only when someone edits the files.
        staleTime: 5 * 60 * 1000,
        refetchOnWindowFocus: false,
      },
    },
  });
}

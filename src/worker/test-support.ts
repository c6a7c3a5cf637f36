import { bundledVersions } from "@/core/align/test-support.ts";
import { DEFAULT_ENGINE_SETTINGS, type CompareRequest } from "./protocol.ts";

/**
 * For tests: a request to compare the bundled story's versions without word
 * vectors, with suggestions; `changes` override any field.
 */
export function bundledRequest(changes: Partial<CompareRequest> = {}): CompareRequest {
  return {
    kind: "compare",
    id: 1,
    versions: bundledVersions(),
    settings: { ...DEFAULT_ENGINE_SETTINGS, suggest: 2 },
    cacheKey: null,
    vectorsUrl: null,
    themes: [],
    preview: false,
    helpers: 1,
    ...changes,
  };
}

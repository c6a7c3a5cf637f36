import { describe, expect, it } from "vitest";
import type { CompareResult } from "@/worker/compare-client.ts";
import { comparisonEvents, isPreview } from "./comparison-events.ts";

const result = (): CompareResult => ({
  comparison: { versions: [], passages: [], groups: [] },
  themes: [],
  suggestedThemes: false,
  passageThemes: [],
  discrepancies: [],
  quotes: null,
  suggestions: null,
  usedVectors: false,
});

describe("a comparison's reports", () => {
  it("are the same stores for the same comparison, whoever asks", () => {
    expect(comparisonEvents(["comparison", "a"])).toBe(comparisonEvents(["comparison", "a"]));
    expect(comparisonEvents(["comparison", "a"])).not.toBe(comparisonEvents(["comparison", "b"]));
  });

  it("tell listeners of progress and previews, and know a preview from a full result", () => {
    const { progress, preview } = comparisonEvents(["reports"]);
    const heard: string[] = [];
    const stop = progress.subscribe(() => heard.push(progress.get()?.stage ?? "none"));
    progress.set({ fraction: 0.5, stage: "paraphrase" });
    progress.set(null);
    stop();
    progress.set({ fraction: 1, stage: "passages" });
    expect(heard).toEqual(["paraphrase", "none"]);

    const partial = result();
    preview.set(partial);
    expect(preview.get()).toBe(partial);
    expect(isPreview(partial)).toBe(true);
    expect(isPreview(result())).toBe(false);
  });
});

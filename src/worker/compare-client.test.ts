import { describe, expect, it } from "vitest";
import { compareVersions } from "@/core/align/compare-versions.ts";
import { compareInBackground, type CompareResult } from "./compare-client.ts";

describe("compareInBackground", () => {
  it("falls back to the main thread where there are no workers, with the engine's own result", async () => {
    const versions = [
      {
        id: "a",
        label: "A",
        text: "Leaders met in Brussels on Tuesday to weigh the plan. Nothing else.",
      },
      {
        id: "b",
        label: "B",
        text: "Leaders met in Brussels on Tuesday to weigh the plan. Something else.",
      },
    ];
    const result = await compareInBackground(versions, null);
    expect(typeof Worker).toBe("undefined");
    expect(result.usedVectors).toBe(false);
    expect(result.comparison).toEqual(compareVersions(versions));
  });

  it("sends a word-for-word preview first when asked, with no theme tags yet", async () => {
    const text = "Leaders met in Brussels on Tuesday to weigh the plan for the region.";
    const versions = [
      { id: "a", label: "A", text: `${text} Nothing else.` },
      { id: "b", label: "B", text: `${text} Something else.` },
    ];
    const previews: CompareResult[] = [];
    const result = await compareInBackground(versions, null, {
      onPreview: (preview) => previews.push(preview),
    });
    expect(previews).toHaveLength(1);
    expect(previews[0]!.comparison.passages.some((p) => p.kind === "verbatim")).toBe(true);
    expect(previews[0]!.passageThemes!.every((themes) => themes.length === 0)).toBe(true);
    expect(result.comparison).toEqual(compareVersions(versions));
  });
});

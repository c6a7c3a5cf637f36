import { describe, expect, it } from "vitest";
import { compareVersions } from "@/core/align/compare-versions.ts";
import { compareInBackground } from "./compare-client.ts";

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
});

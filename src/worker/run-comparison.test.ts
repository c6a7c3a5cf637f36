import { describe, expect, it } from "vitest";
import type { CompareRequest } from "./protocol.ts";
import { runComparison, runComparisonInSteps } from "./run-comparison.ts";

const opening = "The harbour board voted on Monday to close the old ferry pier for repairs.";
const request: CompareRequest = {
  kind: "compare",
  id: 7,
  versions: [
    { id: "a", label: "A", text: `${opening} Divers found cracks in two pillars last week.` },
    { id: "b", label: "B", text: `${opening} The repairs are expected to take six months.` },
  ],
  settings: { strictness: "balanced", suggest: 2, corrections: [] },
  cacheKey: null,
  vectorsUrl: null,
  themes: [{ id: "repairs", label: "Repairs", terms: ["repairs", "cracks"] }],
  preview: false,
  helpers: 1,
};

describe("a comparison in steps", () => {
  it("sends the highlights first, then what a whole run gives: suggestions, tags, facts", async () => {
    const whole = await runComparison(request);
    const { response, later } = await runComparisonInSteps(request);
    if (!whole.ok) throw new Error(whole.message);
    if (!response.ok || !later) throw new Error("the comparison in steps failed");
    expect(response.comparison).toEqual(whole.comparison);
    expect(response.passageThemes).toBeNull();
    expect(response.suggestions).toBeNull();
    expect(response.quotes).toBeNull();
    const details = later.details();
    expect(details.passageThemes).toEqual(whole.passageThemes);
    expect(details.passageThemes!.some((tags) => tags.includes("repairs"))).toBe(true);
    expect(details.suggestions).toEqual(whole.suggestions);
    expect(details.suggestions).not.toBeNull();
    expect(later.facts()).toEqual({ discrepancies: whole.discrepancies, quotes: whole.quotes });
  });

  it("suggests themes with the details when the story has none", async () => {
    const { response, later } = await runComparisonInSteps({ ...request, themes: [] });
    if (!response.ok || !later) throw new Error("the comparison failed");
    expect(response.suggestedThemes).toBe(true);
    expect(response.themes).toEqual([]);
    const whole = await runComparison({ ...request, themes: [] });
    if (!whole.ok) throw new Error("the comparison failed");
    expect(later.details().themes).toEqual(whole.themes);
  });
});

import { describe, expect, it } from "vitest";
import { compareVersions } from "./compare-versions.ts";
import { packSuggestions, unpackSuggestions } from "./pack-suggestions.ts";
import { lettered } from "./test-support.ts";

describe("packSuggestions", () => {
  it("unpacks to exactly what the engine suggested, for the units asked about", () => {
    const versions = lettered(
      "Leaders met in Brussels on Tuesday to weigh the plan for the region. Aid will follow soon after the talks.",
      "On Tuesday leaders gathered in Brussels to consider the regional plan. More aid is promised after the talks.",
      "The talks in Brussels ended on Tuesday without a plan for the region. Nobody promised any aid at all.",
    );
    const { suggestions = [] } = compareVersions(versions, { suggest: 2 });
    expect(suggestions.length).toBeGreaterThan(0);
    const packed = packSuggestions(
      suggestions,
      versions.map((v) => v.id),
    );
    for (const version of versions) {
      const expected = suggestions.filter((s) => s.version === version.id);
      expect(unpackSuggestions(packed, version.id, 0, version.text.length)).toEqual(expected);
    }
    const first = suggestions[0]!;
    expect(unpackSuggestions(packed, first.version, first.start, first.start + 1)).toEqual([first]);
    expect(unpackSuggestions(packed, "nowhere", 0, 1_000)).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { compareVersions } from "../align/compare-versions.ts";
import { lettered, testVectors } from "../align/test-support.ts";
import { tagPassages } from "./tag-passages.ts";

const vectors = testVectors();
const themes = [
  { id: "canada", label: "Canada’s role", terms: ["Canada", "Canadian"] },
  { id: "sanctions", label: "Sanctions", terms: ["sanctions", "pressure on Russia"] },
  { id: "humanitarian", label: "Humanitarian aid", terms: ["humanitarian", "civilians"] },
];

function tagsOf(text: string, other = "Nothing related is said here at all, only the weather.") {
  const comparison = compareVersions(
    [
      { id: "a", label: "A", text },
      { id: "b", label: "B", text: other },
    ],
    { vectors },
  );
  const tags = tagPassages(comparison, themes, vectors);
  return comparison.passages.map((p, i) => ({
    version: p.version,
    text: text.slice(p.start, p.end).trim(),
    tags: tags[i]!,
  }));
}

describe("tagPassages", () => {
  it("tags by stem: a form of a term counts", () => {
    const [passage] = tagsOf("The new sanction hit exporters hard.");
    expect(passage!.tags).toEqual(["sanctions"]);
  });

  it("tags by meaning: Ottawa speaks to Canada's role", () => {
    const [passage] = tagsOf("Ottawa has been one of Kyiv’s most consistent supporters.");
    expect(passage!.tags).toContain("canada");
  });

  it("tags by phrase, and leaves unrelated text untagged", () => {
    const passages = tagsOf(
      "Allies kept up the pressure on Russia through the winter. The weather was mild in Brussels.",
    );
    expect(passages[0]!.tags).toContain("sanctions");
    expect(passages.at(-1)!.tags).toEqual([]);
  });

  it("shares a group's themes with its paraphrases", () => {
    const comparison = compareVersions(
      lettered(
        "Canada pledged more humanitarian aid for displaced civilians this winter.",
        "Ottawa promised additional relief supplies for displaced families this winter.",
      ),
      { vectors, minZ: 0, minSimilarity: 0.2 },
    );
    const tags = tagPassages(comparison, themes, vectors);
    const b = comparison.passages.findIndex((p) => p.version === "b" && p.group !== null);
    expect(b).toBeGreaterThanOrEqual(0);
    expect(tags[b]).toContain("humanitarian");
  });
});

import { describe, expect, it } from "vitest";
import { compareVersions } from "../align/compare-versions.ts";
import { lettered, testVectors } from "../align/test-support.ts";
import { indexPassages, tagPassages, termCounts } from "./tag-passages.ts";

const vectors = testVectors();
const themes = [
  { id: "canada", label: "Canada’s role", terms: ["Canada", "Canadian", "Ottawa"] },
  { id: "sanctions", label: "Sanctions", terms: ["sanctions", "pressure on Russia"] },
  { id: "humanitarian", label: "Humanitarian aid", terms: ["humanitarian", "civilians"] },
  { id: "ceasefire", label: "Ceasefire", terms: ["ceasefire"] },
  { id: "russia", label: "Russia’s stance", terms: ["Russia", "Kremlin"] },
];

function tagsOf(text: string, other = "Nothing related is said here at all, only the weather.") {
  const comparison = compareVersions(lettered(text, other), { vectors });
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

  it("tags by a close synonym of a lower-case term", () => {
    const [passage] = tagsOf("Both sides agreed to a truce along the river.");
    expect(passage!.tags).toContain("ceasefire");
  });

  it("tags a reader's own keywords without the word table: forms and phrases, no synonyms", () => {
    const comparison = compareVersions(
      lettered(
        "Dockers walked out at the port. The harbour strike spread. Both sides agreed to a truce.",
        "Nothing related is said here at all, only the weather.",
      ),
      { vectors },
    );
    const own = [
      { id: "own-strike", label: "Port strike", terms: ["docker", "strike", "ceasefire"] },
    ];
    const tags = tagPassages(comparison, own, null);
    const text = comparison.versions[0]!.text;
    const tagged = comparison.passages
      .filter((p, i) => p.version === "a" && tags[i]!.includes("own-strike"))
      .map((p) => text.slice(p.start, p.end).trim());
    expect(tagged).toEqual(["Dockers walked out at the port.", "The harbour strike spread."]);
  });

  it("does not tag a name by meaning: Ukraine is not Russia", () => {
    const [passage] = tagsOf("Ukraine opened a new crossing for grain trucks.");
    expect(passage!.tags).toEqual([]);
  });

  it("tags by phrase, and leaves a passage without the theme's words untagged", () => {
    const passages = tagsOf(
      "Allies kept up the pressure on Russia through the winter. The weather was mild in Brussels.",
    );
    expect(passages[0]!.tags).toContain("sanctions");
    expect(passages.at(-1)!.tags).toEqual([]);
    for (const p of passages.filter((p) => !/russia|sanction|canad|ottawa|civilian/i.test(p.text)))
      expect(p.tags).toEqual([]);
  });

  it("does not tag an actor named only in passing: in a list, or as the target of pressure", () => {
    const [listed] = tagsOf("European and Canadian leaders met in Brussels on Tuesday.");
    expect(listed!.tags).not.toContain("canada");
    const [acting] = tagsOf("Canada pledged to keep its training mission running next year.");
    expect(acting!.tags).toContain("canada");
    const [target] = tagsOf("Allies weighed their options against Russia at the summit.");
    expect(target!.tags).not.toContain("russia");
  });

  it("does not carry a group's tags to a paraphrase that does not name the theme", () => {
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
    expect(comparison.passages[b]!.group).toBe(
      comparison.passages.find((p) => p.version === "a" && p.group !== null)!.group,
    );
    expect(tags[b]).toContain("canada"); // "Ottawa" is one of its own terms
    expect(tags[b]).not.toContain("humanitarian");
  });

  it("does not tag on a story-wide word alone, but does on a rarer term", () => {
    // A story about Russia: "Russia" is in most passages, "Kremlin" in one.
    const sentences = [
      "Russia moved troops north.",
      "Russia said talks could resume.",
      "Farmers in Russia counted their losses.",
      "Russia raised interest rates again.",
      "Russia hosted a trade fair.",
      "Trains in Russia ran late.",
      "Russia reported a mild winter.",
      "Russia signed a gas deal.",
      "Exports from Russia fell.",
      "Russia opened a new bridge.",
      "The Kremlin rejected the proposal.",
      "Schools reopened after the holiday.",
    ];
    const comparison = compareVersions(lettered(sentences.join(" "), sentences.join(" ")), {
      vectors,
    });
    const tags = tagPassages(comparison, themes, vectors);
    const text = comparison.versions[0]!.text;
    comparison.passages.forEach((p, i) => {
      if (p.version !== "a") return;
      const said = text.slice(p.start, p.end);
      if (said.includes("Kremlin")) expect(tags[i]).toContain("russia");
      else if (said.includes("Russia")) expect(tags[i]).not.toContain("russia");
    });
    const counts = termCounts(indexPassages(comparison), themes[4]!);
    expect(counts.find((c) => c.term === "Russia")!.passages).toBeGreaterThan(10);
  });
});

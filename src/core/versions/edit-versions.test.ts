import { describe, expect, it } from "vitest";
import { parseStory, type Story } from "../story-format.ts";
import { editVersions } from "./edit-versions.ts";

const story: Story = {
  id: "ferry",
  title: "Ferry",
  versions: [
    {
      id: "v1",
      label: "wire-0712",
      blocks: [{ kind: "paragraph", text: "The ferry keeps running." }],
    },
    {
      id: "v2",
      label: "Courier",
      source: "The Courier",
      blocks: [{ kind: "paragraph", text: "Ferry saved." }],
    },
    { id: "v3", label: "Blog", blocks: [{ kind: "paragraph", text: "A blog on the ferry." }] },
  ],
};

describe("editVersions", () => {
  it("relabels, sets and clears where a version came from, keeping its text", () => {
    const result = editVersions(story, {
      keep: [
        { id: "v1", label: "Wire", source: "Wire News", published: "2024-03-12T14:07" },
        { id: "v2", source: " " },
        { id: "v3" },
      ],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.versions[0]).toEqual({
      ...story.versions[0],
      label: "Wire",
      source: "Wire News",
      published: "2024-03-12T14:07",
    });
    expect(result.value.versions[1]).not.toHaveProperty("source");
    expect(result.value.versions[2]).toEqual(story.versions[2]);
  });

  it("removes and adds versions, giving new ones fresh ids and unique labels", () => {
    const result = editVersions(story, {
      keep: [{ id: "v3" }, { id: "v1" }],
      add: [
        { label: "Blog", text: "By Ada Whitlock, Wire News\n\nThe ferry will run for a year." },
      ],
    });
    expect(result.ok && result.value.versions.map((v) => [v.id, v.label])).toEqual([
      ["v3", "Blog"],
      ["v1", "wire-0712"],
      ["v4", "Blog (2)"],
    ]);
    expect(result.ok && result.value.versions[2]).toMatchObject({
      byline: "Ada Whitlock",
      source: "Wire News",
    });
    expect(result.ok && parseStory(result.value).ok).toBe(true);
  });

  it("refuses fewer than two versions, an empty addition and a bad date, naming them", () => {
    expect(editVersions(story, { keep: [{ id: "v1" }] })).toEqual({
      ok: false,
      problems: ["A comparison needs at least two versions."],
    });
    const bad = editVersions(story, {
      keep: [{ id: "v1", published: "March 12" }, { id: "v2" }],
      add: [{ label: "Empty", text: "  \n " }],
    });
    expect(bad.ok ? [] : bad.problems).toEqual(["Empty is empty."]);
    const date = editVersions(story, { keep: [{ id: "v1", published: "March 12" }, { id: "v2" }] });
    expect(date.ok ? [] : date.problems).toEqual([
      "versions[0].published must be a date like 2024-03-12 or 2024-03-12T14:07",
    ]);
  });
});

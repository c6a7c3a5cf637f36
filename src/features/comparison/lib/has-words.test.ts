import { describe, expect, it } from "vitest";
import type { Story } from "@/core/story-format.ts";
import { hasWords } from "./has-words.ts";

const story: Story = {
  id: "s",
  title: "S",
  versions: [
    {
      id: "a",
      label: "A",
      blocks: [
        { kind: "heading", text: "Pier closed" },
        { kind: "paragraph", text: "  The board voted\ton Monday,\nafter divers found cracks. " },
      ],
    },
    { id: "b", label: "B", blocks: [{ kind: "paragraph", text: "Repairs take six months." }] },
  ],
};

describe("hasWords", () => {
  it("counts words across blocks and versions, however they are spaced", () => {
    // 2 + 9 + 4 = 15 words.
    expect(hasWords(story, 15)).toBe(true);
    expect(hasWords(story, 16)).toBe(false);
  });
});

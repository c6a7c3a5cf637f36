import { describe, expect, it } from "vitest";
import { tokenize } from "./tokenize.ts";

describe("tokenize", () => {
  it("gives exact offsets and folded forms", () => {
    const text = "Ukraine’s “Freeze” — U.S.-led talks";
    const tokens = tokenize(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual([
      "Ukraine’s",
      "Freeze",
      "U.S",
      "led",
      "talks",
    ]);
    expect(tokens.map((t) => t.norm)).toEqual(["ukraine", "freeze", "u.s", "led", "talks"]);
    expect(tokens[0]!.stem).toBe(tokens.find((t) => t.norm === "ukraine")!.stem);
  });

  it("folds straight and curly apostrophes and inflections to one stem", () => {
    const [curly] = tokenize("Ukraine’s");
    const [straight] = tokenize("Ukraine's");
    expect(curly!.norm).toBe(straight!.norm);
    expect(tokenize("negotiations")[0]!.stem).toBe(tokenize("negotiation")[0]!.stem);
  });

  it("flags stopwords, numbers and capitals", () => {
    const [the, figure, name] = tokenize("the 2,500 Ottawa");
    expect(the!.stop).toBe(true);
    expect(figure!.numeric).toBe(true);
    expect(name!.capitalized && !name!.stop).toBe(true);
  });

  it("reads only the given range", () => {
    const text = "One two. Three four.";
    expect(tokenize(text, 9, text.length).map((t) => t.norm)).toEqual(["three", "four"]);
  });

  it("keeps other scripts whole and leaves them unstemmed", () => {
    expect(tokenize("Переговоры محادثات").map((t) => t.stem)).toEqual(["переговоры", "محادثات"]);
  });
});

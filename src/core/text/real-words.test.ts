import { describe, expect, it } from "vitest";
import { hasRealWords } from "./real-words.ts";
import { tokenize } from "./tokenize.ts";

const wordy = (text: string) => hasRealWords(tokenize(text));

describe("hasRealWords", () => {
  it.each([
    "-------",
    "ENDS",
    "2024 2025 2026 1,500 3.5 12",
    "* * * # = _",
    "the of and said",
    "A I 7 %",
  ])("finds none worth linking in %j", (text) => expect(wordy(text)).toBe(false));

  it.each(["ferry ENDS", "Councillors voted 7 to 2.", "渡船停航", "Die Fähre fährt weiter."])(
    "finds two real words in %j",
    (text) => expect(wordy(text)).toBe(true),
  );
});

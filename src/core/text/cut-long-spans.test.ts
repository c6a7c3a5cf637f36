import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cutLongSpan, MAX_UNIT_WORDS } from "./cut-long-spans.ts";
import { tokenize } from "./tokenize.ts";

const cut = (text: string, maxWords = MAX_UNIT_WORDS) =>
  cutLongSpan(text, { start: 0, end: text.length }, tokenize(text), maxWords).map((span) =>
    text.slice(span.start, span.end),
  );
const words = (count: number, word = "word") => Array.from({ length: count }, () => word);

describe("cutLongSpan", () => {
  it("keeps a span within the bound whole", () => {
    const text = words(MAX_UNIT_WORDS).join(" ");
    expect(cut(text)).toEqual([text]);
  });

  it("cuts unpunctuated text evenly at word boundaries", () => {
    expect(cut(words(250).join(" ")).map((piece) => piece.split(" ").length)).toEqual([84, 83, 83]);
    expect(cut(words(101).join(" ")).map((piece) => piece.split(" ").length)).toEqual([51, 50]);
  });

  it("prefers a semicolon or dash, then a comma, then a conjunction", () => {
    const marked = (marks: Record<number, string>) =>
      words(40)
        .map((word, i) => word + (marks[i] ?? ""))
        .join(" ");
    // The semicolon wins over a later comma; a comma over the end of the window.
    expect(cut(marked({ 16: ",", 21: ";", 26: "," }), 30)[0]!.split(" ")).toHaveLength(22);
    expect(cut(marked({ 16: "," }), 30)[0]!.split(" ")).toHaveLength(17);
    const conjunction = words(24).map((word, i) => (i === 14 ? "while" : word));
    expect(cut(conjunction.join(" "), 16)[1]).toMatch(/^while /);
    expect(cut(`${words(10).join(" ")} — ${words(10).join(" ")}`, 15)[1]).toMatch(/^— /);
  });

  it("cuts a text without spaces (Chinese) at its punctuation", () => {
    const text = "今天下雨了，".repeat(30);
    const pieces = cut(text, 40);
    expect(pieces.join("")).toBe(text);
    expect(pieces.every((piece) => piece.endsWith("，"))).toBe(true);
  });

  it("never loses or reorders characters, and bounds every piece", () => {
    const word = fc.constantFrom("peace", "talks,", "and", "Kyiv;", "—", "2,500", "vote.", "会议");
    const text = fc
      .array(fc.tuple(word, fc.constantFrom(" ", "  ", "\n", " ")), { maxLength: 400 })
      .map((parts) =>
        parts
          .map(([w, space]) => w + space)
          .join("")
          .trim(),
      );
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 60 }), (source, maxWords) => {
        fc.pre(source !== "");
        const tokens = tokenize(source);
        const spans = cutLongSpan(source, { start: 0, end: source.length }, tokens, maxWords);
        expect(spans[0]!.start).toBe(0);
        expect(spans[spans.length - 1]!.end).toBe(source.length);
        for (let i = 1; i < spans.length; i += 1) {
          expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
          expect(source.slice(spans[i - 1]!.end, spans[i]!.start)).toMatch(/^\s*$/);
        }
        for (const span of spans) {
          const inside = tokens.filter((t) => t.start >= span.start && t.end <= span.end);
          expect(inside.length).toBeLessThanOrEqual(maxWords);
          expect(span.end).toBeGreaterThan(span.start);
        }
        const covered = spans.reduce(
          (sum, span) =>
            sum + tokens.filter((t) => t.start >= span.start && t.end <= span.end).length,
          0,
        );
        expect(covered).toBe(tokens.length);
      }),
    );
  });
});

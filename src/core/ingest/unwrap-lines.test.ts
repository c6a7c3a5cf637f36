import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanLines } from "./clean-lines.ts";
import { parseBlocks } from "./parse-blocks.ts";
import { isHardWrapped, unwrapLines, type LaidSourceLine } from "./unwrap-lines.ts";

// Invented paragraphs in wire style: wrapped lines will start with capitals
// ("December", "Marlow"), digits ("1971,") and quote marks.
const PARAGRAPHS = [
  "Councillors in Marlow voted last night to keep the harbour ferry running after residents challenged a High Court ruling last December that the county could close the crossing without consultation.",
  "The vote followed a petition signed by more than 4,000 people, among them a retired pilot who lost his brother in a road accident in 1971, and two other residents who said the ferry was their only link to the town.",
  'Councillor Ruth Pell said the decision was "overdue" and that the county had "never once asked the people who use the boat" what they thought of the plan.',
  "The county said it would study the ruling before deciding whether to appeal against it at the Marlow Crown Court later this spring.",
];

/** Greedy wrapping at `width` columns, as mail clients and wire feeds do it. */
function wrapAt(paragraph: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of paragraph.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}

const wrapped = (width: number, between: string) =>
  PARAGRAPHS.map((p) => wrapAt(p, width).join("\n")).join(between);
const texts = (raw: string) => parseBlocks(cleanLines(raw)).map((block) => block.text);

describe("unwrapping hard-wrapped text", () => {
  it.each([60, 64, 72, 76, 80])(
    "rejoins paragraphs wrapped at %i columns, blank lines between",
    (width) => {
      expect(texts(wrapped(width, "\n\n"))).toEqual(PARAGRAPHS);
    },
  );

  it.each([60, 64, 72, 76])("rejoins paragraphs wrapped at %i columns, no blank lines", (width) => {
    expect(texts(wrapped(width, "\n"))).toEqual(PARAGRAPHS);
  });

  it("joins two paragraphs when the first one's last line is full and nothing marks the break", () => {
    // At 80 columns the third paragraph's last line is 77 wide: the next
    // word would not have fitted, so the break could be a wrap. Joining keeps
    // every word in order; splitting there is what made false sub-headings.
    expect(texts(wrapped(80, "\n"))).toEqual([
      PARAGRAPHS[0],
      PARAGRAPHS[1],
      `${PARAGRAPHS[2]} ${PARAGRAPHS[3]}`,
    ]);
  });

  it("reads the example in docs/data-format.md as two paragraphs", () => {
    const raw = [
      "Councillors in Marlow voted to keep the harbour ferry after residents had",
      "challenged a High Court ruling issued in the week before Christmas last",
      "December that the county could close the crossing.",
      "The vote followed a petition signed by more than 4,000 people, among them",
      "a retired pilot who lost his brother in a road accident on the quay in",
      "1971, and two other residents who said the ferry was their only link.",
    ];
    expect(texts(raw.join("\n"))).toEqual([raw.slice(0, 3).join(" "), raw.slice(3).join(" ")]);
  });

  it("joins a wrapped line whatever it starts with: a capital, a digit, a quote", () => {
    const raw = [
      "The firm had challenged a High Court ruling made in the spring of last",
      "December that the harbour trust could sell its berths without a public",
      "1971 agreement being consulted, and the trust's lawyer said the words",
      '"without consultation" had been read far too narrowly by the county.',
    ].join("\n");
    expect(texts(raw)).toEqual([raw.replaceAll("\n", " ")]);
  });

  it("never makes a sub-heading of a line that continues a sentence", () => {
    const raw = wrapped(72, "\n");
    const blocks = parseBlocks(cleanLines(`TOWN HALL BACKS FERRY PLAN\n\n${raw}`));
    expect(blocks.filter((block) => block.kind === "heading").map((b) => b.text)).toEqual([]);
    expect(blocks.map((b) => b.text).slice(1, 3)).toEqual(PARAGRAPHS.slice(0, 2));
  });

  it("keeps a paragraph break shown by first-line indentation", () => {
    const raw = PARAGRAPHS.map((p) => `    ${wrapAt(p, 70).join("\n")}`).join("\n");
    expect(texts(raw)).toEqual(PARAGRAPHS);
  });

  it("keeps a line ending a sentence early, and a short heading, apart", () => {
    const raw = [
      "Ferry plan survives",
      ...wrapAt(PARAGRAPHS[0]!, 72),
      "What happens next",
      ...wrapAt(PARAGRAPHS[3]!, 72),
    ].join("\n");
    const blocks = parseBlocks(cleanLines(raw));
    expect(blocks.map((b) => b.text)).toEqual([
      "Ferry plan survives",
      PARAGRAPHS[0],
      "What happens next",
      PARAGRAPHS[3],
    ]);
    expect(blocks[2]!.kind).toBe("heading");
  });

  it("ends a paragraph at a wire paragraph mark", () => {
    const raw = PARAGRAPHS.map((p) => `${wrapAt(p, 78).join("\n")}<`).join("\n");
    expect(texts(raw)).toEqual(PARAGRAPHS);
  });

  it("leaves text with one paragraph per line as it is", () => {
    const raw = PARAGRAPHS.join("\n");
    expect(cleanLines(raw)).toEqual(PARAGRAPHS);
  });

  it("leaves short lines that end sentences, like a list of facts, as they are", () => {
    const raw = "The ferry runs hourly.\nTickets cost two pounds.\nThe last boat leaves at ten.";
    expect(cleanLines(raw)).toEqual(raw.split("\n"));
  });
});

const laid = (text: string, indent = 0, marked = false): LaidSourceLine => ({
  text,
  indent,
  width: indent + text.length,
  marked,
});

describe("isHardWrapped", () => {
  it("needs lines that reach one column and break mid-sentence", () => {
    expect(isHardWrapped(wrapAt(PARAGRAPHS[1]!, 70).map((line) => laid(line)))).toBe(true);
    expect(isHardWrapped(PARAGRAPHS.map((p) => laid(p)))).toBe(false);
    expect(isHardWrapped([laid("Ferry plan survives"), laid(PARAGRAPHS[0]!)])).toBe(false);
  });
});

// A word of letters or digits, sometimes capitalised, quoted or ending a sentence.
const wordArb = fc
  .tuple(
    fc.constantFrom("", "", "", '"', "“"),
    fc.stringMatching(/^[A-Za-z0-9]{1,12}$/),
    fc.constantFrom("", "", "", ".", ",", "!", '"'),
  )
  .map(([open, word, close]) => `${open}${word}${close}`);
const lineArb = fc.oneof(
  { weight: 1, arbitrary: fc.constant(null) },
  {
    weight: 6,
    arbitrary: fc
      .tuple(fc.array(wordArb, { minLength: 1, maxLength: 16 }), fc.nat(6), fc.boolean())
      .map(([words, indent, marked]) => laid(words.join(" "), indent % 3 === 0 ? 4 : 0, marked)),
  },
);
const wordsOf = (lines: readonly (string | LaidSourceLine)[]) =>
  lines.flatMap((line) =>
    line === null ? [] : (typeof line === "string" ? line : line.text).split(" "),
  );

describe("unwrapLines: properties", () => {
  it("never changes the words or their order, only the line breaks", () => {
    fc.assert(
      fc.property(fc.array(lineArb, { maxLength: 40 }), (lines) => {
        expect(wordsOf(unwrapLines(lines))).toEqual(wordsOf(lines));
      }),
    );
  });

  it("rejoins greedily wrapped paragraphs set apart by blank lines, at 60 to 80 columns", () => {
    const sentenceArb = fc
      .array(fc.stringMatching(/^[a-z]{2,9}$/), { minLength: 12, maxLength: 24 })
      .map((words) => `${words[0]!.toUpperCase()} ${words.slice(1).join(" ")}.`);
    const paragraphArb = fc
      .array(sentenceArb, { minLength: 2, maxLength: 4 })
      .map((sentences) => sentences.join(" "));
    fc.assert(
      fc.property(
        fc.array(paragraphArb, { minLength: 2, maxLength: 5 }),
        fc.integer({ min: 60, max: 80 }),
        (paragraphs, width) => {
          const lines = paragraphs.flatMap((p, i) => [...(i ? [null] : []), ...wrapAt(p, width)]);
          // Lines may end sentences by chance so often that the text cannot
          // be told from one written line by line; those cases are not this property's.
          fc.pre(isHardWrapped(lines.map((line) => (line === null ? null : laid(line)))));
          const raw = lines.map((line) => line ?? "").join("\n");
          expect(cleanLines(raw).filter((line) => line !== null)).toEqual(paragraphs);
        },
      ),
    );
  });
});

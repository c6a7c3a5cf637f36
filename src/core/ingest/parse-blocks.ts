/**
 * Second step of ingest: clean lines → blocks (standfirst, heading,
 * paragraph, list item) in reading order. Everything here is a rule about
 * the shape of a line, never about a particular story, so hand-added and
 * imported texts get the same treatment as the bundled one.
 */
import type { Block } from "../story-format.ts";
import type { SourceLine } from "./clean-lines.ts";

/** Longest line, in words, that can be a sub-heading. */
const HEADING_MAX_WORDS = 12;
const HEADING_MAX_CHARS = 100;
/** Longest line, in words, that can be a standfirst or caption above the body. */
const STANDFIRST_MAX_WORDS = 30;
/** At most this many leading lines can form the standfirst. */
const STANDFIRST_MAX_LINES = 3;

// Ends like a sentence or a lead-in: full stop, ?, !, …, colon, semicolon,
// comma, optionally followed by closing quotes or brackets; in any script
// (full-width 。！？．：；，、, Arabic ؟ ، ؛ and ۔, Devanagari । ॥), or a Chinese
// or Japanese sentence would pass for a heading.
const END_PUNCTUATION = /[.!?…:;,。！？．：；，、؟،؛۔।॥]["'”’»)\]」』）]*$/u;
// A sentence boundary: terminal punctuation, closing marks, space, then an
// opening mark or a capital letter; or a full-width stop, which needs neither.
const SENTENCE_BREAK = /[.!?…]["'”’»)\]]*\s+(?=["'“‘«(]?\p{Lu})|[。！？．]["'”’」』）]*(?=\S)/gu;
const LIST_MARKER = /^[-*•–]\s+(?=\S)/u;
const MARKDOWN_HEADING = /^#{1,6}\s+(.+?)(?:\s+#+)?$/u;
const STARTS_LOWERCASE = /^\p{Ll}/u;

type Unit = {
  kind: "text" | "listItem" | "markedHeading";
  text: string;
};

/** Splits cleaned lines into blocks. */
export function parseBlocks(lines: readonly SourceLine[]): Block[] {
  const units = collectUnits(lines);
  const blocks: Block[] = units.map((unit, index) => ({
    kind: classifyUnit(unit, index === units.length - 1),
    text: unit.text,
  }));
  markStandfirst(blocks);
  return blocks;
}

/** True when a line looks like a sub-heading: short, capitalised, unpunctuated. */
export function isHeadingShaped(text: string): boolean {
  return (
    countRoughWords(text) <= HEADING_MAX_WORDS &&
    text.length <= HEADING_MAX_CHARS &&
    !END_PUNCTUATION.test(text) &&
    !STARTS_LOWERCASE.test(text)
  );
}

/** Rough sentence count, good enough to tell a one-line caption from a paragraph. */
export function countRoughSentences(text: string): number {
  return (text.match(SENTENCE_BREAK)?.length ?? 0) + 1;
}

function countRoughWords(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}

// Lines become units; a line that continues the previous one (hard-wrapped
// text: no blank line between, previous one unfinished, this one starting in
// lower case) is joined to it.
function collectUnits(lines: readonly SourceLine[]): Unit[] {
  const units: Unit[] = [];
  let afterBreak = true;
  for (const line of lines) {
    if (line === null) {
      afterBreak = true;
      continue;
    }
    const previous = units[units.length - 1];
    const heading = MARKDOWN_HEADING.exec(line);
    const marker = LIST_MARKER.exec(line);
    if (heading?.[1]) {
      units.push({ kind: "markedHeading", text: heading[1] });
    } else if (marker) {
      units.push({ kind: "listItem", text: line.slice(marker[0].length) });
    } else if (
      !afterBreak &&
      previous &&
      previous.kind !== "markedHeading" &&
      !END_PUNCTUATION.test(previous.text) &&
      STARTS_LOWERCASE.test(line)
    ) {
      previous.text = `${previous.text} ${line}`;
    } else {
      units.push({ kind: "text", text: line });
    }
    afterBreak = false;
  }
  return units;
}

function classifyUnit(unit: Unit, isLast: boolean): Block["kind"] {
  if (unit.kind === "markedHeading") return "heading";
  if (unit.kind === "listItem") return "listItem";
  // A heading introduces something; an unpunctuated last line is kept as text.
  return !isLast && isHeadingShaped(unit.text) ? "heading" : "paragraph";
}

// Short one-sentence lines above the first real paragraph are a headline,
// standfirst or photo caption: they frame the story rather than tell it.
function markStandfirst(blocks: Block[]): void {
  const bodyStart = blocks.findIndex(
    (block) =>
      block.kind === "paragraph" &&
      (countRoughWords(block.text) > STANDFIRST_MAX_WORDS || countRoughSentences(block.text) > 1),
  );
  if (bodyStart < 1 || bodyStart > STANDFIRST_MAX_LINES) return;
  const lead = blocks.slice(0, bodyStart);
  const framing = lead.every(
    (block) =>
      block.kind !== "listItem" &&
      countRoughWords(block.text) <= STANDFIRST_MAX_WORDS &&
      countRoughSentences(block.text) === 1,
  );
  if (framing) for (const block of lead) block.kind = "standfirst";
}

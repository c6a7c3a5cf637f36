/**
 * Negation and modality cues: words that flip a claim ("not", "never",
 * "no", "cannot", "isn't") or hedge it ("may", "could", "will"), each with
 * the content word it governs, so that "is not ending" can be set against
 * "is ending" in another version.
 */
import { tokenize, type Token } from "../text/tokenize.ts";
import type { CueFact } from "./types.ts";

const NEGATIONS = new Set([
  "not",
  "no",
  "never",
  "cannot",
  "nor",
  "neither",
  "none",
  "nothing",
  "nobody",
  "n't",
]);
const MODALS = new Set([
  "may",
  "might",
  "could",
  "can",
  "will",
  "would",
  "should",
  "must",
  "shall",
]);
// "not only", "not just": additive, not a denial.
const NOT_DENIAL_AFTER = new Set(["only", "just", "merely", "least", "until"]);
// How far a cue reaches for the word it governs.
const SCOPE_WORDS = 4;

// The folded cue a token carries: "isn't" → "n't", "won't" → "n't".
function cueOf(token: Token): string | null {
  if (token.norm.endsWith("n't")) return "n't";
  return NEGATIONS.has(token.norm) || MODALS.has(token.norm) ? token.norm : null;
}

/** Finds the negation and modality cues in `text`. */
export function extractCues(text: string): CueFact[] {
  const tokens = tokenize(text);
  const facts: CueFact[] = [];
  tokens.forEach((token, i) => {
    const cue = cueOf(token);
    if (!cue) return;
    // "May" capitalised mid-sentence is the month.
    if (cue === "may" && token.capitalized && i > 0) return;
    if (cue === "not" && NOT_DENIAL_AFTER.has(tokens[i + 1]?.norm ?? "")) return;
    const scope = tokens
      .slice(i + 1, i + 1 + SCOPE_WORDS)
      .find((t) => !t.stop && !t.numeric && /\p{L}/u.test(t.norm) && !cueOf(t));
    // The governed word must be in the same sentence.
    if (scope && /[.!?;]/.test(text.slice(token.end, scope.start))) return push(token, cue, null);
    push(token, cue, scope ?? null);
  });
  return facts;

  function push(token: Token, cue: string, scope: Token | null) {
    facts.push({
      kind: NEGATIONS.has(cue) || cue === "n't" ? "negation" : "modality",
      start: token.start,
      end: token.end,
      text: text.slice(token.start, token.end),
      cue,
      scope: scope?.stem ?? null,
      scopeStart: scope?.start ?? null,
    });
  }
}

import { judgePair } from "../../src/core/align/pair-model.ts";
import { profileSentence } from "../../src/core/align/sentence-profile.ts";
import { backgroundWeigher } from "../../src/core/align/word-weights.ts";
import { tokenize } from "../../src/core/text/tokenize.ts";
import { WordTable } from "../../src/core/vectors/word-table.ts";
import type { WordVectors } from "../../src/core/vectors/word-vectors.ts";
import type { SentencePair } from "./mrpc.ts";

/** The pair model's judgement of isolated sentence pairs, with its calibrated threshold. */
export function judgePairs(pairs: readonly SentencePair[], vectors: WordVectors) {
  const table = new WordTable(vectors);
  const weigh = backgroundWeigher(vectors);
  const profile = (text: string) => profileSentence(tokenize(text), table, weigh);
  return pairs.map((pair) => {
    const { probability, paraphrase } = judgePair(profile(pair.text1), profile(pair.text2), table);
    return { id1: pair.id1, id2: pair.id2, score: Math.round(probability * 1e4) / 1e4, paraphrase };
  });
}

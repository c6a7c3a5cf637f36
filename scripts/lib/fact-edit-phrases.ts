/**
 * The made-up phrases and word lists the edited test set is built from
 * (scripts/lib/fact-edits.ts): what is planted, and how each plant or story
 * word is changed.
 */

// Phrases planted before a sentence's full stop: [as planted, as edited].
export const NUMBER_PLANTS: [string, string][] = [
  [", after 12 months of talks", ", after 18 months of talks"],
  [", at a cost of £20,000", ", at a cost of £25,000"],
  [", with 41 delegates present", ", with 43 delegates present"],
  [" in the third round of meetings", " in the fourth round of meetings"],
  [", with a dozen envoys attending", ", with 20 envoys attending"],
  [", after a rise of 5 per cent", ", after a rise of 7 per cent"],
  [
    ", using between 3 and 5 per cent of the budget",
    ", using between 4 and 6 per cent of the budget",
  ],
  [", at a cost of $3.5bn", ", at a cost of $4.2bn"],
  [", with 1,200 troops on standby", ", with 1,500 troops on standby"],
  [", backed by about 40% of voters", ", backed by about 45% of voters"],
  [" for two more years", " for three more years"],
  [", for 30 days", ", for 60 days"],
];
export const DATE_PLANTS: [string, string][] = [
  [" on Tuesday", " on Thursday"],
  [" on 12 March", " on 14 March"],
  [" in May 2024", " in June 2024"],
  [" since 2022", " since 2021"],
  [" on Friday, 3 October", " on Friday, 10 October"],
  [" by June 30", " by July 30"],
];
// Sentences planted after a sentence: [as planted, as edited].
export const QUOTE_PLANTS: [string, string][] = [
  [
    " One envoy called the talks “useful but slow”.",
    " One envoy called the talks “useful but tense”.",
  ],
  [' An aide said: "We are ready to listen."', ' An aide said: "We are ready to leave."'],
  [
    " A minister described the plan as ‘a first step’.",
    " A minister described the plan as ‘a final step’.",
  ],
  [
    " Anna Berg said the offer was «late and vague».",
    " Anna Berg said the offer was «late and narrow».",
  ],
  [
    " “Nobody wants a ‘frozen’ war,” said Tomas Reyes.",
    " “Nobody wants a ‘long’ war,” said Tomas Reyes.",
  ],
];
export const STORY_NAMES = [
  "Canada",
  "Washington",
  "Moscow",
  "Kyiv",
  "Russia",
  "Ukraine",
  "Europe",
  "NATO",
  "Ottawa",
];
export const NEW_NAMES = [
  "Norway",
  "Brazil",
  "Japan",
  "Turkey",
  "Geneva",
  "Warsaw",
  "Madrid",
  "Mexico",
];
export const AUXILIARIES =
  /\b(is|are|was|were|will|must|can|should|could|would)\s(?!(?:not|no|never)\b)(?=\p{Ll})/gu;
export const NEGATIONS = /\b(not|never)\s|\b(can)not\b|\b(is|are|was|were|does|do|did)n['’]t\b/g;

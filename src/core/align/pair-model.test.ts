import { describe, expect, it } from "vitest";
import { tokenize } from "../text/tokenize.ts";
import { WordTable } from "../vectors/word-table.ts";
import { trainLogisticRegression, predictLogit } from "./logistic-regression.ts";
import { judgePair, MODEL_INPUTS, PAIR_MODEL } from "./pair-model.ts";
import { profileSentence } from "./sentence-profile.ts";
import { testVectors } from "./test-support.ts";
import { backgroundWeigher } from "./word-weights.ts";

describe("trainLogisticRegression", () => {
  it("separates a simple rule and predicts on the right side of it", () => {
    const x: Float64Array[] = [];
    const y: number[] = [];
    for (let i = 0; i < 200; i += 1) {
      const a = (i % 17) / 17;
      x.push(Float64Array.from([a, (i % 7) / 7]));
      y.push(a > 0.5 ? 1 : 0);
    }
    const model = trainLogisticRegression(x, y, ["a", "b"]);
    expect(predictLogit(model, [0.9, 0.5])).toBeGreaterThan(0);
    expect(predictLogit(model, [0.1, 0.5])).toBeLessThan(0);
    expect(Math.abs(model.weights[0]!)).toBeGreaterThan(Math.abs(model.weights[1]!));
  });
});

describe("the committed pair model", () => {
  const vectors = testVectors();
  const table = new WordTable(vectors);
  const weigh = backgroundWeigher(vectors);
  const judge = (a: string, b: string) =>
    judgePair(
      profileSentence(tokenize(a), table, weigh),
      profileSentence(tokenize(b), table, weigh),
      table,
    );

  it("matches its feature list", () => {
    expect(PAIR_MODEL.features).toEqual(MODEL_INPUTS);
    expect(PAIR_MODEL.weights).toHaveLength(MODEL_INPUTS.length);
  });

  it("calls a close rewording a paraphrase and an unrelated pair not", () => {
    expect(
      judge(
        "Amrozi accused his brother, whom he called the witness, of deliberately distorting his evidence.",
        "Referring to him as only the witness, Amrozi accused his brother of deliberately distorting his evidence.",
      ).paraphrase,
    ).toBe(true);
    expect(
      judge("Stocks fell sharply on Monday in Tokyo.", "The senator visited a school in Ohio.")
        .paraphrase,
    ).toBe(false);
  });
});

describe("symmetricAlignment", () => {
  it("equals the mean of both directions of alignWords", async () => {
    const { alignWords, symmetricAlignment } = await import("./pair-features.ts");
    const vectors = testVectors();
    const table = new WordTable(vectors);
    const weigh = backgroundWeigher(vectors);
    const a = profileSentence(
      tokenize("Canada underlined its continued backing for Ukraine."),
      table,
      weigh,
    );
    const b = profileSentence(
      tokenize("Ottawa has been one of Ukraine’s most consistent supporters."),
      table,
      weigh,
    );
    const expected = (alignWords(a, b, table).score + alignWords(b, a, table).score) / 2;
    expect(symmetricAlignment(a, b, table)).toBeCloseTo(expected, 10);
  });
});

import { describe, expect, it } from "vitest";
import { throttleProgress } from "./throttle-progress.ts";

describe("throttleProgress", () => {
  it("sends a stage's reports at most every interval, and every change of stage at once", () => {
    let time = 0;
    const sent: string[] = [];
    const report = throttleProgress(
      (fraction, stage) => sent.push(`${stage} ${fraction}`),
      50,
      () => time,
    );
    report(0.1, "segment");
    time = 10;
    report(0.15, "verbatim"); // a new stage: sent, however soon
    time = 20;
    report(0.2, "paraphrase");
    time = 40;
    report(0.3, "paraphrase"); // same stage, 20 ms on: dropped
    time = 75;
    report(0.5, "paraphrase"); // 55 ms on: sent
    time = 80;
    report(0.93, "group");
    expect(sent).toEqual([
      "segment 0.1",
      "verbatim 0.15",
      "paraphrase 0.2",
      "paraphrase 0.5",
      "group 0.93",
    ]);
  });
});

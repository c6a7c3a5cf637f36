/**
 * `npm run bench`: times the engine on the bundled story and on generated
 * stories up to 200 versions × ~1,000 words, and on two versions of 200,000
 * words without punctuation (units cut to a bounded length), each case in its own process
 * (so peak memory is its own), with all-pairs jsdiff diffWords for
 * comparison. Prints a table; copy it into docs/performance.md with the machine.
 */
import { execFileSync } from "node:child_process";
import { cpus, totalmem } from "node:os";

const CASES = [
  ["bundled"],
  ["5", "1000"],
  ["10", "1000"],
  ["20", "1000"],
  ["50", "1000"],
  ["100", "1000"],
  ["200", "1000"],
  ["unpunctuated", "200000"],
];

type Row = {
  case: string;
  versions: number;
  words: number;
  engineMs: number;
  withSuggestionsMs: number;
  stagesMs: Record<string, number>;
  peakRssMb: number;
  allPairsDiffMs: number;
  diffPairsMeasured: string;
};

console.log(
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? "CPU"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
);
console.log("");
console.log(
  "| case | words | engine (ms) | with suggestions, as the reader runs it (ms) | segment · verbatim · paraphrase · group · passages (ms) | peak RSS (MB) | all-pairs diffWords (ms) | engine / diffWords |",
);
console.log("| --- | --- | --- | --- | --- | --- | --- | --- |");
for (const args of CASES) {
  const output = execFileSync(
    process.execPath,
    ["--import", "tsx", "scripts/bench-case.ts", ...args],
    {
      encoding: "utf8",
      maxBuffer: 1 << 20,
    },
  );
  const row = JSON.parse(output.trim().split("\n").pop()!) as Row;
  const s = row.stagesMs;
  const stages = [s.segment, s.verbatim, s.paraphrase, s.group, s.passages]
    .map((v) => v ?? "–")
    .join(" · ");
  const diff = row.diffPairsMeasured.split("/");
  const estimated = diff[0] !== diff[1] ? ` (est. from ${row.diffPairsMeasured} pairs)` : "";
  console.log(
    `| ${row.case} | ${row.words.toLocaleString("en")} | ${row.engineMs} | ${row.withSuggestionsMs} | ${stages} | ${row.peakRssMb} | ${row.allPairsDiffMs.toLocaleString("en")}${estimated} | ${(row.engineMs / row.allPairsDiffMs).toFixed(3)} |`,
  );
}

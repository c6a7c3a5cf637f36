import { describe, expect, it } from "vitest";
import { decodeWordVectors, encodeWordVectors } from "./word-vectors.ts";
import { testVectors } from "../align/test-support.ts";

describe("word vectors", () => {
  it("round-trips a table through the binary format", () => {
    const rows = Float32Array.from([0.6, 0.8, 0, 1, -1, 0]);
    const table = decodeWordVectors(encodeWordVectors(["peace", "talks", "war"], rows, 2));
    expect(table.size).toBe(3);
    expect(table.indexOf("talks")).toBe(1);
    expect(table.indexOf("unknown")).toBeUndefined();
    const decoded = [0, 1, 2].flatMap((i) => [...table.row(i)]);
    expect(decoded.map((v) => Math.round(v * 100) / 100)).toEqual([0.6, 0.8, 0, 1, -1, 0]);
  });

  it("refuses a file that is not a table", () => {
    expect(() => decodeWordVectors(new Uint8Array(40))).toThrow("not a Parallax word-vector file");
  });

  it("knows that related news words are close", () => {
    const vectors = testVectors();
    const cosine = (a: string, b: string) => {
      const i = vectors.indexOf(a)!;
      const j = vectors.indexOf(b)!;
      let sum = 0;
      for (let d = 0; d < vectors.dims; d += 1) sum += vectors.row(i)[d]! * vectors.row(j)[d]!;
      return sum;
    };
    expect(cosine("backing", "support")).toBeGreaterThan(cosine("backing", "weather"));
    expect(cosine("ottawa", "canada")).toBeGreaterThan(0.5);
  });
});

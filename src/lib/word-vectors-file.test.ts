import { afterEach, describe, expect, it, vi } from "vitest";
import { encodeWordVectors } from "@/core/vectors/word-vectors.ts";
import { expectWordVectors, loadWordVectors, receiveWordVectors } from "./word-vectors-file.ts";

// A two-word table, unit rows.
const table = () =>
  encodeWordVectors(["ferry", "pier"], new Float32Array([1, 0, 0, 1]), 2).slice().buffer;

describe("word vectors handed over by the page", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("are decoded from the bytes the page sends, without a fetch of their own", async () => {
    const fetch = vi.fn();
    vi.stubGlobal("fetch", fetch);
    expectWordVectors("https://example.test/a.bin");
    const loading = loadWordVectors("https://example.test/a.bin");
    receiveWordVectors("https://example.test/a.bin", table());
    const vectors = await loading;
    expect(vectors.indexOf("pier")).toBe(1);
    expect(fetch).not.toHaveBeenCalled();
  });

  it("are fetched by the worker itself when the page's download failed", async () => {
    const fetch = vi.fn(async () => new Response(table()));
    vi.stubGlobal("fetch", fetch);
    expectWordVectors("https://example.test/b.bin");
    receiveWordVectors("https://example.test/b.bin", null);
    expect((await loadWordVectors("https://example.test/b.bin")).indexOf("ferry")).toBe(0);
    expect(fetch).toHaveBeenCalledOnce();
  });
});

import { describe, expect, it } from "vitest";
import { bundledVersions } from "@/core/align/test-support.ts";
import { packPreview, packResponse } from "./pack-messages.ts";
import { DEFAULT_ENGINE_SETTINGS, receivedComparison, toResult, withTexts } from "./protocol.ts";
import { runComparison } from "./run-comparison.ts";
import { bundledRequest } from "./test-support.ts";

describe("packResponse", () => {
  it("gives the page the same result, packed or not, the texts put back from the request", async () => {
    const request = bundledRequest({ id: 7 });
    const response = await runComparison(request);
    if (!response.ok) throw new Error(response.message);
    expect(response.passageThemes!.some((ids) => ids.length > 0)).toBe(true);
    const { message, transfer } = packResponse(response);
    expect(transfer.length).toBeGreaterThan(0);
    // What the page receives: a structured clone, the buffers moved.
    const received = structuredClone(message, { transfer });
    if (!received.ok) throw new Error("the packed response lost its result");
    // The texts stay on the page, which sent them.
    expect(received.comparison.versions.every((v) => v.text === "")).toBe(true);
    const result = toResult(received);
    expect({ ...result, comparison: withTexts(result.comparison, request.versions) }).toEqual(
      toResult(response),
    );
  });

  it("sends a failure as it is", () => {
    const failure = { id: 3, ok: false as const, message: "no versions" };
    expect(packResponse(failure)).toEqual({ message: failure, transfer: [] });
  });

  it("packs a preview's comparison, unpacked on arrival", async () => {
    const request = bundledRequest({
      versions: bundledVersions().slice(0, 3),
      settings: DEFAULT_ENGINE_SETTINGS,
    });
    const response = await runComparison(request);
    if (!response.ok) throw new Error(response.message);
    const { message, transfer } = packPreview(1, response.comparison);
    const received = structuredClone(message, { transfer });
    expect(received.kind).toBe("preview");
    expect(withTexts(receivedComparison(received.comparison), request.versions)).toEqual(
      response.comparison,
    );
    expect(receivedComparison(response.comparison)).toBe(response.comparison);
  });
});

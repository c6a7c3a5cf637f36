/**
 * The worker's side of the protocol: results, previews and details packed
 * into typed arrays for the trip to the page, with the buffers to transfer
 * (the page unpacks them: receivedComparison, receivedDetails, toResult in
 * protocol.ts). Results and previews leave out the versions' texts, which
 * the page already has (it sent them): it puts them back (withTexts). Apart, so that the packing code never loads with the page.
 */
import {
  comparisonBuffers,
  packComparison,
  packLists,
  type PackedLists,
} from "@/core/align/pack-comparison.ts";
import type { Comparison } from "@/core/align/types.ts";
import type {
  CompareDetails,
  CompareResponse,
  PackedCompareDetails,
  PackedComparePreview,
  PackedCompareResponse,
} from "./protocol.ts";

/** A response packed for sending (a failure is sent as it is), with the buffers to transfer. */
export function packResponse(response: CompareResponse): {
  message: PackedCompareResponse | (CompareResponse & { ok: false });
  transfer: ArrayBuffer[];
} {
  if (!response.ok) return { message: response, transfer: [] };
  const comparison = packComparison(withoutTexts(response.comparison));
  const passageThemes = response.passageThemes && packLists(response.passageThemes);
  const transfer = comparisonBuffers(comparison);
  if (passageThemes) for (const buffer of listBuffers(passageThemes)) transfer.push(buffer);
  return { message: { ...response, comparison, passageThemes }, transfer };
}

/** Details packed for sending, with the buffers to transfer. */
export function packDetails(details: CompareDetails): {
  message: PackedCompareDetails;
  transfer: ArrayBuffer[];
} {
  const passageThemes = packLists(details.passageThemes);
  return { message: { ...details, passageThemes }, transfer: listBuffers(passageThemes) };
}

function listBuffers(lists: PackedLists): ArrayBuffer[] {
  return [lists.of.buffer, lists.first.buffer, lists.items.buffer] as ArrayBuffer[];
}

/** A preview's comparison packed for sending, with the buffers to transfer. */
export function packPreview(
  id: number,
  comparison: Comparison,
): { message: PackedComparePreview; transfer: ArrayBuffer[] } {
  const packed = packComparison(withoutTexts(comparison));
  return {
    message: { kind: "preview", id, comparison: packed },
    transfer: comparisonBuffers(packed),
  };
}

/**
 * The comparison with its versions' texts left out: the page sent them and
 * still has them (withTexts puts them back), and a story's texts can be
 * megabytes, each copied on the page's main thread.
 */
function withoutTexts(comparison: Comparison): Comparison {
  return { ...comparison, versions: comparison.versions.map((v) => ({ ...v, text: "" })) };
}

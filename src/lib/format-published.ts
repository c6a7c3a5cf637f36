/**
 * How a version's origin reads on screen: "Wire News · 12 Mar 2024, 14:07".
 * Times are shown as given (no zone: wire copy and papers rarely state one),
 * in the reader's own locale.
 */
import type { Version } from "@/core/story-format.ts";

const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });
const dateAndTime = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

/** "2024-03-12T14:07" → "12 Mar 2024, 14:07" (or the locale's way); a bare date without a time. */
export function formatPublished(published: string): string {
  const [date, time] = published.split("T");
  const [year, month, day] = date!.split("-").map(Number);
  const [hour, minute] = (time ?? "0:0").split(":").map(Number);
  // Local time on purpose: the value has no zone, and shown back it must read as written.
  const at = new Date(year!, month! - 1, day!, hour!, minute!);
  return (time ? dateAndTime : dateOnly).format(at);
}

/** The outlet and time of a version, joined for a header line; empty when neither is known. */
export function describeOrigin(version: Pick<Version, "source" | "published">): string {
  const parts: string[] = [];
  if (version.source) parts.push(version.source);
  if (version.published) parts.push(formatPublished(version.published));
  return parts.join(" · ");
}

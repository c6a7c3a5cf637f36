import { expect, type Page } from "@playwright/test";
import { BUNDLED_STORY, BUNDLED_STORY_URL } from "./bundled-story.ts";
import { highlightsStatus } from "./highlights.ts";

// Made up: a harbour town's council story told five ways. Every version opens with the
// same long run of paragraphs, so the claims that differ sit below the first screen.
const OPENING = [
  "Kelby council meets on quay repairs",
  "The small harbour town of Kelby has argued about its old stone quay for most of the year, and the council chamber was full on Tuesday evening.",
  "Fishing crews, café owners and the lifeboat volunteers all rely on the quay, which was built more than a century ago from granite brought by rail.",
  "Engineers who inspected the structure in the spring found cracks along the seaward wall and loose blocks near the slipway used by the lifeboat.",
  "A report to the council warned that a single severe storm could wash away part of the wall and close the harbour to larger boats for months.",
  "Residents who spoke at the meeting described waves breaking over the quay last winter and water flooding the lane behind the fish market.",
  "Several councillors said the town had waited too long for help from the regional government, which has promised a coastal fund but not yet opened it.",
  "The harbour master told members that insurance for the moorings would become far more expensive if the repairs were delayed again.",
];
const SPENDING = (amount: string) =>
  `After a long debate the council agreed to spend ${amount} on urgent repairs to the old quay before the winter storms arrive in the bay.`;
const QUOTE = "We will not let the quay fall into the sea while I am mayor";

type Telling = { label: string; amount: string; quote: string | null; extra: string };
const TELLINGS: Telling[] = [
  {
    label: "Version A",
    amount: "£40,000",
    quote: `“${QUOTE},” said Mara Lind.`,
    extra: "Work on the seaward wall is due to begin next month.",
  },
  {
    label: "Version B",
    amount: "£45,000",
    quote: `“${QUOTE},” said Mara Lind.`,
    extra: "Crews will move their boats to the inner basin during the work.",
  },
  {
    label: "Version C",
    amount: "£40,000",
    quote: "“We will never let the quay fall into the sea,” said Mara Lind.",
    extra: "The café owners welcomed the decision but asked for the work to finish by Easter.",
  },
  {
    label: "Version D",
    amount: "£40,000",
    quote: `Mara Lind told the meeting that ${QUOTE.toLowerCase()}, and the chamber applauded.`,
    extra: "The lifeboat station will stay open throughout the repairs.",
  },
  {
    label: "Version E",
    amount: "£40,000",
    quote: null,
    extra: "A public meeting on the design will be held in the village hall.",
  },
];

/**
 * The made-up story, in story format 3 (Version A carries where it came
 * from); served in place of the bundled story, so it has its id.
 */
export const FACT_STORY = {
  formatVersion: 3,
  id: BUNDLED_STORY.id,
  title: "Kelby quay repairs",
  versions: TELLINGS.map((telling, i) => ({
    id: "abcde"[i]!,
    label: telling.label,
    ...(i === 0
      ? {
          source: "Harbour Wire",
          byline: "Jon Arne",
          published: "2026-10-06T18:30",
          url: "https://example.org/kelby-quay",
        }
      : {}),
    blocks: [
      { kind: "heading", text: OPENING[0]! },
      ...OPENING.slice(1).map((text) => ({ kind: "paragraph", text })),
      { kind: "paragraph", text: SPENDING(telling.amount) },
      ...(telling.quote ? [{ kind: "paragraph", text: telling.quote }] : []),
      { kind: "paragraph", text: telling.extra },
    ],
  })),
};

/** Opens the reader on the made-up story (served in place of the bundled one), once highlighted. */
export async function openFactStory(page: Page): Promise<void> {
  await page.route(BUNDLED_STORY_URL, (route) => route.fulfill({ json: FACT_STORY }));
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: FACT_STORY.title })).toBeVisible();
  await expect(highlightsStatus(page)).toBeVisible({ timeout: 30_000 });
}

/**
 * Holds the worker's fact-check message back until `releaseFacts` is called,
 * so a test can see the state before it arrives. Call before the page loads.
 */
export async function holdFacts(page: Page): Promise<{ releaseFacts: () => Promise<void> }> {
  await page.addInitScript(() => {
    const held: (() => void)[] = [];
    let released = false;
    (window as unknown as { releaseFacts: () => void }).releaseFacts = () => {
      released = true;
      for (const deliver of held.splice(0)) deliver();
    };
    const add = Worker.prototype.addEventListener;
    Worker.prototype.addEventListener = function (
      this: Worker,
      type: string,
      listener: EventListenerOrEventListenerObject,
      options?: boolean | AddEventListenerOptions,
    ) {
      if (type !== "message" || typeof listener !== "function")
        return add.call(this, type, listener, options);
      return add.call(
        this,
        type,
        (event: Event) => {
          const data = (event as MessageEvent<{ kind?: string }>).data;
          if (data?.kind === "facts" && !released) held.push(() => listener.call(this, event));
          else listener.call(this, event);
        },
        options,
      );
    } as typeof Worker.prototype.addEventListener;
  });
  return {
    releaseFacts: () =>
      page.evaluate(() => (window as unknown as { releaseFacts: () => void }).releaseFacts()),
  };
}

import { expect, type Locator } from "@playwright/test";

/**
 * The first passage of a column whose screen-reader description matches:
 * tests pick passages as a reader of the descriptions would, so they do not
 * depend on exactly which sentences the engine links.
 */
export async function passageDescribed(column: Locator, description: RegExp): Promise<Locator> {
  const buttons = column.getByRole("button");
  const descriptions = await buttons.evaluateAll((elements) =>
    elements.map((element) =>
      (element.getAttribute("aria-describedby") ?? "")
        .split(" ")
        .map((id) => document.getElementById(id)?.textContent ?? "")
        .join(" "),
    ),
  );
  const index = descriptions.findIndex((text) => description.test(text));
  expect(index, `a passage described as ${description}`).toBeGreaterThanOrEqual(0);
  return buttons.nth(index);
}

/** How a passage found in no other version is described. */
export const UNIQUE = /^not found in the other versions$/;

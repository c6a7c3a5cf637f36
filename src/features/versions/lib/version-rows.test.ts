import { describe, expect, it } from "vitest";
import { editOf, rowProblem, rowsOf } from "./version-rows.ts";

const version = {
  id: "v1",
  label: "Wire",
  source: "Wire News",
  published: "2024-03-12T14:07",
  blocks: [{ kind: "paragraph" as const, text: "Text." }],
};

describe("version rows", () => {
  it("splits the published time for the pickers and joins it back", () => {
    const [row] = rowsOf([version]);
    expect(row).toMatchObject({ date: "2024-03-12", time: "14:07", byline: "", url: "" });
    expect(editOf(row!)).toMatchObject({ published: "2024-03-12T14:07", source: "Wire News" });
    expect(editOf({ ...row!, time: "" }).published).toBe("2024-03-12");
    expect(editOf({ ...row!, date: "", time: "" }).published).toBe("");
  });

  it("names what keeps a row from being saved", () => {
    const [row] = rowsOf([version]);
    expect(rowProblem(row!)).toBeNull();
    expect(rowProblem({ ...row!, label: " " })).toBe("A version needs a label.");
    expect(rowProblem({ ...row!, date: "" })).toBe("A time needs a date.");
    expect(rowProblem({ ...row!, url: "example.org" })).toBe(
      "The address must start with http:// or https://.",
    );
    expect(rowProblem({ ...row!, label: "", removed: true })).toBeNull();
  });
});

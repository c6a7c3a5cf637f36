import { describe, expect, it } from "vitest";
import { themeSchema } from "@/core/story-format.ts";
import * as v from "valibot";
import { isOwnTheme, ownThemeFrom, parseTerms } from "./own-themes.ts";

describe("own themes", () => {
  it("reads terms separated by commas, semicolons or lines, each once", () => {
    expect(parseTerms(" port strike, dockers;\nharbour ,Port strike,, ")).toEqual([
      "port strike",
      "dockers",
      "harbour",
    ]);
  });

  it("makes a valid theme with an id of its own, and says what is missing", () => {
    const made = ownThemeFrom("Port strike!", "dockers, port strike", new Set(["own-port-strike"]));
    expect("theme" in made && made.theme).toMatchObject({
      id: "own-port-strike-2",
      label: "Port strike!",
      terms: ["dockers", "port strike"],
    });
    if (!("theme" in made)) throw new Error("expected a theme");
    expect(v.is(themeSchema, made.theme)).toBe(true);
    expect(isOwnTheme(made.theme)).toBe(true);
    expect(ownThemeFrom(" ", "dockers", new Set())).toEqual({ problem: "Give the theme a name." });
    expect(ownThemeFrom("Ports", " , ", new Set())).toEqual({
      problem: "Add at least one word or phrase.",
    });
  });

  it("keeps the id of a theme being edited", () => {
    const edited = ownThemeFrom("Docks", "quay", new Set(["own-ports"]), "own-ports");
    expect("theme" in edited && edited.theme.id).toBe("own-ports");
  });
});

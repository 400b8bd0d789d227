// reparseFilter must give exactly what parseFilter gives, while parsing only the edited clause when it can.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Filter } from "../src/index.js";
import { formatFilter, parseFilter, reparseFilter, tryParseFilter } from "../src/index.js";
import { filterArb } from "./helpers/arbitraries.js";
import { allNodes } from "./helpers/ast.js";

function attempt(run: () => Filter): { ok: true; filter: Filter } | { ok: false; message: string } {
  try {
    return { ok: true, filter: run() };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

const CHARACTERS = ["a", "Z", "1", ".", " ", '"', "\\", "(", ")", "[", "]", ":", "-", "é", "eq", "pr", " and ", " or ", "not "];

/** A filter's text and an edit of it, mostly inside one of its attribute expressions. */
const edited = fc
  .tuple(filterArb, fc.constantFrom(undefined, "  "), fc.nat(), fc.nat(), fc.nat({ max: 3 }), fc.array(fc.constantFrom(...CHARACTERS), { maxLength: 3 }), fc.boolean())
  .map(([filter, indent, pick, offset, remove, inserted, anywhere]) => {
    const text = formatFilter(filter, indent === undefined ? {} : { indent });
    const leaves = allNodes(parseFilter(text)).map(({ node }) => node).filter((node) => node.type === "compare" || node.type === "present");
    const leaf = leaves[pick % leaves.length] as Filter;
    const at = anywhere ? offset % (text.length + 1) : leaf.span.start + (offset % (leaf.span.end - leaf.span.start + 1));
    const next = text.slice(0, at) + inserted.join("") + text.slice(Math.min(text.length, at + remove));
    return { text, next };
  });

describe("reparseFilter", () => {
  it("gives what parseFilter gives for any edit, errors included", () => {
    fc.assert(
      fc.property(edited, ({ text, next }) => {
        const previous = { text, filter: parseFilter(text) };
        expect(attempt(() => reparseFilter(previous, next))).toEqual(attempt(() => parseFilter(next)));
      }),
      { numRuns: 1500 },
    );
  });

  it("reuses every clause before the edit and parses only the edited one", () => {
    const text = 'userName eq "a" and (title pr or emails[type eq "work"]) and displayName sw "B"';
    const previous = { text, filter: parseFilter(text) };
    const next = text.replace('"work"', '"home office"');
    const filter = reparseFilter(previous, next);
    expect(filter).toEqual(parseFilter(next));
    if (filter.type !== "and" || previous.filter.type !== "and") throw new Error("expected and");
    expect(filter.filters[0]).toBe(previous.filter.filters[0]);
    // The clause after the edit keeps its text and moves by the length of the change.
    const moved = previous.filter.filters[2]?.span;
    expect(filter.filters[2]?.span).toEqual({ start: (moved?.start ?? 0) + 7, end: (moved?.end ?? 0) + 7 });
  });

  it("gives whitespace typed at either end of a clause to the text around it", () => {
    const text = 'a pr and (b eq "x")';
    const previous = { text, filter: parseFilter(text) };
    for (const next of [`${text} `, 'a pr  and (b eq "x")', 'a pr and ( b eq "x")', 'a pr and (b eq "x" )']) {
      expect(reparseFilter(previous, next)).toEqual(parseFilter(next));
    }
  });

  it("parses the whole text when the edit is not inside one clause", () => {
    const text = "a pr and b pr";
    const result = tryParseFilter("a pr or b pr");
    expect(result.ok && reparseFilter({ text, filter: parseFilter(text) }, "a pr or b pr")).toEqual(result.ok && result.filter);
    expect(() => reparseFilter({ text, filter: parseFilter(text) }, "a pr and b")).toThrow(/Expected an operator/);
  });
});

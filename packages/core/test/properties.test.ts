// Property-based tests: formatting round-trips, the parser never crashes, encoding is reversible, and
// spans point at the text each node came from.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Filter } from "../src/index.js";
import { encodeFilter, FilterSyntaxError, formatFilter, formatFilterWithSpans, parseFilter } from "../src/index.js";
import { allNodes, stripSpans } from "./helpers/ast.js";
import { filterArb, filterishTextArb } from "./helpers/arbitraries.js";
import { noisyText } from "./helpers/noisy.js";

const RUNS = { numRuns: 300 };

/** Line and column of `offset`, counted independently of src/parse/position.ts. */
function expectedPosition(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: (before[before.length - 1] ?? "").length + 1 };
}

/** Parses `text` and returns the error, or null when it parses; anything thrown but a FilterSyntaxError fails. */
function parseOrError(text: string): { filter: Filter; error: null } | { filter: null; error: FilterSyntaxError } {
  try {
    return { filter: parseFilter(text), error: null };
  } catch (error) {
    if (error instanceof FilterSyntaxError) return { filter: null, error };
    throw error;
  }
}

function checkError(text: string, error: FilterSyntaxError): void {
  expect(error.offset).toBeGreaterThanOrEqual(0);
  expect(error.offset).toBeLessThanOrEqual(text.length);
  expect(Number.isInteger(error.offset)).toBe(true);
  const { line, column } = expectedPosition(text, error.offset);
  expect({ line: error.line, column: error.column }).toEqual({ line, column });
  expect(error.message).toContain(`at line ${line}, column ${column}`);
  if (error.found === null) {
    expect(error.offset).toBe(text.length);
  } else {
    expect(error.found.length).toBeGreaterThan(0);
    const found = error.found.endsWith("…") ? error.found.slice(0, -1) : error.found;
    expect(text.startsWith(found, error.offset)).toBe(true);
  }
  for (const item of error.expected) expect(typeof item).toBe("string");
}

/** Checks every span in the tree against the text and against its parent and siblings. */
function checkSpans(text: string, root: Filter): void {
  for (const { node, parent } of allNodes(root)) {
    const { start, end } = node.span;
    expect(0 <= start && start < end && end <= text.length).toBe(true);
    // No node starts or ends on whitespace: a span is exactly the node's text.
    expect(/^\s|\s$/.test(text.slice(start, end))).toBe(false);
    if (parent !== null) {
      expect(parent.span.start <= start && end <= parent.span.end).toBe(true);
    }
    if (node.type === "and" || node.type === "or") {
      for (let i = 1; i < node.filters.length; i++) {
        expect((node.filters[i - 1]?.span.end ?? Infinity) <= (node.filters[i]?.span.start ?? -Infinity)).toBe(true);
      }
    }
    // The text under a span is a filter on its own, and it is this node.
    expect(stripSpans(parseFilter(text.slice(start, end)))).toEqual(stripSpans(node));
  }
}

describe("formatting round-trips", () => {
  it("parses the formatted text of any AST back to that AST", () => {
    fc.assert(
      fc.property(filterArb, (filter) => {
        const text = formatFilter(filter);
        expect(stripSpans(parseFilter(text))).toStrictEqual(stripSpans(filter));
      }),
      RUNS,
    );
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(filterArb, (filter) => {
        const text = formatFilter(filter);
        expect(formatFilter(parseFilter(text))).toBe(text);
        expect(formatFilter(text)).toBe(text);
      }),
      RUNS,
    );
  });

  it("parses indented text back to the same AST", () => {
    fc.assert(
      fc.property(filterArb, fc.constantFrom("  ", "\t", "    "), (filter, indent) => {
        const text = formatFilter(filter, { indent });
        expect(stripSpans(parseFilter(text))).toStrictEqual(stripSpans(filter));
        expect(formatFilter(text)).toBe(formatFilter(filter));
      }),
      RUNS,
    );
  });

  it("formatFilterWithSpans gives the text and exactly the AST parseFilter reads from it, spans included", () => {
    fc.assert(
      fc.property(filterArb, fc.constantFrom(undefined, "  ", "\t"), (filter, indent) => {
        const options = indent === undefined ? {} : { indent };
        const { text, filter: spanned } = formatFilterWithSpans(filter, options);
        expect(text).toBe(formatFilter(filter, options));
        expect(spanned).toEqual(parseFilter(text));
      }),
      RUNS,
    );
  });

  it("keeps -0 and every finite double exactly", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const filter = parseFilter(formatFilter({ type: "compare", attribute: { path: "a", name: "a" }, operator: "eq", value, span: { start: 0, end: 0 } }));
        expect(filter.type === "compare" && Object.is(filter.value, value)).toBe(true);
      }),
      RUNS,
    );
  });

  it("parses text written with random spacing, case, escapes and redundant parentheses to the same AST", () => {
    fc.assert(
      fc.property(filterArb, fc.integer(), (filter, seed) => {
        const text = noisyText(filter, seed);
        expect(stripSpans(parseFilter(text))).toStrictEqual(stripSpans(filter));
      }),
      RUNS,
    );
  });
});

describe("the parser on arbitrary text", () => {
  const check = (text: string) => {
    const result = parseOrError(text);
    if (result.error !== null) {
      checkError(text, result.error);
    } else {
      // Whatever parses survives formatting.
      expect(stripSpans(parseFilter(formatFilter(result.filter)))).toEqual(stripSpans(result.filter));
    }
  };

  it("throws only FilterSyntaxError, at a consistent position, for any string", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 60 }), check), RUNS);
  });

  it("throws only FilterSyntaxError, at a consistent position, for filter-like text", () => {
    fc.assert(fc.property(filterishTextArb, check), { numRuns: 2_000 });
  });

  it("reports a consistent position for a broken copy of a valid filter", () => {
    fc.assert(
      fc.property(filterArb, fc.integer(), fc.nat(), fc.nat({ max: 3 }), fc.string({ unit: "binary", maxLength: 3 }), (filter, seed, at, remove, insert) => {
        const text = noisyText(filter, seed);
        const position = at % (text.length + 1);
        check(text.slice(0, position) + insert + text.slice(position + remove));
      }),
      RUNS,
    );
  });
});

describe("encodeFilter", () => {
  const unreserved = /^[A-Za-z0-9\-_.!~*'()%]*$/;

  it.each<[string, fc.Arbitrary<string>]>([
    ["grapheme", fc.string({ unit: "grapheme" })],
    ["binary", fc.string({ unit: "binary" })],
  ])("decodes back to any well-formed %s string and uses only URL-safe characters", (_label, strings) => {
    fc.assert(
      fc.property(strings, (text) => {
        const encoded = encodeFilter(text);
        expect(encoded).toMatch(unreserved);
        expect(decodeURIComponent(encoded)).toBe(text);
      }),
      RUNS,
    );
  });

  it("encodes any AST as its canonical text", () => {
    fc.assert(
      fc.property(filterArb, (filter) => {
        const encoded = encodeFilter(filter);
        expect(encoded).toMatch(unreserved);
        expect(decodeURIComponent(encoded)).toBe(formatFilter(filter));
      }),
      RUNS,
    );
  });

  it("rejects text with an unpaired surrogate anywhere", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme-ascii" }),
        fc.integer({ min: 0xd800, max: 0xdfff }),
        fc.string({ unit: "grapheme-ascii" }),
        (before, surrogate, after) => {
          expect(() => encodeFilter(before + String.fromCharCode(surrogate) + after)).toThrow(TypeError);
        },
      ),
      RUNS,
    );
  });
});

describe("spans", () => {
  it("cover each node's own text in canonical, indented and noisy text", () => {
    fc.assert(
      fc.property(filterArb, fc.integer(), (filter, seed) => {
        for (const text of [formatFilter(filter), formatFilter(filter, { indent: "  " })]) {
          const parsed = parseFilter(text);
          expect(parsed.span).toEqual({ start: 0, end: text.length });
          checkSpans(text, parsed);
        }
        const noisy = noisyText(filter, seed);
        checkSpans(noisy, parseFilter(noisy));
      }),
      { numRuns: 200 },
    );
  });
});

// Input built to exhaust the stack, the heap or the clock: it must fail with a FilterSyntaxError, fast.
import { describe, expect, it } from "vitest";
import type { Filter } from "../src/index.js";
import { encodeFilter, FilterSyntaxError, formatFilter, MAX_NESTING_DEPTH, parseFilter, tryParseFilter } from "../src/index.js";
import { stripSpans } from "./helpers/ast.js";

const MB = 1024 * 1024;
const NESTING_MESSAGE = `Parentheses are nested more than ${MAX_NESTING_DEPTH} levels deep; flatten the filter`;

function syntaxErrorOf(text: string): FilterSyntaxError {
  try {
    parseFilter(text);
  } catch (error) {
    if (error instanceof FilterSyntaxError) return error;
    throw new Error(`expected a FilterSyntaxError, got ${String(error)}`);
  }
  throw new Error("expected the filter not to parse");
}

describe("deep nesting", () => {
  it("allows 200 levels", () => {
    expect(MAX_NESTING_DEPTH).toBe(200);
  });

  it.each<[string, string, number]>([
    ["parentheses", `${"(".repeat(10_000)}a pr${")".repeat(10_000)}`, MAX_NESTING_DEPTH],
    ["not (", `${"not (".repeat(10_000)}a pr${")".repeat(10_000)}`, MAX_NESTING_DEPTH * 5 + 4],
    ["brackets", `${"a[".repeat(10_000)}b pr${"]".repeat(10_000)}`, MAX_NESTING_DEPTH * 2 + 1],
    ["unclosed parentheses", "(".repeat(10_000), MAX_NESTING_DEPTH],
    ["mixed", `${"(a pr and [".repeat(5_000)}`, 100 * 11],
  ])("rejects 10,000 levels of %s with a FilterSyntaxError at level 201", (_label, text, offset) => {
    const error = syntaxErrorOf(text);
    expect(error.offset).toBe(offset);
    expect(error.line).toBe(1);
    expect(error.column).toBe(offset + 1);
    expect(error.message).toBe(`${NESTING_MESSAGE} at line 1, column ${offset + 1}`);
    expect(error.expected).toEqual([]);
  });

  it("parses exactly 200 levels of parentheses", () => {
    const text = `${"(".repeat(MAX_NESTING_DEPTH)}a pr${")".repeat(MAX_NESTING_DEPTH)}`;
    expect(parseFilter(text)).toEqual({
      type: "present",
      attribute: { path: "a", name: "a" },
      span: { start: MAX_NESTING_DEPTH, end: MAX_NESTING_DEPTH + 4 },
    });
  });

  it("parses and formats 200 nested nots", () => {
    const text = `${"not (".repeat(MAX_NESTING_DEPTH)}a pr${")".repeat(MAX_NESTING_DEPTH)}`;
    let node: Filter = parseFilter(text);
    for (let level = 0; level < MAX_NESTING_DEPTH; level++) {
      if (node.type !== "not") throw new Error(`level ${level} is a ${node.type} node`);
      expect(node.span).toEqual({ start: level * 5, end: text.length - level });
      node = node.filter;
    }
    expect(node.type).toBe("present");
    expect(formatFilter(text)).toBe(text);
  });

  it("parses, formats and re-parses 200 levels of alternating and/or groups", () => {
    let text = "a pr";
    for (let level = 0; level < MAX_NESTING_DEPTH; level++) {
      text = level % 2 === 0 ? `(${text} or b pr) and c pr` : `(${text} and b pr) or c pr`;
    }
    const filter = parseFilter(text);
    const canonical = formatFilter(filter);
    expect(stripSpans(parseFilter(canonical))).toEqual(stripSpans(filter));
    expect(stripSpans(parseFilter(formatFilter(filter, { indent: "  " })))).toEqual(stripSpans(filter));
  });

  it("counts a value path's bracket as a level", () => {
    const wrap = (levels: number) => `${"(".repeat(levels)}emails[type pr]${")".repeat(levels)}`;
    expect(parseFilter(wrap(MAX_NESTING_DEPTH - 1)).type).toBe("valuePath");
    expect(syntaxErrorOf(wrap(MAX_NESTING_DEPTH)).offset).toBe(MAX_NESTING_DEPTH + 6);
  });

  it("does not count parentheses inside strings", () => {
    const value = `\\"${"((((([".repeat(2_000)}`;
    const filter = parseFilter(`a eq "${value}" and b pr`);
    expect(filter.type).toBe("and");
    expect(filter.type === "and" && filter.filters[0]?.type === "compare" && filter.filters[0].value).toBe(`"${"((((([".repeat(2_000)}`);
  });
});

describe("large input", () => {
  it("parses a 1 MB string value and round-trips it", () => {
    const value = "x".repeat(MB - 3) + "é\n\"";
    const text = `description eq ${JSON.stringify(value)}`;
    const filter = parseFilter(text);
    expect(filter).toMatchObject({ type: "compare", value, span: { start: 0, end: text.length } });
    expect(formatFilter(filter)).toBe(text);
    expect(decodeURIComponent(encodeFilter(filter))).toBe(text);
  });

  it.each<[string, string]>([
    ["punctuation", "!".repeat(MB)],
    ["one long attribute name", "a".repeat(MB)],
    ["an unterminated string", `a eq "${"x".repeat(MB)}`],
    ["a long valid prefix", `${"a pr and ".repeat(MB / 8)}!`],
    ["spaces", " ".repeat(MB)],
    ["pseudo-random filter characters", Array.from({ length: MB }, (_, i) => 'a("[]) \\x!'.charAt((i * 7919) % 10)).join("")],
  ])("rejects 1 MB of %s with a short message (speed is measured in pnpm bench, not here)", (_label, text) => {
    const result = tryParseFilter(text);
    expect(result.ok).toBe(false);
    const error = result.ok ? undefined : result.error;
    expect(error).toBeInstanceOf(FilterSyntaxError);
    expect(error?.message.length).toBeLessThan(300);
  });

  it("parses a chain of 10,000 clauses into one node and formats it", () => {
    const clauses = Array.from({ length: 10_000 }, (_, i) => `a${i} pr`);
    const text = clauses.join(" and ");
    const filter = parseFilter(text);
    expect(filter.type).toBe("and");
    if (filter.type !== "and") return;
    expect(filter.filters).toHaveLength(10_000);
    expect(filter.filters[9_999]).toEqual({
      type: "present",
      attribute: { path: "a9999", name: "a9999" },
      span: { start: text.length - 8, end: text.length },
    });
    expect(formatFilter(filter)).toBe(text);
    expect(formatFilter(filter, { indent: "  " })).toBe(clauses.join("\nand "));
    expect(encodeFilter(filter)).toBe(encodeURIComponent(text));
  });

  it("parses 10,000 or-ed groups of and-ed clauses", () => {
    const text = Array.from({ length: 10_000 }, (_, i) => `a${i} pr and not (b${i} pr)`).join(" or ");
    const filter = parseFilter(text);
    expect(filter.type === "or" && filter.filters.length).toBe(10_000);
    expect(formatFilter(filter)).toBe(text);
  });
});

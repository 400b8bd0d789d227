import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { segmentText } from "./text-segments.js";

const at = (start: number, end: number, name = `${start}:${end}`) => ({ name, span: { start, end } });

/** Each run as "text" (plain) or "[text]name" (marked). */
function runs(text: string, marks: readonly ReturnType<typeof at>[]): string[] {
  return segmentText(text, marks).map((segment) => (segment.mark === null ? segment.text : `[${segment.text}]${segment.mark.name}`));
}

describe("segmentText", () => {
  it("cuts the text around the marks, in text order", () => {
    expect(runs("a eq 1 or b pr", [at(10, 14, "b"), at(0, 6, "a")])).toEqual(["[a eq 1]a", " or ", "[b pr]b"]);
  });

  it("marks spans at both ends without empty plain runs", () => {
    expect(runs("abcdef", [at(0, 2), at(4, 6)])).toEqual(["[ab]0:2", "cd", "[ef]4:6"]);
    expect(runs("abc", [at(0, 3)])).toEqual(["[abc]0:3"]);
  });

  it("keeps the offset of every run", () => {
    expect(segmentText("abcdef", [at(2, 4)]).map((segment) => segment.start)).toEqual([0, 2, 4]);
  });

  it("drops a span nested in another, whichever comes first", () => {
    expect(runs("abcdefgh", [at(1, 7, "outer"), at(2, 4, "inner")])).toEqual(["a", "[bcdefg]outer", "h"]);
    expect(runs("abcdefgh", [at(2, 4, "inner"), at(1, 7, "outer")])).toEqual(["a", "[bcdefg]outer", "h"]);
    // Same start: the longer span is the outer one.
    expect(runs("abcdefgh", [at(1, 3, "inner"), at(1, 7, "outer")])).toEqual(["a", "[bcdefg]outer", "h"]);
  });

  it("keeps only the rest of a span overlapping an earlier one", () => {
    expect(runs("abcdefgh", [at(4, 8, "second"), at(0, 6, "first")])).toEqual(["[abcdef]first", "[gh]second"]);
  });

  it("drops empty spans and clamps spans to the text", () => {
    expect(runs("abc", [at(0, 0, "implicit"), at(2, 2)])).toEqual(["abc"]);
    expect(runs("abc", [at(-2, 1, "low"), at(2, 10, "high")])).toEqual(["[a]low", "b", "[c]high"]);
    expect(runs("abc", [at(5, 9)])).toEqual(["abc"]);
  });

  it("leaves a text without marks in one plain run, and an empty text without runs", () => {
    expect(runs("userName pr", [])).toEqual(["userName pr"]);
    expect(runs("", [])).toEqual([]);
    expect(runs("", [at(0, 3)])).toEqual([]);
  });

  it("always rebuilds the text from non-empty runs, each mark at most once", () => {
    const span = fc.tuple(fc.integer({ min: -3, max: 25 }), fc.integer({ min: -3, max: 25 })).map(([start, end]) => at(start, end));
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.array(span, { maxLength: 6 }), (text, marks) => {
        const segments = segmentText(text, marks);
        expect(segments.map((segment) => segment.text).join("")).toBe(text);
        expect(segments.every((segment) => segment.text !== "" && text.startsWith(segment.text, segment.start))).toBe(true);
        const marked = segments.flatMap((segment) => (segment.mark === null ? [] : [segment.mark]));
        expect(new Set(marked).size).toBe(marked.length);
      }),
    );
  });
});

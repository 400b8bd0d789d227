// Syntax errors: where they point, what they say was expected and found, and how they read.
import { describe, expect, it } from "vitest";
import { codeFrame, FilterSyntaxError, lineColumn, parseFilter, tryParseFilter } from "../src/index.js";

const OPERATOR = "an operator (eq, ne, co, sw, ew, gt, lt, ge, le, pr)";
const VALUE = 'a value (a "quoted string", a number, true, false or null)';
const TERM = ["an attribute name", '"not"', '"("'];
const AFTER_TERM = ['"and"', '"or"', "the end of the filter"];

interface ExpectedError {
  message: string;
  offset: number;
  line: number;
  column: number;
  expected: string[];
  found: string | null;
}

function errorOf(text: string): FilterSyntaxError {
  const result = tryParseFilter(text);
  if (result.ok) throw new Error(`expected ${JSON.stringify(text)} not to parse`);
  return result.error;
}

function expectError(text: string, expected: ExpectedError): void {
  const error = errorOf(text);
  expect(error).toBeInstanceOf(FilterSyntaxError);
  expect(error.toJSON()).toEqual(expected);
  // parseFilter throws the same error.
  expect(() => parseFilter(text)).toThrow(expected.message);
}

describe("error positions and messages", () => {
  it("names the unknown operator", () => {
    expectError('userName foo "x"', {
      message: `Expected ${OPERATOR} after "userName" at line 1, column 10, but found "foo"`,
      offset: 9,
      line: 1,
      column: 10,
      expected: [OPERATOR],
      found: "foo",
    });
    expectError('userName = "x"', {
      message: `Expected ${OPERATOR} after "userName" at line 1, column 10, but found "="`,
      offset: 9,
      line: 1,
      column: 10,
      expected: [OPERATOR],
      found: "=",
    });
  });

  it("reports input after a complete filter", () => {
    expectError('userName eq "bjensen" extra', {
      message: `Expected "and", "or" or the end of the filter after "bjensen" at line 1, column 23, but found "extra"`,
      offset: 22,
      line: 1,
      column: 23,
      expected: AFTER_TERM,
      found: "extra",
    });
    expectError("a pr)", {
      message: `Expected "and", "or" or the end of the filter after "pr" at line 1, column 5, but found ")"`,
      offset: 4,
      line: 1,
      column: 5,
      expected: AFTER_TERM,
      found: ")",
    });
    expectError('a pr "x"', {
      message: `Expected "and", "or" or the end of the filter after "pr" at line 1, column 6, but found "x"`,
      offset: 5,
      line: 1,
      column: 6,
      expected: AFTER_TERM,
      found: '"x"',
    });
  });

  it("hints at quotes for a bare word value", () => {
    expectError("userName eq bjensen", {
      message: `Expected ${VALUE} after "eq" at line 1, column 13, but found "bjensen" (strings need double quotes: "bjensen")`,
      offset: 12,
      line: 1,
      column: 13,
      expected: [VALUE],
      found: "bjensen",
    });
    expect(errorOf("a eq truex").message).toContain('(strings need double quotes: "truex")');
  });

  it("gives no quoting hint for a malformed number", () => {
    expect(errorOf("a eq 01").message).not.toContain("double quotes");
  });

  it("reports a missing value at the end", () => {
    expectError("userName eq", {
      message: `Expected ${VALUE} after "eq" at line 1, column 12, but found the end of the filter`,
      offset: 11,
      line: 1,
      column: 12,
      expected: [VALUE],
      found: null,
    });
  });

  it("reports an unterminated string at the end of the filter", () => {
    expectError('userName eq "abc', {
      message: 'Unterminated string: expected a closing " before the end of the filter at line 1, column 17',
      offset: 16,
      line: 1,
      column: 17,
      expected: [],
      found: null,
    });
    expectError('a eq "x\\', {
      message: "Unterminated string: the filter ends after a backslash at line 1, column 9",
      offset: 8,
      line: 1,
      column: 9,
      expected: [],
      found: null,
    });
  });

  it("reports an invalid escape at the character after the backslash", () => {
    const escapes = String.raw`use \", \\, \/, \b, \f, \n, \r, \t or \uXXXX`;
    expectError(String.raw`x eq "\q"`, {
      message: String.raw`"\q" is not a valid escape in a string: ` + `${escapes} at line 1, column 8`,
      offset: 7,
      line: 1,
      column: 8,
      expected: [],
      found: "q",
    });
    // The usual mistake for O'Malley.
    expect(errorOf(String.raw`name eq "O\'Malley"`)).toMatchObject({ offset: 11, message: expect.stringContaining(String.raw`"\'" is not a valid escape`) as string });
    // \u needs four hex digits.
    expect(errorOf(String.raw`x eq "\u12"`)).toMatchObject({ offset: 7, found: "u12" });
    expect(errorOf(String.raw`x eq "\uZZZZ"`)).toMatchObject({ offset: 7, found: "uZZZZ" });
    expect(errorOf(String.raw`x eq "\x41"`)).toMatchObject({ offset: 7, found: "x41" });
  });

  it.each<[string, string]>([
    ["\t", "0009"],
    ["\n", "000A"],
    ["\r", "000D"],
    ["\u0000", "0000"],
    ["\u001f", "001F"],
  ])("rejects the raw control character %j inside a string", (char, code) => {
    expectError(`a eq "x${char}y"`, {
      message: `Control character U+${code} must be escaped inside a string (for example \\n, \\t or \\u${code}) at line 1, column 8`,
      offset: 7,
      line: 1,
      column: 8,
      expected: [],
      found: char,
    });
  });

  it("reports a missing closing parenthesis", () => {
    expectError("(a pr", {
      message: 'Expected "and", "or" or ")" after "pr" at line 1, column 6, but found the end of the filter',
      offset: 5,
      line: 1,
      column: 6,
      expected: ['"and"', '"or"', '")"'],
      found: null,
    });
    expectError("not (a pr and b pr", {
      message: 'Expected "and", "or" or ")" after "pr" at line 1, column 19, but found the end of the filter',
      offset: 18,
      line: 1,
      column: 19,
      expected: ['"and"', '"or"', '")"'],
      found: null,
    });
  });

  it("reports a missing closing bracket", () => {
    expectError('emails[type eq "work"', {
      message: 'Expected "and", "or" or "]" after "work" at line 1, column 22, but found the end of the filter',
      offset: 21,
      line: 1,
      column: 22,
      expected: ['"and"', '"or"', '"]"'],
      found: null,
    });
    expectError('emails[type eq "work") ', {
      message: 'Expected "and", "or" or "]" after "work" at line 1, column 22, but found ")"',
      offset: 21,
      line: 1,
      column: 22,
      expected: ['"and"', '"or"', '"]"'],
      found: ")",
    });
  });

  it("requires parentheses after not", () => {
    expectError("not a pr", {
      message: 'Expected "(" after "not" at line 1, column 5, but found "a"',
      offset: 4,
      line: 1,
      column: 5,
      expected: ['"("'],
      found: "a",
    });
    expectError("a pr and NOT emails pr", {
      message: 'Expected "(" after "NOT" at line 1, column 14, but found "emails"',
      offset: 13,
      line: 1,
      column: 14,
      expected: ['"("'],
      found: "emails",
    });
  });

  it("reports empty and blank input", () => {
    expectError("", {
      message: 'Expected an attribute name, "not" or "(" at line 1, column 1, but found the end of the filter',
      offset: 0,
      line: 1,
      column: 1,
      expected: TERM,
      found: null,
    });
    expectError("  \n ", {
      message: 'Expected an attribute name, "not" or "(" at line 2, column 2, but found the end of the filter',
      offset: 4,
      line: 2,
      column: 2,
      expected: TERM,
      found: null,
    });
  });

  it("reports a dangling logical operator", () => {
    expectError("a pr and", {
      message: 'Expected an attribute name, "not" or "(" after "and" at line 1, column 9, but found the end of the filter',
      offset: 8,
      line: 1,
      column: 9,
      expected: TERM,
      found: null,
    });
    expectError("a pr or )", {
      message: 'Expected an attribute name, "not" or "(" after "or" at line 1, column 9, but found ")"',
      offset: 8,
      line: 1,
      column: 9,
      expected: TERM,
      found: ")",
    });
  });

  it("forbids a value path inside a value path", () => {
    const message =
      "A value path cannot contain another value path: only attribute expressions, and, or and not are allowed inside the brackets";
    expectError("emails[sub[value pr]]", {
      message: `${message} at line 1, column 12`,
      offset: 11,
      line: 1,
      column: 12,
      expected: [],
      found: "value",
    });
    expect(errorOf('emails[type eq "work" and not (x[y pr])]').message).toContain(message);
    expect(errorOf('emails[(type eq "work" or x[y pr])]').message).toContain(message);
  });

  it.each<[string, number, string]>([
    ["a eq 01", 5, "01"],
    ["a eq 1.", 5, "1."],
    ["a eq .5", 5, ".5"],
    ["a eq +1", 5, "+"],
    ["a eq -", 5, "-"],
    ["a eq 1e", 5, "1e"],
    ["a eq 1.5.3", 5, "1.5.3"],
    ["a eq 0x1F", 5, "0x1F"],
    ["a eq 12abc", 5, "12abc"],
  ])("rejects the malformed number in %j", (text, offset, found) => {
    expect(errorOf(text)).toMatchObject({ offset, line: 1, column: offset + 1, expected: [VALUE], found });
  });

  it("rejects numbers beyond the double range", () => {
    expectError("a eq 1e999", {
      message: "The number 1e999 is too large to represent at line 1, column 6",
      offset: 5,
      line: 1,
      column: 6,
      expected: [],
      found: "1e999",
    });
    expect(errorOf("a eq -1e400").message).toBe("The number -1e400 is too large to represent at line 1, column 6");
  });

  it("counts lines and columns in multi-line input", () => {
    expectError("a pr and\nb foo 1", {
      message: `Expected ${OPERATOR} after "b" at line 2, column 3, but found "foo"`,
      offset: 11,
      line: 2,
      column: 3,
      expected: [OPERATOR],
      found: "foo",
    });
    // CRLF: the \r belongs to line 1.
    expect(errorOf("a pr and\r\n  b foo 1")).toMatchObject({ offset: 14, line: 2, column: 5, found: "foo" });
    expect(errorOf('a pr\n\nand (\n  b eq "x"\n  c pr)')).toMatchObject({ offset: 25, line: 5, column: 3, found: "c" });
  });

  it.each<[string, number, string[], string | null]>([
    ["a. pr", 2, ["an attribute name"], " "],
    ["a.b.c pr", 3, [OPERATOR], ".c"],
    ["1a pr", 0, TERM, "1a"],
    ["urn:x pr", 3, [OPERATOR], ":x"],
    ["userNamepr", 10, [OPERATOR], null],
    ["a eq1", 2, [OPERATOR], "eq1"],
    ["emails [type pr]", 7, [OPERATOR], "["],
    ["a[]", 2, TERM, "]"],
    ["()", 1, TERM, ")"],
    ["a pr 😀", 5, AFTER_TERM, "😀"],
  ])("reports %j at offset %i", (text, offset, expected, found) => {
    expect(errorOf(text)).toMatchObject({ offset, line: 1, column: offset + 1, expected, found });
  });

  it("does not split a keyword glued to the next word", () => {
    expect(errorOf("a pr andb pr")).toMatchObject({ offset: 5, line: 1, column: 6, found: "andb" });
    expect(errorOf("a pr orb pr")).toMatchObject({ offset: 5, found: "orb" });
  });

  it("escapes a lone or unterminated quote it found", () => {
    expect(errorOf('a pr "').message).toBe('Expected "and", "or" or the end of the filter after "pr" at line 1, column 6, but found "\\""');
    expect(errorOf('a pr "abc').message).toBe('Expected "and", "or" or the end of the filter after "pr" at line 1, column 6, but found "\\"abc"');
  });

  it("quotes a whitespace character it found as JSON", () => {
    expect(errorOf("a pr\u000band b pr").message).toBe('Expected "and", "or" or the end of the filter after "pr" at line 1, column 5, but found "\\u000b"');
  });

  it("shortens long tokens in messages", () => {
    const name = "a".repeat(100);
    const error = errorOf(`${name} ${name}`);
    expect(error.found).toBe(`${"a".repeat(39)}…`);
    expect(error.message).toBe(`Expected ${OPERATOR} after "…${"a".repeat(39)}" at line 1, column 102, but found "${"a".repeat(39)}…"`);
  });
});

describe("tryParseFilter", () => {
  it("returns the filter on success", () => {
    expect(tryParseFilter("title pr")).toEqual({
      ok: true,
      filter: { type: "present", attribute: { path: "title", name: "title" }, span: { start: 0, end: 8 } },
    });
  });

  it("returns the error on failure", () => {
    const result = tryParseFilter("title");
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toBeInstanceOf(FilterSyntaxError);
      expect(result.error.offset).toBe(5);
    }
  });

  it("still throws for input that is not a string", () => {
    expect(() => tryParseFilter(42 as unknown as string)).toThrow(new TypeError("parseFilter expects the filter text as a string, got number"));
    expect(() => parseFilter(null as unknown as string)).toThrow(new TypeError("parseFilter expects the filter text as a string, got null"));
  });
});

describe("FilterSyntaxError", () => {
  const error = errorOf('userName foo "x"');

  it("is an Error with its own name", () => {
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("FilterSyntaxError");
    expect(String(error)).toBe(`FilterSyntaxError: ${error.message}`);
    expect(error.stack).toContain("FilterSyntaxError");
  });

  it("serializes its details to JSON", () => {
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      message: `Expected ${OPERATOR} after "userName" at line 1, column 10, but found "foo"`,
      offset: 9,
      line: 1,
      column: 10,
      expected: [OPERATOR],
      found: "foo",
    });
  });
});

describe("codeFrame and lineColumn", () => {
  it("puts a caret under the error", () => {
    const text = 'userName foo "x"';
    expect(codeFrame(text, errorOf(text).offset)).toBe('userName foo "x"\n         ^');
  });

  it("shows only the error's line", () => {
    const text = "a pr and\nb foo 1\nor c pr";
    expect(codeFrame(text, errorOf(text).offset)).toBe("b foo 1\n  ^");
    expect(codeFrame("a foo\nb pr", 2)).toBe("a foo\n  ^");
  });

  it("keeps tabs so the caret lines up", () => {
    expect(codeFrame("a\teq\tfoo", 5)).toBe("a\teq\tfoo\n \t  \t^");
  });

  it("points past the end of the text", () => {
    expect(codeFrame("a pr and", 8)).toBe("a pr and\n        ^");
  });

  it("computes 1-based lines and columns in UTF-16 code units", () => {
    expect(lineColumn("ab\ncd", 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn("ab\ncd", 2)).toEqual({ line: 1, column: 3 });
    expect(lineColumn("ab\ncd", 3)).toEqual({ line: 2, column: 1 });
    expect(lineColumn("😀\n\nx", 4)).toEqual({ line: 3, column: 1 });
    expect(lineColumn("😀x", 2)).toEqual({ line: 1, column: 3 });
  });
});

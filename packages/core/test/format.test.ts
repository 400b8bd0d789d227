// formatFilter: canonical text, minimal parentheses, the indent option, and validation of hand-built ASTs.
import { describe, expect, it } from "vitest";
import type { AttributePath, Filter, FilterValue } from "../src/index.js";
import { FilterSyntaxError, formatFilter, formatValue, parseFilter } from "../src/index.js";
import { NO_SPAN, plain, stripSpans } from "./helpers/ast.js";

function compareNode(value: FilterValue, attribute: AttributePath = plain("a")): Filter {
  return { type: "compare", attribute, operator: "eq", value, span: NO_SPAN };
}

function presentNode(attribute: AttributePath): Filter {
  return { type: "present", attribute, span: NO_SPAN };
}

describe("canonical text", () => {
  it.each<[string, string]>([
    ['  userName   EQ   "bjensen"  ', 'userName eq "bjensen"'],
    ["A.B Pr", "A.B pr"],
    ["x eq TRUE and y eq False or z eq nUlL", "x eq true and y eq false or z eq null"],
    ["NOT(a pr)", "not (a pr)"],
    ["not   (\n a pr\n)", "not (a pr)"],
    ['emails[ type EQ "work"\tOR primary eq true ]', 'emails[type eq "work" or primary eq true]'],
    ["a pr\nAND\tb pr", "a pr and b pr"],
    ["URN:X:Y:name.first SW \"J\"", 'URN:X:Y:name.first sw "J"'],
    ["(a pr)and(b pr)", "a pr and b pr"],
  ])("writes %j as %j", (text, canonical) => {
    expect(formatFilter(text)).toBe(canonical);
  });

  it.each<[string, string]>([
    [String.raw`a eq "\u0041\/\u00e9"`, 'a eq "A/é"'],
    [String.raw`a eq "\"\\"`, String.raw`a eq "\"\\"`],
    [String.raw`a eq "\uD83D\uDE00"`, 'a eq "😀"'],
    ["a eq 1E3", "a eq 1000"],
    ["a eq 2.50", "a eq 2.5"],
    ["a eq -0", "a eq -0"],
    ["a eq -0.0e5", "a eq -0"],
    ["a eq 1e21", "a eq 1e+21"],
    ["a eq 0.0000001", "a eq 1e-7"],
  ])("normalizes the value in %s", (text, canonical) => {
    expect(formatFilter(text)).toBe(canonical);
  });

  it("escapes values as JSON, control characters included", () => {
    expect(formatFilter(compareNode('\u0000\u001f\b\f\n\r\t"\\/'))).toBe(String.raw`a eq "\u0000\u001f\b\f\n\r\t\"\\/"`);
    expect(formatFilter(compareNode("\u007f\u2028é😀"))).toBe('a eq "\u007f\u2028é😀"');
    expect(formatFilter(compareNode("\ud800x\udfff"))).toBe(String.raw`a eq "\ud800x\udfff"`);
  });

  it("writes numbers and literals as JSON", () => {
    expect(formatFilter(compareNode(5e-324))).toBe("a eq 5e-324");
    expect(formatFilter(compareNode(-1.5e-7))).toBe("a eq -1.5e-7");
    expect(formatFilter(compareNode(Number.MAX_SAFE_INTEGER))).toBe("a eq 9007199254740991");
    expect(formatFilter(compareNode(true))).toBe("a eq true");
    expect(formatFilter(compareNode(null))).toBe("a eq null");
    expect(formatValue(-0)).toBe("-0");
    expect(formatValue(0)).toBe("0");
    expect(formatValue("a\tb")).toBe(String.raw`"a\tb"`);
  });

  it("writes every operator in lower case", () => {
    expect(formatFilter('a EQ 1 and b NE 1 and c CO "x" and d SW "x" and e EW "x" and f GT 1 and g LT 1 and h GE 1 and i LE 1 and j PR')).toBe(
      'a eq 1 and b ne 1 and c co "x" and d sw "x" and e ew "x" and f gt 1 and g lt 1 and h ge 1 and i le 1 and j pr',
    );
  });

  it("builds the path from its parts, ignoring a stale `path`", () => {
    expect(formatFilter(presentNode({ path: "stale", name: "userName" }))).toBe("userName pr");
    expect(formatFilter(presentNode({ path: "", schema: "urn:x:y", name: "name", subAttribute: "givenName" }))).toBe("urn:x:y:name.givenName pr");
  });
});

describe("parentheses", () => {
  it.each<[string, string]>([
    ["(a pr and b pr) and c pr", "(a pr and b pr) and c pr"],
    ["a pr and (b pr and c pr)", "a pr and (b pr and c pr)"],
    ["(a pr or b pr) or c pr", "(a pr or b pr) or c pr"],
    ["(a pr or b pr) and c pr", "(a pr or b pr) and c pr"],
    ["a pr and (b pr or c pr)", "a pr and (b pr or c pr)"],
    ["a pr and b pr or c pr", "a pr and b pr or c pr"],
    ["(a pr and b pr) or c pr", "a pr and b pr or c pr"],
    ["a pr or (b pr and c pr)", "a pr or b pr and c pr"],
    ["((a pr))", "a pr"],
    ["(not (a pr))", "not (a pr)"],
    ["not ((a pr))", "not (a pr)"],
    ["not (a pr or b pr) and c pr", "not (a pr or b pr) and c pr"],
    ["(emails[type pr]) or x pr", "emails[type pr] or x pr"],
    ['emails[(type eq "work")]', 'emails[type eq "work"]'],
    ["emails[(a pr or b pr) and c pr]", "emails[(a pr or b pr) and c pr]"],
    ["emails[a pr or (b pr and c pr)]", "emails[a pr or b pr and c pr]"],
  ])("writes %s as %s", (text, canonical) => {
    const filter = parseFilter(text);
    expect(formatFilter(filter)).toBe(canonical);
    expect(stripSpans(parseFilter(canonical))).toEqual(stripSpans(filter));
  });
});

describe("the indent option", () => {
  it.each<[string, string, string]>([
    ["a pr", "  ", "a pr"],
    ["a pr and b pr and c pr", "  ", "a pr\nand b pr\nand c pr"],
    ["a pr or b pr and c pr or (d pr or e pr)", "\t", "a pr\nor b pr and c pr\nor (\n\td pr\n\tor e pr\n)"],
    [
      "(a pr or b pr) and c pr and not (d pr or e pr and (f pr or g pr)) and x[y pr or z pr]",
      "  ",
      "(\n  a pr\n  or b pr\n)\nand c pr\nand not (d pr or e pr and (f pr or g pr))\nand x[y pr or z pr]",
    ],
    ["(a pr or (b pr or c pr)) and d pr", "  ", "(\n  a pr\n  or (\n    b pr\n    or c pr\n  )\n)\nand d pr"],
    ["(a pr and b pr) and c pr", "    ", "(\n    a pr\n    and b pr\n)\nand c pr"],
  ])("formats %s", (text, indent, expected) => {
    const filter = parseFilter(text);
    const formatted = formatFilter(filter, { indent });
    expect(formatted).toBe(expected);
    expect(stripSpans(parseFilter(formatted))).toEqual(stripSpans(filter));
  });

  it("writes one line without the option", () => {
    expect(formatFilter("(a pr or (b pr or c pr)) and d pr", {})).toBe("(a pr or (b pr or c pr)) and d pr");
  });
});

describe("input", () => {
  it("accepts filter text and parses it first", () => {
    expect(formatFilter("userName Eq \"x\"")).toBe('userName eq "x"');
    expect(() => formatFilter("userName foo")).toThrow(FilterSyntaxError);
  });

  it.each<[string, AttributePath]>([
    ["an empty name", { path: "", name: "" }],
    ["a name starting with a digit", { path: "1abc", name: "1abc" }],
    ["a name with a space", { path: "a b", name: "a b" }],
    ["a name with a quote", { path: 'a"', name: 'a"' }],
    ["a name holding a dot", { path: "a.b", name: "a.b" }],
    ["a name holding a colon", { path: "urn:x:a", name: "urn:x:a" }],
    ["an empty sub-attribute", { path: "a.", name: "a", subAttribute: "" }],
    ["a sub-attribute holding a dot", { path: "a.b.c", name: "a", subAttribute: "b.c" }],
    ["a schema that is not a URN", { path: "core:a", schema: "core", name: "a" }],
    ["a schema without segments", { path: "urn::a", schema: "urn:", name: "a" }],
    ["a schema with an empty segment", { path: "urn:a::b:c", schema: "urn:a::b", name: "c" }],
    ["a schema ending in a colon", { path: "urn:a::c", schema: "urn:a:", name: "c" }],
    ["a schema with a space", { path: "urn:a b:c", schema: "urn:a b", name: "c" }],
  ])("rejects a hand-built path with %s", (_label, attribute) => {
    expect(() => formatFilter(presentNode(attribute))).toThrow(TypeError);
    expect(() => formatFilter(compareNode(1, attribute))).toThrow(/is not a valid SCIM attribute path/);
  });

  it("rejects an invalid path deep inside the tree", () => {
    const filter: Filter = {
      type: "and",
      filters: [presentNode(plain("a")), { type: "not", filter: { type: "valuePath", attribute: plain("emails"), filter: presentNode(plain("ty pe")), span: NO_SPAN }, span: NO_SPAN }],
      span: NO_SPAN,
    };
    expect(() => formatFilter(filter)).toThrow(new TypeError('"ty pe" is not a valid SCIM attribute path'));
  });

  it.each([NaN, Infinity, -Infinity])("rejects the number %s", (value) => {
    expect(() => formatFilter(compareNode(value))).toThrow(new TypeError(`${value} cannot be written in a filter: SCIM numbers are JSON numbers`));
  });

  it("rejects a logical node without operands", () => {
    expect(() => formatFilter({ type: "or", filters: [], span: NO_SPAN })).toThrow(new TypeError('An "or" node needs at least one filter'));
  });
});

describe("idempotence", () => {
  it.each([
    'userName eq "bjensen"',
    "  (a pr AND (b pr Or c pr)) or NOT(d pr)  ",
    'emails[type eq "work" and (value co "@x" or primary eq TRUE)] or ims[type pr]',
    String.raw`a eq "\u00e9\n\/" and b gt 1E2 and c le -0`,
    "((a pr and b pr) and (c pr and d pr)) and ((e pr or f pr) or g pr)",
  ])("formatting the formatted text of %j changes nothing", (text) => {
    const once = formatFilter(text);
    expect(formatFilter(once)).toBe(once);
    const indented = formatFilter(text, { indent: "  " });
    expect(formatFilter(indented, { indent: "  " })).toBe(indented);
    expect(formatFilter(indented)).toBe(once);
  });
});

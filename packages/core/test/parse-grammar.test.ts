// Every production of the grammar, with the whole AST (spans included) written out by hand.
import { describe, expect, it } from "vitest";
import type { AttributePath, CompareFilter, CompareOperator, Filter, FilterValue, PresentFilter } from "../src/index.js";
import { COMPARE_OPERATORS, OPERATORS, parseFilter } from "../src/index.js";
import { plain } from "./helpers/ast.js";

/** `name pr` written at `start`: a present node whose span covers the name, one space and "pr". */
function pr(name: string, start: number): PresentFilter {
  return { type: "present", attribute: plain(name), span: { start, end: start + name.length + 3 } };
}

function compare(attribute: AttributePath, operator: CompareOperator, value: FilterValue, start: number, end: number): CompareFilter {
  return { type: "compare", attribute, operator, value, span: { start, end } };
}

/** The value of `x eq <literal>`, checking the node around it. */
function valueOf(literal: string): FilterValue {
  const text = `x eq ${literal}`;
  const filter = parseFilter(text);
  expect(filter).toMatchObject({ type: "compare", attribute: plain("x"), operator: "eq", span: { start: 0, end: text.length } });
  return (filter as CompareFilter).value;
}

describe("comparison", () => {
  it("knows exactly the nine comparison operators and pr", () => {
    expect(COMPARE_OPERATORS).toEqual(["eq", "ne", "co", "sw", "ew", "gt", "lt", "ge", "le"]);
    expect(OPERATORS).toEqual(["eq", "ne", "co", "sw", "ew", "gt", "lt", "ge", "le", "pr"]);
  });

  it.each(COMPARE_OPERATORS)("parses `userName %s \"bjensen\"`", (operator) => {
    expect(parseFilter(`userName ${operator} "bjensen"`)).toEqual({
      type: "compare",
      attribute: { path: "userName", name: "userName" },
      operator,
      value: "bjensen",
      span: { start: 0, end: 21 },
    });
  });

  it.each(COMPARE_OPERATORS.flatMap((op) => [op.toUpperCase(), `${op[0]?.toUpperCase() ?? ""}${op[1] ?? ""}`, `${op[0] ?? ""}${op[1]?.toUpperCase() ?? ""}`]))(
    "reads the operator %s case-insensitively and stores it lower-cased",
    (written) => {
      expect(parseFilter(`meta.created ${written} 5`)).toEqual(
        compare({ path: "meta.created", name: "meta", subAttribute: "created" }, written.toLowerCase() as CompareOperator, 5, 0, 17),
      );
    },
  );

  it("parses pr in any case as a present node", () => {
    expect(parseFilter("title pr")).toEqual({ type: "present", attribute: { path: "title", name: "title" }, span: { start: 0, end: 8 } });
    expect(parseFilter("title PR")).toEqual(pr("title", 0));
    expect(parseFilter("title Pr")).toEqual(pr("title", 0));
  });

  it("does not take a value after pr", () => {
    expect(() => parseFilter('title pr "x"')).toThrow(/after "pr"/);
  });
});

describe("attribute paths", () => {
  const core = "urn:ietf:params:scim:schemas:core:2.0:User";
  const enterprise = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

  it.each<[string, AttributePath]>([
    ["userName", { path: "userName", name: "userName" }],
    ["x", { path: "x", name: "x" }],
    ["name.givenName", { path: "name.givenName", name: "name", subAttribute: "givenName" }],
    ["staffbase.role", { path: "staffbase.role", name: "staffbase", subAttribute: "role" }],
    ["profile.department", { path: "profile.department", name: "profile", subAttribute: "department" }],
    ["ext_id-2", { path: "ext_id-2", name: "ext_id-2" }],
    ["a1.b_2-c", { path: "a1.b_2-c", name: "a1", subAttribute: "b_2-c" }],
    [`${core}:userName`, { path: `${core}:userName`, schema: core, name: "userName" }],
    [`${enterprise}:employeeNumber`, { path: `${enterprise}:employeeNumber`, schema: enterprise, name: "employeeNumber" }],
    [`${core}:name.givenName`, { path: `${core}:name.givenName`, schema: core, name: "name", subAttribute: "givenName" }],
    [`${enterprise}:manager.value`, { path: `${enterprise}:manager.value`, schema: enterprise, name: "manager", subAttribute: "value" }],
    // The URN prefix is case-insensitive; segments may hold dots, dashes and digits.
    ["URN:Example:v1.2-beta:attr", { path: "URN:Example:v1.2-beta:attr", schema: "URN:Example:v1.2-beta", name: "attr" }],
    ["urn:a:b", { path: "urn:a:b", schema: "urn:a", name: "b" }],
    // Keywords are ordinary attribute names where an attribute is expected.
    ["not", { path: "not", name: "not" }],
    ["and", { path: "and", name: "and" }],
    ["pr", { path: "pr", name: "pr" }],
    ["urn", { path: "urn", name: "urn" }],
  ])("parses the path %s", (path, attribute) => {
    expect(parseFilter(`${path} pr`)).toEqual({ type: "present", attribute, span: { start: 0, end: path.length + 3 } });
  });

  it("keeps the attribute name's case as written", () => {
    expect(parseFilter('USERNAME eq "x"')).toEqual(compare({ path: "USERNAME", name: "USERNAME" }, "eq", "x", 0, 15));
  });
});

describe("values", () => {
  it.each<[string, boolean | null]>([
    ["true", true],
    ["TRUE", true],
    ["True", true],
    ["false", false],
    ["FALSE", false],
    ["fAlSe", false],
    ["null", null],
    ["NULL", null],
    ["Null", null],
  ])("reads the literal %s", (literal, value) => {
    expect(valueOf(literal)).toBe(value);
  });

  it.each<[string, number]>([
    ["0", 0],
    ["7", 7],
    ["42", 42],
    ["-17", -17],
    ["3.25", 3.25],
    ["-0.5", -0.5],
    ["0.001", 0.001],
    ["1e3", 1000],
    ["1E3", 1000],
    ["2e+2", 200],
    ["25e-1", 2.5],
    ["1.5E-3", 0.0015],
    ["-1.25e2", -125],
    ["9007199254740993", 9007199254740992], // nearest double, as JSON.parse reads it
    ["1.7976931348623157e308", Number.MAX_VALUE],
  ])("reads the JSON number %s", (literal, value) => {
    expect(valueOf(literal)).toBe(value);
  });

  it("keeps the sign of -0", () => {
    expect(Object.is(valueOf("-0"), -0)).toBe(true);
    expect(Object.is(valueOf("-0.0e0"), -0)).toBe(true);
    expect(Object.is(valueOf("0"), 0)).toBe(true);
  });

  it.each<[string, string]>([
    [String.raw`"bjensen"`, "bjensen"],
    [String.raw`""`, ""],
    [String.raw`"O'Malley"`, "O'Malley"],
    [String.raw`"a b  c"`, "a b  c"],
    [String.raw`"and or not ) ] ("`, "and or not ) ] ("],
    [String.raw`"\""`, '"'],
    [String.raw`"\\"`, "\\"],
    [String.raw`"\/"`, "/"],
    [String.raw`"/"`, "/"],
    [String.raw`"\b"`, "\b"],
    [String.raw`"\f"`, "\f"],
    [String.raw`"\n"`, "\n"],
    [String.raw`"\r"`, "\r"],
    [String.raw`"\t"`, "\t"],
    [String.raw`"\u0041"`, "A"],
    [String.raw`"\u00e9\u00E9"`, "éé"],
    [String.raw`"\u0000"`, "\u0000"],
    [String.raw`"\uD83D\uDE00"`, "😀"],
    [String.raw`"\ud83d\ude00"`, "😀"],
    [String.raw`"\ud800"`, "\ud800"],
    [String.raw`"\\n"`, "\\n"],
    [String.raw`"a\"b\\c\/d\be\ff\ng\rh\ti\u006Aj"`, 'a"b\\c/d\be\ff\ng\rh\tijj'],
    ['"é日本😀"', "é日本😀"],
    ['"\u007f\u2028"', "\u007f\u2028"],
  ])("reads the JSON string %s", (literal, value) => {
    expect(valueOf(literal)).toBe(value);
  });

  it("ends a string at the first unescaped quote", () => {
    expect(parseFilter(String.raw`a eq "x\"" and b eq "y"`)).toEqual({
      type: "and",
      filters: [compare(plain("a"), "eq", 'x"', 0, 10), compare(plain("b"), "eq", "y", 15, 23)],
      span: { start: 0, end: 23 },
    });
  });
});

describe("and / or", () => {
  it("makes one node of an unparenthesized and chain", () => {
    expect(parseFilter("a pr and b pr and c pr")).toEqual({
      type: "and",
      filters: [pr("a", 0), pr("b", 9), pr("c", 18)],
      span: { start: 0, end: 22 },
    });
  });

  it("makes one node of an unparenthesized or chain, keeping the order", () => {
    expect(parseFilter("c pr or a pr or b pr")).toEqual({
      type: "or",
      filters: [pr("c", 0), pr("a", 8), pr("b", 16)],
      span: { start: 0, end: 20 },
    });
  });

  it("keeps a parenthesized chain as a nested node", () => {
    expect(parseFilter("(a pr and b pr) and c pr")).toEqual({
      type: "and",
      filters: [{ type: "and", filters: [pr("a", 1), pr("b", 10)], span: { start: 1, end: 14 } }, pr("c", 20)],
      span: { start: 0, end: 24 },
    });
    expect(parseFilter("a pr and (b pr and c pr)")).toEqual({
      type: "and",
      filters: [pr("a", 0), { type: "and", filters: [pr("b", 10), pr("c", 19)], span: { start: 10, end: 23 } }],
      span: { start: 0, end: 24 },
    });
  });

  it("binds and tighter than or", () => {
    expect(parseFilter("a pr or b pr and c pr")).toEqual({
      type: "or",
      filters: [pr("a", 0), { type: "and", filters: [pr("b", 8), pr("c", 17)], span: { start: 8, end: 21 } }],
      span: { start: 0, end: 21 },
    });
    expect(parseFilter("a pr and b pr or c pr")).toEqual({
      type: "or",
      filters: [{ type: "and", filters: [pr("a", 0), pr("b", 9)], span: { start: 0, end: 13 } }, pr("c", 17)],
      span: { start: 0, end: 21 },
    });
    expect(parseFilter("a pr and b pr or c pr and d pr")).toEqual({
      type: "or",
      filters: [
        { type: "and", filters: [pr("a", 0), pr("b", 9)], span: { start: 0, end: 13 } },
        { type: "and", filters: [pr("c", 17), pr("d", 26)], span: { start: 17, end: 30 } },
      ],
      span: { start: 0, end: 30 },
    });
  });

  it("lets parentheses override precedence", () => {
    expect(parseFilter("(a pr or b pr) and c pr")).toEqual({
      type: "and",
      filters: [{ type: "or", filters: [pr("a", 1), pr("b", 9)], span: { start: 1, end: 13 } }, pr("c", 19)],
      span: { start: 0, end: 23 },
    });
  });

  it("binds not tighter than and", () => {
    expect(parseFilter("not (a pr) and b pr")).toEqual({
      type: "and",
      filters: [{ type: "not", filter: pr("a", 5), span: { start: 0, end: 10 } }, pr("b", 15)],
      span: { start: 0, end: 19 },
    });
    expect(parseFilter("not (a pr) or not (b pr) and c pr")).toEqual({
      type: "or",
      filters: [
        { type: "not", filter: pr("a", 5), span: { start: 0, end: 10 } },
        {
          type: "and",
          filters: [{ type: "not", filter: pr("b", 19), span: { start: 14, end: 24 } }, pr("c", 29)],
          span: { start: 14, end: 33 },
        },
      ],
      span: { start: 0, end: 33 },
    });
  });

  it("reads the keywords case-insensitively", () => {
    expect(parseFilter("a pr AND b pr And c pr OR d pr oR e pr")).toEqual({
      type: "or",
      filters: [
        { type: "and", filters: [pr("a", 0), pr("b", 9), pr("c", 18)], span: { start: 0, end: 22 } },
        pr("d", 26),
        pr("e", 34),
      ],
      span: { start: 0, end: 38 },
    });
  });

  it("needs no whitespace next to parentheses and strings, but a word boundary after keywords", () => {
    expect(parseFilter("(a pr)and(b pr)")).toEqual({ type: "and", filters: [pr("a", 1), pr("b", 10)], span: { start: 0, end: 15 } });
    expect(parseFilter('a eq "x"and b pr')).toEqual({
      type: "and",
      filters: [compare(plain("a"), "eq", "x", 0, 8), pr("b", 12)],
      span: { start: 0, end: 16 },
    });
    expect(parseFilter('a eq"x"')).toEqual(compare(plain("a"), "eq", "x", 0, 7));
    expect(() => parseFilter("a pr andb pr")).toThrow(/found "andb"/);
    expect(() => parseFilter("a eq1")).toThrow(/found "eq1"/);
    expect(() => parseFilter("a eq truex")).toThrow(/found "truex"/);
  });

  it("reads keyword-named attributes inside chains", () => {
    expect(parseFilter("and pr and not pr or or pr")).toEqual({
      type: "or",
      filters: [{ type: "and", filters: [pr("and", 0), pr("not", 11)], span: { start: 0, end: 17 } }, pr("or", 21)],
      span: { start: 0, end: 26 },
    });
  });
});

describe("not", () => {
  it.each<[string, number, number]>([
    ["not (a pr)", 5, 10],
    ["not(a pr)", 4, 9],
    ["NOT (a pr)", 5, 10],
    ["Not(a pr)", 4, 9],
    ["not   (  a pr  )", 9, 16],
  ])("parses %s", (text, inner, end) => {
    expect(parseFilter(text)).toEqual({ type: "not", filter: pr("a", inner), span: { start: 0, end } });
  });

  it("negates a whole chain inside its parentheses", () => {
    expect(parseFilter("not (a pr and b pr)")).toEqual({
      type: "not",
      filter: { type: "and", filters: [pr("a", 5), pr("b", 14)], span: { start: 5, end: 18 } },
      span: { start: 0, end: 19 },
    });
  });

  it("nests", () => {
    expect(parseFilter("not (not (a pr))")).toEqual({
      type: "not",
      filter: { type: "not", filter: pr("a", 10), span: { start: 5, end: 15 } },
      span: { start: 0, end: 16 },
    });
  });
});

describe("parentheses", () => {
  it.each<[string, number]>([
    ["(a pr)", 1],
    ["((a pr))", 2],
    ["( a pr )", 2],
    ["(\n\ta pr\n)", 3],
  ])("leave no node of their own: %j", (text, start) => {
    expect(parseFilter(text)).toEqual(pr("a", start));
  });

  it("group each operand of a chain", () => {
    expect(parseFilter("(a pr) and (b pr)")).toEqual({ type: "and", filters: [pr("a", 1), pr("b", 12)], span: { start: 0, end: 17 } });
  });
});

describe("value paths", () => {
  const type = plain("type");

  it("parses a value path with one comparison", () => {
    expect(parseFilter('emails[type eq "work"]')).toEqual({
      type: "valuePath",
      attribute: { path: "emails", name: "emails" },
      filter: compare(type, "eq", "work", 7, 21),
      span: { start: 0, end: 22 },
    });
  });

  it("parses logical operators inside the brackets", () => {
    expect(parseFilter('emails[type eq "work" and value co "@example.com"]')).toEqual({
      type: "valuePath",
      attribute: plain("emails"),
      filter: {
        type: "and",
        filters: [compare(type, "eq", "work", 7, 21), compare(plain("value"), "co", "@example.com", 26, 49)],
        span: { start: 7, end: 49 },
      },
      span: { start: 0, end: 50 },
    });
    expect(parseFilter("emails[not (primary eq true) or type pr]")).toEqual({
      type: "valuePath",
      attribute: plain("emails"),
      filter: {
        type: "or",
        filters: [{ type: "not", filter: compare(plain("primary"), "eq", true, 12, 27), span: { start: 7, end: 28 } }, pr("type", 32)],
        span: { start: 7, end: 39 },
      },
      span: { start: 0, end: 40 },
    });
  });

  it("allows whitespace inside the brackets", () => {
    expect(parseFilter('emails[ type eq "work" ]')).toEqual({
      type: "valuePath",
      attribute: plain("emails"),
      filter: compare(type, "eq", "work", 8, 22),
      span: { start: 0, end: 24 },
    });
  });

  it("combines with logical operators outside the brackets", () => {
    expect(parseFilter('userType eq "Employee" and emails[type eq "work"]')).toEqual({
      type: "and",
      filters: [
        compare(plain("userType"), "eq", "Employee", 0, 22),
        { type: "valuePath", attribute: plain("emails"), filter: compare(type, "eq", "work", 34, 48), span: { start: 27, end: 49 } },
      ],
      span: { start: 0, end: 49 },
    });
    expect(parseFilter("not (emails[type pr])")).toEqual({
      type: "not",
      filter: { type: "valuePath", attribute: plain("emails"), filter: pr("type", 12), span: { start: 5, end: 20 } },
      span: { start: 0, end: 21 },
    });
  });

  it("allows several value paths side by side", () => {
    expect(parseFilter('emails[type eq "work"] or emails[primary eq true] and ims[type pr]')).toEqual({
      type: "or",
      filters: [
        { type: "valuePath", attribute: plain("emails"), filter: compare(type, "eq", "work", 7, 21), span: { start: 0, end: 22 } },
        {
          type: "and",
          filters: [
            { type: "valuePath", attribute: plain("emails"), filter: compare(plain("primary"), "eq", true, 33, 48), span: { start: 26, end: 49 } },
            { type: "valuePath", attribute: plain("ims"), filter: pr("type", 58), span: { start: 54, end: 66 } },
          ],
          span: { start: 26, end: 66 },
        },
      ],
      span: { start: 0, end: 66 },
    });
  });

  it("takes a URN-prefixed attribute", () => {
    const path = "urn:ietf:params:scim:schemas:core:2.0:User:emails";
    expect(parseFilter(`${path}[type pr]`)).toEqual({
      type: "valuePath",
      attribute: { path, schema: "urn:ietf:params:scim:schemas:core:2.0:User", name: "emails" },
      filter: pr("type", path.length + 1),
      span: { start: 0, end: path.length + 9 },
    });
  });

  it("needs the bracket right after the attribute", () => {
    expect(() => parseFilter("emails [type pr]")).toThrow(/Expected an operator/);
  });
});

describe("whitespace", () => {
  it.each<[string, Filter]>([
    ['userName\teq\t"x"', compare(plain("userName"), "eq", "x", 0, 15)],
    ['  userName   eq   "x"  ', compare(plain("userName"), "eq", "x", 2, 21)],
    ['\r\nuserName\r\neq\r\n"x"\r\n', compare(plain("userName"), "eq", "x", 2, 19)],
    ["a pr\nand\nb pr", { type: "and", filters: [pr("a", 0), pr("b", 9)], span: { start: 0, end: 13 } }],
    ["  a   pr   and   b pr  ", { type: "and", filters: [{ ...pr("a", 2), span: { start: 2, end: 8 } }, pr("b", 17)], span: { start: 2, end: 21 } }],
    ["\ta pr\n\tor\n\tb pr\n", { type: "or", filters: [pr("a", 1), pr("b", 11)], span: { start: 1, end: 15 } }],
  ])("is allowed between tokens: %j", (text, filter) => {
    expect(parseFilter(text)).toEqual(filter);
  });

  it.each(["a\u00a0pr", "a\u000bpr", "a pr\u3000and b pr"])("is only space, tab, CR and LF: %j is an error", (text) => {
    expect(() => parseFilter(text)).toThrow(/Expected/);
  });
});

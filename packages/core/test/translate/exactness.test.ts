// The facts the translators' exactness rests on (src/translate/exactness.ts, src/mongo/regex.ts), checked
// over every code point, and what they promise to callers: values only as parameters, typed refusals.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Filter } from "../../src/index.js";
import { parseFilter, rfc7643Schemas, schemaFromScim, staffbaseUserSchema } from "../../src/index.js";
import { scimMongoMapping, toMongo } from "../../src/mongo/index.js";
import { orderPattern } from "../../src/mongo/order-pattern.js";
import { stringPattern } from "../../src/mongo/regex.js";
import type { TranslationError} from "../../src/sql/index.js";
import { UnmappedAttributeError, scimSqlMapping, staffbaseSqlMapping, toSql } from "../../src/sql/index.js";
import { isCaseless } from "../../src/translate/exactness.js";
import { NO_SPAN } from "../helpers/ast.js";
import { filterTree } from "../helpers/evaluate-arbitraries.js";

function* codePoints(): Generator<string> {
  for (let code = 0x80; code <= 0x10ffff; code += 1) if (code < 0xd800 || code > 0xdfff) yield String.fromCodePoint(code);
}

describe("case mappings (JavaScript's toLowerCase over every code point)", () => {
  it("only U+212A and U+0130 lower-case to something with an ASCII letter; only U+0130 to more than one character", () => {
    const toAscii: string[] = [];
    const longer: string[] = [];
    for (const character of codePoints()) {
      const lower = character.toLowerCase();
      if (/[a-z]/.test(lower)) toAscii.push(character);
      if ([...lower].length > 1) longer.push(character);
    }
    expect(toAscii).toEqual(["\u0130", "\u212A"]);
    expect(longer).toEqual(["\u0130"]);
  });

  it("a caseless character is what nothing else lower-cases to", () => {
    for (const character of codePoints()) {
      for (const produced of character.toLowerCase()) {
        if (produced !== character && isCaseless(produced)) throw new Error(`${character} lower-cases to caseless ${produced}`);
      }
    }
  });
});

describe("MongoDB regular expressions", () => {
  const operators = ["eq", "co", "sw", "ew"] as const;
  const text = fc.string({ unit: fc.constantFrom("a", "K", "k", "\u212A", "i", "I", "\u0130", ".", "*", "\\", "(", "[", "$", "^", "\n", "é", "É", "😀", "-", "/") });

  it("match exactly when the evaluator's string test does (folded values of ASCII and caseless characters)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...operators), text, text, fc.boolean(), (operator, rawValue, data, fold) => {
        const value = fold ? rawValue.toLowerCase() : rawValue;
        fc.pre(!fold || [...value].every((character) => character.charCodeAt(0) < 0x80 || isCaseless(character)));
        const subject = fold ? data.toLowerCase() : data;
        const expected =
          operator === "eq" ? subject === value : operator === "co" ? subject.includes(value) : operator === "sw" ? subject.startsWith(value) : subject.endsWith(value);
        expect(new RegExp(stringPattern(operator, value, fold)).test(data)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it("order case-insensitively as the evaluator does (lower-cased ASCII values, any text)", () => {
    const ascii = fc.string({ unit: fc.constantFrom("a", "b", "i", "k", "j", "l", "z", "A", "K", "I", "_", "[", "`", "{", "\u0000", "\u007f", " ") });
    fc.assert(
      fc.property(fc.constantFrom("gt", "ge", "lt", "le" as const), ascii, fc.oneof(text, ascii), (operator, rawValue, data) => {
        const value = rawValue.toLowerCase();
        const subject = data.toLowerCase();
        const expected = operator === "gt" ? subject > value : operator === "ge" ? subject >= value : operator === "lt" ? subject < value : subject <= value;
        expect(new RegExp(orderPattern(operator, value)).test(data)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });
});

const scim = schemaFromScim(rfc7643Schemas);
const MARK = "zq7MARK";

/** Filters whose every string value carries MARK (and wildcard, quote and bracket characters). */
const markedFilter: fc.Arbitrary<Filter> = filterTree(
  fc
    .record({
      path: fc.constantFrom("userName", "title", "emails", "emails.type", "name.givenName", "addresses.locality"),
      operator: fc.constantFrom("eq", "ne", "co", "sw", "ew", "gt", "le" as const),
      value: fc.constantFrom(`${MARK}'%_`, `"${MARK}"`, `${MARK}\\`, `${MARK}]);--`),
    })
    .map(({ path, operator, value }): Filter => {
      const [name = "", subAttribute] = path.split(".");
      return { type: "compare", attribute: subAttribute === undefined ? { path, name } : { path, name, subAttribute }, operator, value, span: NO_SPAN };
    }),
  2,
);

describe("toSql", () => {
  it("never writes a value into the SQL text: every one is a parameter", () => {
    fc.assert(
      fc.property(markedFilter, fc.constantFrom("postgres", "sqlite" as const), (filter, dialect) => {
        const { sql, params } = toSql(filter, scimSqlMapping, { dialect, schema: scim });
        // Case-insensitive comparisons pass the value lower-cased.
        expect(sql.toLowerCase()).not.toContain(MARK.toLowerCase());
        expect(params.some((param) => typeof param === "string" && param.toLowerCase().includes(MARK.toLowerCase()))).toBe(true);
        expect(sql.match(dialect === "postgres" ? /\$\d+/g : /\?\d+/g)?.length ?? 0).toBeGreaterThanOrEqual(1);
      }),
    );
  });

  it("names an unmapped attribute in a typed error", () => {
    const error = (() => {
      try {
        toSql('nickName eq "x" or staffbase.role eq "admin"', staffbaseSqlMapping, { dialect: "sqlite", schema: staffbaseUserSchema });
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(UnmappedAttributeError);
    expect(error).toMatchObject({ code: "unmapped-attribute", attribute: "nickName", message: "The mapping does not say where attribute nickName is stored" });
  });

  it.each([
    ['userName eq "a\\u0000b"', "unrepresentable-value"],
    ['userName eq "Straße"', "unsupported"],
    ['userName gt "é"', "unsupported"],
    ['id gt "\\ue000"', "unsupported"],
    ["userName[value pr]", "unsupported"],
  ])("refuses %s (%s)", (text, code) => {
    expect(() => toSql(text, scimSqlMapping, { dialect: "postgres", schema: scim })).toThrow(expect.objectContaining({ code }) as TranslationError);
  });

  it("applies the schema's implicit clauses, as compileFilter does", () => {
    expect(toSql('staffbase.role eq "admin"', staffbaseSqlMapping, { dialect: "postgres", schema: staffbaseUserSchema }).params).toEqual(["admin", "activated"]);
    expect(toSql('deactivated gt "2021-01-01"', staffbaseSqlMapping, { dialect: "postgres", schema: staffbaseUserSchema }).params).toEqual(["2021-01-01T00:00:00.000Z"]);
  });
});

describe("toMongo", () => {
  it("escapes regular expression characters and anchors the end so that PCRE reads it as JavaScript does", () => {
    expect(toMongo(parseFilter('emails.value ew ".com"'), scimMongoMapping, { schema: scim })).toEqual({
      emails: { $elemMatch: { value: { $regex: "\\.[cC][oO][mM](?![\\s\\S])" } } },
    });
    expect(toMongo('id co "a.*"', scimMongoMapping, { schema: scim })).toEqual({ id: { $regex: "a\\.\\*" } });
  });
});

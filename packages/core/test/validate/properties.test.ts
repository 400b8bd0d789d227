// Property tests: filters built from the Staffbase schema's own attributes, operators and values
// validate without errors; any text at all validates without throwing and with spans inside it.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AttributeSchema, FilterSchema } from "../../src/index.js";
import { formatFilter, parseFilter, scimCoreUserSchema, staffbaseUserSchema, tryParseFilter, validateFilter, withProfileFields } from "../../src/index.js";
import { applySuggestion, errorsOf, expectSpansWithin } from "./support.js";

const URN = "urn:ietf:params:scim:schemas:core:2.0:User";

const whitespace = fc.constantFrom(" ", " ", " ", "  ", "\t", "\n", "\r\n  ");

/** An attribute path spelled as written, upper-cased, lower-cased or with the core User URN. */
function spelling(path: string): fc.Arbitrary<string> {
  return fc.constantFrom(path, path.toUpperCase(), path.toLowerCase(), `${URN}:${path}`);
}

/** The three documented forms: 2022-05-30, 2022-05-30T10:00, 2022-05-30T10:00:00.000Z. */
const documentedDate = fc
  .tuple(fc.date({ min: new Date("1900-01-01T00:00:00.000Z"), max: new Date("2199-12-31T23:59:59.999Z"), noInvalidDate: true }), fc.constantFrom(10, 16, 24))
  .map(([date, length]) => date.toISOString().slice(0, length));

function valueText(attribute: AttributeSchema): fc.Arbitrary<string> {
  switch (attribute.type) {
    case "id": {
      const pattern = attribute.idFormat?.pattern;
      if (pattern === undefined) throw new Error(`${attribute.path} has no id format`);
      return fc.stringMatching(new RegExp(pattern)).map((id) => JSON.stringify(id));
    }
    case "enum":
      return fc.constantFrom(...(attribute.options ?? []).map((option) => JSON.stringify(option.value)));
    case "dateTime":
      return documentedDate.map((date) => JSON.stringify(date));
    case "string":
      return fc.string({ unit: "grapheme" }).map((value) => JSON.stringify(value));
    default:
      throw new Error(`no value arbitrary for ${attribute.type}`);
  }
}

/** One `attr op value` / `attr pr` with an operator the attribute allows and a value it accepts. */
function expression(attribute: AttributeSchema): fc.Arbitrary<string> {
  return fc
    .tuple(spelling(attribute.path), fc.constantFrom(...attribute.operators.map((option) => option.operator)), fc.boolean(), whitespace, whitespace)
    .chain(([path, operator, upper, ws1, ws2]) => {
      const op = upper ? operator.toUpperCase() : operator;
      if (operator === "pr") return fc.constant(`${path}${ws1}${op}`);
      return valueText(attribute).map((value) => `${path}${ws1}${op}${ws2}${value}`);
    });
}

const profileTemplate = staffbaseUserSchema.dynamic?.find((dynamic) => dynamic.name === "profile")?.template;

const profileExpression = fc
  .tuple(fc.stringMatching(/^[A-Za-z][A-Za-z0-9_-]{0,10}$/), whitespace, whitespace)
  .chain(([id, ws1, ws2]) => {
    if (profileTemplate === undefined) throw new Error("the Staffbase schema has no profile fields");
    const attribute: AttributeSchema = { ...profileTemplate, path: `profile.${id}`, label: id };
    return fc
      .tuple(fc.constantFrom(...attribute.operators.map((option) => option.operator)), valueText(attribute))
      .map(([operator, value]) => `${attribute.path}${ws1}${operator}${ws2}${value}`);
  });

const staffbaseExpression = fc.oneof(...staffbaseUserSchema.attributes.map(expression), profileExpression);

const { filter: validStaffbaseFilter } = fc.letrec<{ filter: string }>((tie) => ({
  filter: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    staffbaseExpression,
    fc.tuple(tie("filter"), fc.constantFrom("and", "AND", "or", "Or"), tie("filter")).map(([a, keyword, b]) => `${a} ${keyword} ${b}`),
    tie("filter").map((inner) => `not (${inner})`),
    tie("filter").map((inner) => `(${inner})`),
  ),
}));

const SCHEMAS: [string, FilterSchema | undefined][] = [
  ["staffbase", staffbaseUserSchema],
  ["scim core", scimCoreUserSchema],
  ["staffbase with profile fields", withProfileFields(staffbaseUserSchema, [{ id: "department" }, { id: "level", type: "enum", options: [{ value: "a", label: "A" }] }])],
  ["no schema", undefined],
];

// Text that gets past the parser often: tokens of the filter language, in any order.
const TOKENS = [
  "userName", "USERNAME", "staffbase.role", "staffbase.rol", "staffbase.status", "groups", "created", "password", "emails", "type", "value",
  "profile.x", "profile.department", "name.givenName", "enabled", "pending", "externalID", `${URN}:`, "urn:x:", "[", "]", "(", ")", "not", "and", "or",
  "eq", "ne", "co", "sw", "gt", "ge", "lt", "le", "pr", '"admin"', '"Admin"', '"2022-05-30"', '"2022-02-30"', '"604fab5e830203614e6fa59d"',
  '"work"', '"mobile"', '"x', "42", "true", "null", "bob", " ", " ", " ", "\n", "\t", ".", '"', "\\",
];
const tokenSoup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 14 }).map((tokens) => tokens.join(""));
const spacedSoup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 14 }).map((tokens) => tokens.join(" "));

/** A valid filter with one character inserted, deleted or replaced. */
const mutated = fc
  .tuple(validStaffbaseFilter, fc.nat(), fc.constantFrom("insert", "delete", "replace"), fc.constantFrom('"', "(", ")", "[", "]", " ", "x", "1", "\\", "é"))
  .map(([text, position, mode, character]) => {
    const at = text.length === 0 ? 0 : position % text.length;
    if (mode === "insert") return text.slice(0, at) + character + text.slice(at);
    if (mode === "delete") return text.slice(0, at) + text.slice(at + 1);
    return text.slice(0, at) + character + text.slice(at + 1);
  });

const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.string({ unit: "grapheme" }),
  tokenSoup,
  spacedSoup,
  mutated,
  validStaffbaseFilter,
);

describe("valid Staffbase filters", () => {
  it("have no error diagnostics", () => {
    fc.assert(
      fc.property(validStaffbaseFilter, (text) => {
        const diagnostics = validateFilter(text, staffbaseUserSchema);
        expect(errorsOf(diagnostics)).toEqual([]);
        expectSpansWithin(text, diagnostics);
      }),
      { numRuns: 300 },
    );
  });

  it("have the same diagnostics as a parsed Filter when written canonically", () => {
    fc.assert(
      fc.property(validStaffbaseFilter, (text) => {
        const canonical = formatFilter(text);
        expect(validateFilter(parseFilter(canonical), staffbaseUserSchema)).toEqual(validateFilter(canonical, staffbaseUserSchema));
      }),
      { numRuns: 200 },
    );
  });
});

describe("remembered clause diagnostics", () => {
  // A schema object seen for the first time has an empty clause cache: comparing with a fresh copy
  // compares remembered diagnostics with freshly computed ones.
  const fresh = (schema: FilterSchema): FilterSchema => ({ ...schema });

  it("equal freshly computed ones, whatever was validated before", () => {
    const shared = withProfileFields(staffbaseUserSchema, [{ id: "department" }]);
    fc.assert(
      fc.property(fc.array(anyText, { maxLength: 4 }), anyText, (before, text) => {
        for (const other of before) validateFilter(other, shared);
        validateFilter(text, shared);
        expect(validateFilter(text, shared)).toEqual(validateFilter(text, fresh(shared)));
      }),
      { numRuns: 400 },
    );
  });

  it("equal freshly computed ones when a clause moves (the same clause before and after an edit elsewhere)", () => {
    fc.assert(
      fc.property(validStaffbaseFilter, validStaffbaseFilter, validStaffbaseFilter, (a, b, c) => {
        validateFilter(`${a} and ${c}`, staffbaseUserSchema);
        const text = `(${a}) or ${b} and ${c}`;
        expect(validateFilter(text, staffbaseUserSchema)).toEqual(validateFilter(text, fresh(staffbaseUserSchema)));
      }),
      { numRuns: 200 },
    );
  });

  it("tell a clause that is the whole filter from the same clause inside a larger one", () => {
    // The fix for `enabled` rewrites a clause to one or more status clauses: parenthesized only inside a larger filter.
    for (const field of ["enabled eq false", "pending eq true", "enabled eq true"]) {
      const schema = fresh(staffbaseUserSchema);
      const inside = validateFilter(`userName pr and ${field}`, schema);
      const alone = validateFilter(field, schema);
      expect(alone).toEqual(validateFilter(field, fresh(staffbaseUserSchema)));
      expect(inside.map((diagnostic) => diagnostic.suggestions.map((suggestion) => suggestion.text))).toEqual(
        validateFilter(`userName pr and ${field}`, fresh(staffbaseUserSchema)).map((diagnostic) => diagnostic.suggestions.map((suggestion) => suggestion.text)),
      );
    }
  });

  it("serve a parsed Filter given with its text exactly as the text itself", () => {
    fc.assert(
      fc.property(validStaffbaseFilter, (text) => {
        expect(validateFilter(parseFilter(text), staffbaseUserSchema, { text })).toEqual(validateFilter(text, fresh(staffbaseUserSchema)));
      }),
      { numRuns: 200 },
    );
  });
});

describe("any text", () => {
  it.each(SCHEMAS)("validates against %s without throwing, with every span inside the text", (_name, schema) => {
    fc.assert(
      fc.property(anyText, (text) => {
        const diagnostics = validateFilter(text, schema);
        expectSpansWithin(text, diagnostics);
        // Text order.
        const starts = diagnostics.map((diagnostic) => diagnostic.span.start);
        expect(starts).toEqual([...starts].sort((a, b) => a - b));
        // A syntax error is the only diagnostic; without one, a schema-less validation finds nothing.
        const parsed = tryParseFilter(text);
        if (!parsed.ok) expect(diagnostics.map((diagnostic) => diagnostic.code)).toEqual(["syntax"]);
        else if (schema === undefined) expect(diagnostics).toEqual([]);
        else expect(diagnostics.every((diagnostic) => diagnostic.code !== "syntax")).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it("gives fixes that can be applied and validated again", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const diagnostic of validateFilter(text, staffbaseUserSchema)) {
          for (const suggestion of diagnostic.suggestions) {
            const fixed = applySuggestion(text, suggestion);
            expectSpansWithin(fixed, validateFilter(fixed, staffbaseUserSchema));
            if (diagnostic.code === "syntax") expect(validateFilter(fixed, staffbaseUserSchema).filter((after) => after.span.start === suggestion.span.start && after.code === "syntax")).toEqual([]);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

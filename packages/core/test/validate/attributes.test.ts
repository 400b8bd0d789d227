// How validation reads attribute names, whitespace, value paths, profile fields, schemas and parsed filters.
import { describe, expect, it } from "vitest";
import type { ProfileField } from "../../src/index.js";
import { formatFilter, isValid, parseFilter, scimCoreUserSchema, staffbaseUserSchema, validateFilter, withProfileFields } from "../../src/index.js";
import { single, spanText, withoutSpelling } from "./support.js";

const URN = "urn:ietf:params:scim:schemas:core:2.0:User";

describe("attribute names", () => {
  // Names are case-insensitive (RFC 7644), so other spellings are valid; since issue 8 they draw an
  // attribute-spelling warning whose fix is the documented spelling. The URN prefix is never flagged.
  it.each([
    ['STAFFBASE.ROLE EQ "admin"', ["staffbase.role"]],
    ['Staffbase.Status eq "pending"', ["staffbase.status"]],
    ["USERNAME PR and Password Pr", ["userName", "password"]],
    ['CREATED GT "2021-01-01T10:00"', ["created"]],
    ['GROUPS eq "604fab5e830203614e6fa59d"', ["groups"]],
    ['PROFILE.Department eq "x"', ["profile.Department"]],
    [`${URN}:userName pr`, []],
    [`${URN.toUpperCase()}:emails pr`, []],
    [`${URN}:staffbase.role eq "admin"`, []],
  ])("are case-insensitive and URN-tolerant: %s", (text, documented) => {
    const diagnostics = validateFilter(text, staffbaseUserSchema);
    expect(isValid(diagnostics)).toBe(true);
    expect(diagnostics.map((diagnostic) => [diagnostic.severity, diagnostic.code, diagnostic.suggestions.map((fix) => fix.text)])).toEqual(
      documented.map((path) => ["warning", "attribute-spelling", [path]]),
    );
  });

  it("are case-insensitive and URN-tolerant in the SCIM core schema, including sub-attributes", () => {
    expect(validateFilter(`${URN}:userName eq "bjensen" and ${URN}:name.familyName sw "J" and name.givenName co "b"`, scimCoreUserSchema)).toEqual([]);
    expect(withoutSpelling(validateFilter(`${URN}:userName eq "bjensen" and NAME.GIVENNAME co "b"`, scimCoreUserSchema))).toEqual([]);
    expect(validateFilter(`${URN}:emails[type eq "work"]`, scimCoreUserSchema)).toEqual([]);
    const text = `${URN}:emails[TYPE eq "work"]`;
    const diagnostic = single(validateFilter(text, scimCoreUserSchema));
    expect([diagnostic.code, spanText(text, diagnostic.span), diagnostic.suggestions[0]?.text]).toEqual(["attribute-spelling", "TYPE", "type"]);
  });

  it("keep values case-sensitive for case-exact enums while the name is not", () => {
    const text = 'STAFFBASE.ROLE eq "ADMIN"';
    const diagnostic = single(withoutSpelling(validateFilter(text, staffbaseUserSchema)));
    expect(diagnostic.code).toBe("value-not-allowed");
    expect(diagnostic.message).toBe('"ADMIN" is not a value of staffbase.role: values are case-sensitive — did you mean "admin"?');
  });
});

describe("spans with extra whitespace and several lines", () => {
  it("point at the value after tabs and newlines", () => {
    const text = 'staffbase.role   eq\n\t"Admin"';
    const diagnostic = single(validateFilter(text, staffbaseUserSchema));
    expect(diagnostic.span).toEqual({ start: 21, end: 28 });
    expect(spanText(text, diagnostic.span)).toBe('"Admin"');
    expect(diagnostic.suggestions).toEqual([{ label: 'Replace with "admin"', span: { start: 21, end: 28 }, text: '"admin"' }]);
  });

  it("point at each wrong part of a formatted multi-line filter", () => {
    const text = ['(', '  staffbase.status eq "Pending"', "  and password  eq  \"x\"", ")", 'or created eq "2022-05-30"'].join("\n");
    const diagnostics = validateFilter(text, staffbaseUserSchema);
    expect(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.span, spanText(text, diagnostic.span)])).toEqual([
      ["value-not-allowed", { start: 24, end: 33 }, '"Pending"'],
      ["presence-only", { start: 50, end: 52 }, "eq"],
      ["date-equality", { start: 74, end: 86 }, '"2022-05-30"'],
    ]);
    const presence = diagnostics[1];
    expect(presence?.suggestions).toEqual([{ label: "Replace with password pr", span: { start: 40, end: 57 }, text: "password pr" }]);
    expect(spanText(text, { start: 40, end: 57 })).toBe('password  eq  "x"');
  });

  it("point at a value path's inner attribute across lines", () => {
    const text = 'emails[\n  type eq "work" and\n  valeu co "@example.com"\n]';
    const diagnostic = single(validateFilter(text, scimCoreUserSchema));
    expect(diagnostic.code).toBe("unknown-attribute");
    expect(diagnostic.span).toEqual({ start: 31, end: 36 });
    expect(spanText(text, diagnostic.span)).toBe("valeu");
    expect(diagnostic.suggestions.map((suggestion) => suggestion.text)).toEqual(["value"]);
  });
});

describe("value paths (SCIM core)", () => {
  it("accepts sub-attribute conditions on one entry", () => {
    expect(validateFilter('emails[type eq "work" and value co "@example.com"]', scimCoreUserSchema)).toEqual([]);
    expect(validateFilter('addresses[type eq "work" and postalCode sw "10"] or phoneNumbers[primary eq true]', scimCoreUserSchema)).toEqual([]);
  });

  it("checks operators and values of sub-attributes", () => {
    const text = 'emails[primary eq "true"]';
    const diagnostic = single(validateFilter(text, scimCoreUserSchema));
    expect(diagnostic).toMatchObject({ severity: "error", code: "invalid-value", span: { start: 18, end: 24 } });
    expect(diagnostic.suggestions).toEqual([{ label: "Replace with true", span: { start: 18, end: 24 }, text: "true" }]);
  });

  it("does not know top-level attributes inside the brackets", () => {
    const diagnostic = single(validateFilter('emails[userName eq "x"]', scimCoreUserSchema));
    expect(diagnostic.code).toBe("unknown-attribute");
    expect(diagnostic.message).toBe("emails[…] has no filterable attribute userName.");
    expect(diagnostic.span).toEqual({ start: 7, end: 15 });
  });
});

describe("profile fields", () => {
  const fields: ProfileField[] = [
    { id: "department", label: "Department" },
    {
      id: "level",
      label: "Level",
      type: "enum",
      options: [
        { value: "junior", label: "Junior" },
        { value: "senior", label: "Senior" },
      ],
    },
  ];
  const schema = withProfileFields(staffbaseUserSchema, fields);

  it("accepts any undeclared field with the base schema", () => {
    expect(validateFilter('profile.x eq "1" and profile.anythingElse eq "y"', staffbaseUserSchema)).toEqual([]);
  });

  it("accepts the declared fields and warns about others", () => {
    expect(validateFilter('profile.department eq "Sales"', schema)).toEqual([]);
    expect(validateFilter('profile.department eq "Sales" and PROFILE.DEPARTMENT eq "Sales"', schema).map((diagnostic) => diagnostic.code)).toEqual(["attribute-spelling"]);
    const diagnostic = single(validateFilter('profile.departmnt eq "Sales"', schema));
    expect(diagnostic.severity).toBe("warning");
    expect(diagnostic.code).toBe("unknown-attribute");
    expect(diagnostic.message).toContain("Did you mean profile.department?");
    expect(isValid([diagnostic])).toBe(true);
  });

  it("name an undeclared field as written, whatever was validated before", () => {
    expect(single(withoutSpelling(validateFilter("PROFILE.SITE eq 1", staffbaseUserSchema))).message).toBe("profile.SITE expects a quoted string, got the number 1");
    expect(single(validateFilter("profile.site eq 1", staffbaseUserSchema)).message).toBe("profile.site expects a quoted string, got the number 1");
  });

  it("still checks operators and values of an undeclared field", () => {
    const diagnostics = validateFilter('profile.x co "a"', schema);
    expect(diagnostics.map((diagnostic) => [diagnostic.severity, diagnostic.code])).toEqual([
      ["warning", "unknown-attribute"],
      ["error", "operator-not-allowed"],
    ]);
  });

  it("checks an enum field's options", () => {
    expect(validateFilter('profile.level eq "senior"', schema)).toEqual([]);
    const text = 'profile.level eq "principal"';
    const span = { start: 17, end: 28 };
    expect(single(validateFilter(text, schema))).toEqual({
      severity: "error",
      code: "value-not-allowed",
      message: '"principal" is not an allowed value of profile.level; allowed: junior, senior.',
      span,
      suggestions: [
        { label: 'Replace with "junior"', span, text: '"junior"' },
        { label: 'Replace with "senior"', span, text: '"senior"' },
      ],
    });
  });

  it("compares an enum field's options case-insensitively, as profile values are", () => {
    expect(validateFilter('profile.level eq "Senior"', schema)).toEqual([]);
  });

  it("allows only eq, whatever the field's type", () => {
    expect(single(validateFilter('profile.level ne "senior"', schema)).code).toBe("operator-not-allowed");
  });
});

describe("without a schema", () => {
  it("returns syntax diagnostics only", () => {
    expect(validateFilter('nonsense eq "x" and password eq 42 and staffbase.role eq "superuser"')).toEqual([]);
    expect(validateFilter('userName eq "x" and')).toMatchObject([{ code: "syntax", span: { start: 19, end: 19 } }]);
  });
});

describe("a parsed Filter", () => {
  it("validates like its canonical text", () => {
    const texts = [
      'staffbase.role eq "Admin" and password eq "x"',
      'staffbase.rol eq "admin" or created eq "2022-05-30"',
      'not (groups eq "abc") and staffbase.status eq "activated" and staffbase.status eq "pending"',
      "userName pr and not (userName pr)",
    ];
    for (const text of texts) {
      const canonical = formatFilter(text);
      expect(validateFilter(parseFilter(canonical), staffbaseUserSchema)).toEqual(validateFilter(canonical, staffbaseUserSchema));
    }
    expect(validateFilter(parseFilter('emails[typo eq "x"]'), scimCoreUserSchema)).toEqual(validateFilter('emails[typo eq "x"]', scimCoreUserSchema));
  });

  it("finds the same problems in non-canonical text, with exact attribute spans", () => {
    const text = '  staffbase.rol\n eq "admin"';
    const fromFilter = single(validateFilter(parseFilter(text), staffbaseUserSchema));
    expect(fromFilter.code).toBe("unknown-attribute");
    expect(fromFilter.span).toEqual({ start: 2, end: 15 });
  });

  it("returns nothing without a schema", () => {
    expect(validateFilter(parseFilter('staffbase.rol eq "x"'))).toEqual([]);
  });
});

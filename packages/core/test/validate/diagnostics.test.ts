// One block per diagnostic code: severity, the exact span (the smallest wrong part), message and fixes.
// Spans are written out by hand; each test also checks the text the span covers.
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/index.js";
import { scimCoreUserSchema, staffbaseUserSchema, validateFilter, withProfileFields } from "../../src/index.js";
import { single, spanText, withoutSpelling } from "./support.js";

const DATE_HINT = "use 2022-05-30, 2022-05-30T10:00 or 2022-05-30T10:00:00.000Z";
const VALUE = 'a value (a "quoted string", a number, true, false or null)';
const OPERATOR = "an operator (eq, ne, co, sw, ew, gt, lt, ge, le, pr)";

function staffbase(text: string): Diagnostic[] {
  return validateFilter(text, staffbaseUserSchema);
}

function scim(text: string): Diagnostic[] {
  return validateFilter(text, scimCoreUserSchema);
}

describe("syntax", () => {
  it("points at the bare word where a value was expected and offers to quote it", () => {
    const text = "userName eq bob";
    const diagnostic = single(staffbase(text));
    expect(diagnostic).toEqual({
      severity: "error",
      code: "syntax",
      message: `Expected ${VALUE} after "eq" at line 1, column 13, but found "bob" (strings need double quotes: "bob")`,
      span: { start: 12, end: 15 },
      suggestions: [{ label: 'Quote it: "bob"', span: { start: 12, end: 15 }, text: '"bob"' }],
    });
    expect(spanText(text, diagnostic.span)).toBe("bob");
  });

  it("quotes a bare word with dots and dashes as one token", () => {
    const text = 'staffbase.role eq "admin" and profile.team eq data-platform.eu';
    const diagnostic = single(staffbase(text));
    expect(diagnostic.span).toEqual({ start: 46, end: 62 });
    expect(spanText(text, diagnostic.span)).toBe("data-platform.eu");
    expect(diagnostic.suggestions).toEqual([{ label: 'Quote it: "data-platform.eu"', span: { start: 46, end: 62 }, text: '"data-platform.eu"' }]);
  });

  it("covers the unknown operator, without a fix", () => {
    const text = 'userName foo "x"';
    expect(single(staffbase(text))).toEqual({
      severity: "error",
      code: "syntax",
      message: `Expected ${OPERATOR} after "userName" at line 1, column 10, but found "foo"`,
      span: { start: 9, end: 12 },
      suggestions: [],
    });
  });

  it("covers a whole unexpected quoted string", () => {
    const text = 'staffbase.role eq "a" "b"';
    const diagnostic = single(staffbase(text));
    expect(diagnostic.span).toEqual({ start: 22, end: 25 });
    expect(spanText(text, diagnostic.span)).toBe('"b"');
    expect(diagnostic.message).toBe('Expected "and", "or" or the end of the filter after "a" at line 1, column 23, but found "b"');
    expect(diagnostic.suggestions).toEqual([]);
  });

  it("is an empty span at the end when the filter stops early", () => {
    expect(single(staffbase("staffbase.role eq"))).toEqual({
      severity: "error",
      code: "syntax",
      message: `Expected ${VALUE} after "eq" at line 1, column 18, but found the end of the filter`,
      span: { start: 17, end: 17 },
      suggestions: [],
    });
    expect(single(staffbase("(userName pr")).span).toEqual({ start: 12, end: 12 });
  });

  it("reports an unterminated string at the end of the filter", () => {
    const diagnostic = single(staffbase('userName eq "abc'));
    expect(diagnostic.code).toBe("syntax");
    expect(diagnostic.message).toContain("Unterminated string");
    expect(diagnostic.span).toEqual({ start: 16, end: 16 });
  });

  it("finds the offset on a later line of a multi-line filter", () => {
    const text = "userName pr\n  and\n    staffbase.role eq admin";
    const diagnostic = single(staffbase(text));
    expect(diagnostic.message).toContain("at line 3, column 23");
    expect(diagnostic.span).toEqual({ start: 40, end: 45 });
    expect(spanText(text, diagnostic.span)).toBe("admin");
    expect(diagnostic.suggestions).toEqual([{ label: 'Quote it: "admin"', span: { start: 40, end: 45 }, text: '"admin"' }]);
  });

  it("covers the whole of a long bare word, though the message shortens it", () => {
    const word = "a".repeat(50);
    const text = `userName eq ${word}`;
    const diagnostic = single(staffbase(text));
    expect(diagnostic.message).toContain(`"${"a".repeat(39)}…"`);
    expect(diagnostic.span).toEqual({ start: 12, end: 62 });
    expect(diagnostic.suggestions).toEqual([{ label: `Quote it: "${"a".repeat(39)}…"`, span: { start: 12, end: 62 }, text: `"${word}"` }]);
  });

  it("covers the whole of a long unexpected string", () => {
    const text = `userName pr "${"b".repeat(50)}"`;
    expect(single(staffbase(text)).span).toEqual({ start: 12, end: 64 });
  });

  it("is the only diagnostic when the text does not parse, with or without a schema", () => {
    const text = 'staffbase.rol eq "superuser" and';
    const withSchema = staffbase(text);
    expect(withSchema.map((diagnostic) => diagnostic.code)).toEqual(["syntax"]);
    expect(validateFilter(text)).toEqual(withSchema);
  });
});

describe("unknown-attribute", () => {
  it("covers the attribute and suggests the closest one", () => {
    const text = 'staffbase.rol eq "admin"';
    const diagnostic = single(staffbase(text));
    expect(diagnostic).toEqual({
      severity: "error",
      code: "unknown-attribute",
      message: "Staffbase User API has no filterable attribute staffbase.rol. Did you mean staffbase.role?",
      span: { start: 0, end: 13 },
      suggestions: [{ label: "Replace with staffbase.role", span: { start: 0, end: 13 }, text: "staffbase.role" }],
    });
    expect(spanText(text, diagnostic.span)).toBe("staffbase.rol");
  });

  it("finds the attribute inside parentheses and extra whitespace", () => {
    const text = 'userName pr and  (  staffbase.rol   eq "admin")';
    const diagnostic = single(staffbase(text));
    expect(diagnostic.span).toEqual({ start: 20, end: 33 });
    expect(diagnostic.suggestions[0]?.span).toEqual({ start: 20, end: 33 });
  });

  it("covers a URN prefix too, and the fix drops it", () => {
    const text = "urn:ietf:params:scim:schemas:core:2.0:User:userNam pr";
    const diagnostic = single(staffbase(text));
    expect(diagnostic.span).toEqual({ start: 0, end: 50 });
    expect(diagnostic.message).toBe("Staffbase User API has no filterable attribute urn:ietf:params:scim:schemas:core:2.0:User:userNam. Did you mean userName?");
    expect(diagnostic.suggestions).toEqual([{ label: "Replace with userName", span: { start: 0, end: 50 }, text: "userName" }]);
  });

  it("has no fix when nothing is close", () => {
    expect(single(staffbase('foo eq "x"'))).toEqual({
      severity: "error",
      code: "unknown-attribute",
      message: "Staffbase User API has no filterable attribute foo.",
      span: { start: 0, end: 3 },
      suggestions: [],
    });
  });

  it("checks sub-attributes inside a value path", () => {
    const text = 'emails[typo eq "x"]';
    expect(single(scim(text))).toEqual({
      severity: "error",
      code: "unknown-attribute",
      message: "emails[…] has no filterable attribute typo. Did you mean type?",
      span: { start: 7, end: 11 },
      suggestions: [{ label: "Replace with type", span: { start: 7, end: 11 }, text: "type" }],
    });
  });

  it("is a warning for a profile field the instance does not declare", () => {
    const schema = withProfileFields(staffbaseUserSchema, [{ id: "department", label: "Department" }]);
    const text = 'profile.departmnt eq "Sales"';
    expect(single(validateFilter(text, schema))).toEqual({
      severity: "warning",
      code: "unknown-attribute",
      message: "profile.departmnt is not one of this instance's fields. Did you mean profile.department?",
      span: { start: 0, end: 17 },
      suggestions: [{ label: "Replace with profile.department", span: { start: 0, end: 17 }, text: "profile.department" }],
    });
  });
});

describe("operator-not-allowed", () => {
  it("covers the operator and offers the allowed ones", () => {
    const text = 'staffbase.role ne "admin"';
    const diagnostic = single(staffbase(text));
    expect(diagnostic).toEqual({
      severity: "error",
      code: "operator-not-allowed",
      message: "staffbase.role does not accept ne; it accepts eq (is)",
      span: { start: 15, end: 17 },
      suggestions: [{ label: "Use eq (is)", span: { start: 15, end: 17 }, text: "eq" }],
    });
    expect(spanText(text, diagnostic.span)).toBe("ne");
  });

  it("lists every date operator with its label", () => {
    const text = 'created co "2022"';
    const diagnostic = single(staffbase(text));
    expect(diagnostic.message).toBe(
      "created does not accept co; it accepts gt (is after), ge (is on or after), lt (is before), le (is on or before), eq (is exactly), ne (is not exactly)",
    );
    expect(diagnostic.span).toEqual({ start: 8, end: 10 });
    expect(diagnostic.suggestions.map((suggestion) => [suggestion.label, suggestion.text])).toEqual([
      ["Use gt (is after)", "gt"],
      ["Use ge (is on or after)", "ge"],
      ["Use lt (is before)", "lt"],
      ["Use le (is on or before)", "le"],
      ["Use eq (is exactly)", "eq"],
      ["Use ne (is not exactly)", "ne"],
    ]);
    expect(diagnostic.suggestions.every((suggestion) => suggestion.span.start === 8 && suggestion.span.end === 10)).toBe(true);
  });

  it("uses the membership labels for groups", () => {
    const text = 'groups gt "604fab5e830203614e6fa59d"';
    const diagnostic = single(staffbase(text));
    expect(diagnostic.message).toBe("groups does not accept gt; it accepts eq (is member of), ne (is not member of)");
    expect(diagnostic.span).toEqual({ start: 7, end: 9 });
    expect(diagnostic.suggestions.map((suggestion) => suggestion.label)).toEqual(["Use eq (is member of)", "Use ne (is not member of)"]);
  });

  it("allows only eq on profile fields", () => {
    const text = 'profile.department sw "Sal"';
    expect(single(staffbase(text))).toEqual({
      severity: "error",
      code: "operator-not-allowed",
      message: "profile.department does not accept sw; it accepts eq (is)",
      span: { start: 19, end: 21 },
      suggestions: [{ label: "Use eq (is)", span: { start: 19, end: 21 }, text: "eq" }],
    });
  });

  it("covers pr on an attribute that cannot be tested for presence, without a fix", () => {
    const text = "groups pr";
    expect(single(staffbase(text))).toEqual({
      severity: "error",
      code: "operator-not-allowed",
      message: "groups does not accept pr; it accepts eq (is member of), ne (is not member of)",
      span: { start: 7, end: 9 },
      suggestions: [],
    });
    expect(single(staffbase("not (staffbase.role pr)")).span).toEqual({ start: 20, end: 22 });
  });

  it("finds an operator written on the next line", () => {
    const text = 'staffbase.status\n  ne\n  "pending"';
    const diagnostic = single(staffbase(text));
    expect(diagnostic.code).toBe("operator-not-allowed");
    expect(diagnostic.span).toEqual({ start: 19, end: 21 });
    expect(spanText(text, diagnostic.span)).toBe("ne");
  });
});

describe("presence-only", () => {
  it("covers the operator; the fix replaces the whole expression by attr pr", () => {
    const text = 'password eq "x"';
    const diagnostic = single(staffbase(text));
    expect(diagnostic).toEqual({
      severity: "error",
      code: "presence-only",
      message: "password can only be tested for presence (pr), not compared with eq",
      span: { start: 9, end: 11 },
      suggestions: [{ label: "Replace with password pr", span: { start: 0, end: 15 }, text: "password pr" }],
    });
    expect(spanText(text, diagnostic.span)).toBe("eq");
  });

  it("replaces only the expression inside not ( … )", () => {
    const text = 'not (staffbase.recoveryCode ne "abc")';
    expect(single(staffbase(text))).toEqual({
      severity: "error",
      code: "presence-only",
      message: "staffbase.recoveryCode can only be tested for presence (pr), not compared with ne",
      span: { start: 28, end: 30 },
      suggestions: [{ label: "Replace with staffbase.recoveryCode pr", span: { start: 5, end: 36 }, text: "staffbase.recoveryCode pr" }],
    });
  });

  it("keeps the attribute as written", () => {
    const text = 'USERNAME  EQ "x"';
    const diagnostic = single(withoutSpelling(staffbase(text)));
    expect(diagnostic.span).toEqual({ start: 10, end: 12 });
    expect(diagnostic.message).toBe("userName can only be tested for presence (pr), not compared with eq");
    expect(diagnostic.suggestions).toEqual([{ label: "Replace with USERNAME pr", span: { start: 0, end: 16 }, text: "USERNAME pr" }]);
  });

  it("applies to every presence-only attribute of the Staffbase schema", () => {
    for (const path of ["emails", "externalId", "password", "staffbase.recoveryCode", "userName"]) {
      const diagnostic = single(staffbase(`${path} co "a"`));
      expect(diagnostic.code).toBe("presence-only");
      expect(diagnostic.span).toEqual({ start: path.length + 1, end: path.length + 3 });
    }
  });
});

describe("invalid-value", () => {
  it("offers to quote a number compared with a string attribute", () => {
    const text = "profile.x eq 42";
    expect(single(staffbase(text))).toEqual({
      severity: "error",
      code: "invalid-value",
      message: "profile.x expects a quoted string, got the number 42",
      span: { start: 13, end: 15 },
      suggestions: [{ label: 'Replace with "42"', span: { start: 13, end: 15 }, text: '"42"' }],
    });
  });

  it("rejects an unquoted id, enum value or date without a fix", () => {
    expect(single(staffbase("groups eq 12"))).toEqual({
      severity: "error",
      code: "invalid-value",
      message: "groups expects an id as a quoted string, got the number 12",
      span: { start: 10, end: 12 },
      suggestions: [],
    });
    expect(single(staffbase("staffbase.role eq true"))).toEqual({
      severity: "error",
      code: "invalid-value",
      message: "staffbase.role expects one of its values as a quoted string, got the boolean true",
      span: { start: 18, end: 22 },
      suggestions: [],
    });
    expect(single(staffbase("created gt 20220530"))).toEqual({
      severity: "error",
      code: "invalid-value",
      message: `created expects a date as a quoted string (${DATE_HINT}), got the number 20220530`,
      span: { start: 11, end: 19 },
      suggestions: [],
    });
  });

  it("offers to unquote a boolean (SCIM core)", () => {
    expect(single(scim('active eq "true"'))).toEqual({
      severity: "error",
      code: "invalid-value",
      message: 'active expects true or false without quotes, got the string "true"',
      span: { start: 10, end: 16 },
      suggestions: [{ label: "Replace with true", span: { start: 10, end: 16 }, text: "true" }],
    });
    expect(single(scim('active eq "yes"'))).toEqual({
      severity: "error",
      code: "invalid-value",
      message: 'active expects true or false, got the string "yes"',
      span: { start: 10, end: 15 },
      suggestions: [],
    });
  });
});

describe("invalid-date", () => {
  it.each([
    ["2022-13-01", '"2022-13-01" has no month 13'],
    ["2022-02-29", '"2022-02-29" has no day 29 in that month'],
    ["2022-04-31", '"2022-04-31" has no day 31 in that month'],
    ["2022-05-30T24:00", '"2022-05-30T24:00" has an invalid time of day'],
    ["2022-05-30T10:00+25:00", '"2022-05-30T10:00+25:00" has an invalid time-zone offset +25:00'],
    ["30.05.2022", `"30.05.2022" is not a date or date-time: ${DATE_HINT}`],
    ["yesterday", `"yesterday" is not a date or date-time: ${DATE_HINT}`],
    ["2022-5-30", `"2022-5-30" is not a date or date-time: ${DATE_HINT}`],
  ])("rejects %s and covers the quoted value", (value, message) => {
    const text = `created gt "${value}"`;
    const diagnostic = single(staffbase(text));
    expect(diagnostic).toEqual({ severity: "error", code: "invalid-date", message, span: { start: 11, end: text.length }, suggestions: [] });
    expect(spanText(text, diagnostic.span)).toBe(`"${value}"`);
  });

  it("accepts leap days, offsets and seconds without milliseconds", () => {
    expect(staffbase('created gt "2024-02-29"')).toEqual([]);
    expect(staffbase('updated lt "2022-05-30T10:00:00+02:00"')).toEqual([]);
    expect(staffbase('deactivated ge "2022-05-30T10:00:00Z"')).toEqual([]);
  });
});

describe("invalid-id", () => {
  it("covers the value and names the expected format", () => {
    const text = 'groups eq "abc"';
    expect(single(staffbase(text))).toEqual({
      severity: "error",
      code: "invalid-id",
      message: '"abc" is not a valid group id: expected a 24-character hexadecimal id, such as "604fab5e830203614e6fa59d"',
      span: { start: 10, end: 15 },
      suggestions: [],
    });
  });

  it("uses the space example for spaces", () => {
    const text = 'staffbase.space eq "5fc7743d3dd910548d350a2"';
    const diagnostic = single(staffbase(text));
    expect(diagnostic).toEqual({
      severity: "error",
      code: "invalid-id",
      message: '"5fc7743d3dd910548d350a2" is not a valid space id: expected a 24-character hexadecimal id, such as "5fc7743d3dd910548d350a2a"',
      span: { start: 19, end: 44 },
      suggestions: [],
    });
    expect(spanText(text, diagnostic.span)).toBe('"5fc7743d3dd910548d350a2"');
  });

  it("accepts upper-case hex", () => {
    expect(staffbase('groups ne "604FAB5E830203614E6FA59D"')).toEqual([]);
  });
});

describe("value-not-allowed", () => {
  it("lists the allowed values as fixes", () => {
    const text = 'staffbase.role eq "superuser"';
    const span = { start: 18, end: 29 };
    const diagnostic = single(staffbase(text));
    expect(diagnostic).toEqual({
      severity: "error",
      code: "value-not-allowed",
      message: '"superuser" is not an allowed value of staffbase.role; allowed: admin, editor, moderator, managingEditor, reader.',
      span,
      suggestions: ["admin", "editor", "moderator", "managingEditor", "reader"].map((value) => ({ label: `Replace with "${value}"`, span, text: `"${value}"` })),
    });
    expect(spanText(text, span)).toBe('"superuser"');
  });

  it("fixes the case of a case-exact value", () => {
    const text = 'staffbase.role eq "Admin"';
    expect(single(staffbase(text))).toEqual({
      severity: "error",
      code: "value-not-allowed",
      message: '"Admin" is not a value of staffbase.role: values are case-sensitive — did you mean "admin"?',
      span: { start: 18, end: 25 },
      suggestions: [{ label: 'Replace with "admin"', span: { start: 18, end: 25 }, text: '"admin"' }],
    });
  });

  it("puts the closest values first", () => {
    const text = 'staffbase.status eq "activ"';
    const span = { start: 20, end: 27 };
    const diagnostic = single(staffbase(text));
    expect(diagnostic.message).toBe('"activ" is not an allowed value of staffbase.status; allowed: activated, pending, deactivated, contact. Did you mean "activated"?');
    expect(diagnostic.span).toEqual(span);
    expect(diagnostic.suggestions.map((suggestion) => suggestion.text)).toEqual(['"activated"', '"deactivated"', '"pending"', '"contact"']);
  });

  it("does not offer deprecated values, but fixes their case", () => {
    const manual = single(staffbase('staffbase.creationType eq "manual"'));
    expect(manual.message).toBe('"manual" is not an allowed value of staffbase.creationType; allowed: csv, direct, scim, sso.');
    expect(manual.suggestions.map((suggestion) => suggestion.text)).toEqual(['"csv"', '"direct"', '"scim"', '"sso"']);
    const ldap = single(staffbase('staffbase.creationType eq "LDAP"'));
    expect(ldap.code).toBe("value-not-allowed");
    expect(ldap.suggestions.map((suggestion) => suggestion.text)).toEqual(['"ldap"']);
  });

  it("is only a warning for canonical values (allowOtherValues)", () => {
    const text = 'emails[type eq "mobile"]';
    const span = { start: 15, end: 23 };
    expect(single(scim(text))).toEqual({
      severity: "warning",
      code: "value-not-allowed",
      message: '"mobile" is not a canonical value of type; allowed: work, home, other.',
      span,
      suggestions: ["work", "home", "other"].map((value) => ({ label: `Replace with "${value}"`, span, text: `"${value}"` })),
    });
    expect(single(scim('emails.type eq "mobile"')).severity).toBe("warning");
    expect(scim('phoneNumbers[type eq "mobile"]')).toEqual([]);
  });

  it("accepts any case when the attribute is not case-exact", () => {
    expect(scim('emails[type eq "Work"]')).toEqual([]);
    expect(scim('emails.type eq "HOME"')).toEqual([]);
  });
});

describe("deprecated-value", () => {
  it("warns on values only an older documentation lists", () => {
    const text = 'staffbase.creationType eq "ldap"';
    expect(single(staffbase(text))).toEqual({
      severity: "warning",
      code: "deprecated-value",
      message: '"ldap" is no longer documented for staffbase.creationType: Only in an older version of the documentation.',
      span: { start: 26, end: 32 },
      suggestions: [],
    });
    const bonding = single(staffbase('staffbase.creationType eq "bonding"'));
    expect(bonding.severity).toBe("warning");
    expect(bonding.code).toBe("deprecated-value");
    expect(bonding.span).toEqual({ start: 26, end: 35 });
  });
});

describe("value-path-not-allowed", () => {
  it("covers the brackets of an attribute without sub-attributes", () => {
    const text = "userName[x pr]";
    const diagnostic = single(scim(text));
    expect(diagnostic).toEqual({
      severity: "error",
      code: "value-path-not-allowed",
      message: "userName has no sub-attributes, so it cannot be filtered with userName[…]",
      span: { start: 8, end: 14 },
      suggestions: [],
    });
    expect(spanText(text, diagnostic.span)).toBe("[x pr]");
  });

  it("applies to Staffbase's emails, which is presence-only", () => {
    const text = 'emails[type eq "work"]';
    expect(single(staffbase(text))).toEqual({
      severity: "error",
      code: "value-path-not-allowed",
      message: "emails has no sub-attributes, so it cannot be filtered with emails[…]",
      span: { start: 6, end: 22 },
      suggestions: [],
    });
  });

  it("reports only the unknown attribute when the attribute before the brackets is unknown", () => {
    expect(single(staffbase("foo[x pr]")).code).toBe("unknown-attribute");
  });
});

describe("null-comparison", () => {
  it("warns and covers null", () => {
    const text = "staffbase.role eq null";
    const diagnostic = single(staffbase(text));
    expect(diagnostic).toEqual({
      severity: "warning",
      code: "null-comparison",
      message: "Comparing staffbase.role with null is not defined by RFC 7644; test presence with pr instead",
      span: { start: 18, end: 22 },
      suggestions: [],
    });
    expect(spanText(text, diagnostic.span)).toBe("null");
    expect(single(scim("title ne NULL"))).toMatchObject({ severity: "warning", code: "null-comparison", span: { start: 9, end: 13 } });
  });
});

describe("date-equality", () => {
  it("warns on eq with a date and offers the whole day", () => {
    const text = 'created eq "2022-05-30"';
    const diagnostic = single(staffbase(text));
    expect(diagnostic).toEqual({
      severity: "warning",
      code: "date-equality",
      message: 'created eq "2022-05-30" matches only the instant 2022-05-30T00:00:00.000Z, not a whole day',
      span: { start: 11, end: 23 },
      suggestions: [{ label: "Match the whole day", span: { start: 0, end: 23 }, text: 'created ge "2022-05-30" and created lt "2022-05-31"' }],
    });
    expect(spanText(text, diagnostic.span)).toBe('"2022-05-30"');
  });

  it("offers to exclude the whole day for ne", () => {
    expect(single(staffbase('updated ne "2021-07-07"'))).toEqual({
      severity: "warning",
      code: "date-equality",
      message: 'updated ne "2021-07-07" excludes only the instant 2021-07-07T00:00:00.000Z, not a whole day',
      span: { start: 11, end: 23 },
      suggestions: [{ label: "Exclude the whole day", span: { start: 0, end: 23 }, text: '(updated lt "2021-07-07" or updated ge "2021-07-08")' }],
    });
  });

  it("rolls over months, years and leap days", () => {
    expect(single(staffbase('deactivated eq "2022-12-31"')).suggestions[0]?.text).toBe('deactivated ge "2022-12-31" and deactivated lt "2023-01-01"');
    expect(single(staffbase('updated eq "2024-02-28"')).suggestions[0]?.text).toBe('updated ge "2024-02-28" and updated lt "2024-02-29"');
  });

  it("offers no whole-day fix for the last writable day", () => {
    expect(single(staffbase('created eq "9999-12-31"'))).toMatchObject({ code: "date-equality", suggestions: [] });
    expect(single(staffbase('created eq "9999-12-30"')).suggestions[0]?.text).toBe('created ge "9999-12-30" and created lt "9999-12-31"');
  });

  it("keeps the attribute as written in the fix", () => {
    const text = 'not (CREATED EQ "2022-05-30")';
    expect(single(withoutSpelling(staffbase(text))).suggestions).toEqual([
      { label: "Match the whole day", span: { start: 5, end: 28 }, text: 'CREATED ge "2022-05-30" and CREATED lt "2022-05-31"' },
    ]);
  });

  it("warns without a fix for minute and second precision", () => {
    expect(single(staffbase('created eq "2022-05-30T10:00"'))).toEqual({
      severity: "warning",
      code: "date-equality",
      message: 'created eq "2022-05-30T10:00" matches only the instant 2022-05-30T10:00:00.000Z, not a whole minute',
      span: { start: 11, end: 29 },
      suggestions: [],
    });
    expect(single(staffbase('created eq "2022-05-30T12:00+02:00"')).message).toBe(
      'created eq "2022-05-30T12:00+02:00" matches only the instant 2022-05-30T10:00:00.000Z, not a whole minute',
    );
    expect(single(staffbase('created ne "2022-05-30T10:00:00Z"')).message).toBe(
      'created ne "2022-05-30T10:00:00Z" excludes only the instant 2022-05-30T10:00:00.000Z, not a whole second',
    );
  });

  it("is silent for an instant with milliseconds and for range operators", () => {
    expect(staffbase('created eq "2022-05-30T10:00:00.000Z"')).toEqual([]);
    expect(staffbase('created ge "2022-05-30"')).toEqual([]);
  });
});

describe("several diagnostics", () => {
  it("come in text order", () => {
    const text = 'password eq "x" or staffbase.role eq "Admin" or grops eq "604fab5e830203614e6fa59d"';
    expect(staffbase(text).map((diagnostic) => [diagnostic.code, spanText(text, diagnostic.span)])).toEqual([
      ["presence-only", "eq"],
      ["value-not-allowed", '"Admin"'],
      ["unknown-attribute", "grops"],
    ]);
  });
});

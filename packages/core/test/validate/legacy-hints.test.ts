// Hints for Staffbase fields the documentation moved away from (enabled, pending, verificationCode,
// externalID) and for attribute names spelled in another case than documented.
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/index.js";
import { rfc7643Schemas, schemaFromScim, scimCoreUserSchema, staffbaseUserSchema, validateFilter, withProfileFields } from "../../src/index.js";
import { applySuggestion, single, spanText } from "./support.js";

function hint(text: string, code: Diagnostic["code"], schema = staffbaseUserSchema): Diagnostic {
  return single(validateFilter(text, schema).filter((diagnostic) => diagnostic.code === code));
}

/** Applies the first fix and checks the result no longer has the diagnostic's code and is valid. */
function fixed(text: string, diagnostic: Diagnostic, index = 0, schema = staffbaseUserSchema): string {
  const suggestion = diagnostic.suggestions[index];
  if (suggestion === undefined) throw new Error("no fix");
  const result = applySuggestion(text, suggestion);
  expect(validateFilter(result, schema)).toEqual([]);
  return result;
}

describe("enabled and pending → staffbase.status (the migration page's mapping)", () => {
  it.each([
    ["pending eq true", 'staffbase.status eq "pending"'],
    ["pending ne false", 'staffbase.status eq "pending"'],
    ["pending eq false", 'staffbase.status eq "activated" or staffbase.status eq "deactivated"'],
    ["enabled eq false", 'staffbase.status eq "deactivated"'],
    ["enabled ne true", 'staffbase.status eq "deactivated"'],
    ["enabled eq true", 'staffbase.status eq "activated" or staffbase.status eq "pending"'],
    ["ENABLED eq TRUE", 'staffbase.status eq "activated" or staffbase.status eq "pending"'],
  ])("%s → %s", (text, expected) => {
    const diagnostic = hint(text, "legacy-attribute");
    // Not a filter attribute: the server rejects it, so the hint is an error that replaces unknown-attribute.
    expect(diagnostic.severity).toBe("error");
    expect(validateFilter(text, staffbaseUserSchema)).toHaveLength(1);
    expect(spanText(text, diagnostic.span)).toBe(text.split(" ")[0]);
    expect(diagnostic.message).toContain("was removed from the Staffbase user model: filter on staffbase.status instead");
    expect(diagnostic.suggestions[0]?.span).toEqual({ start: 0, end: text.length });
    expect(fixed(text, diagnostic)).toBe(expected);
  });

  it("says what enabled and pending map to", () => {
    expect(hint("enabled eq true", "legacy-attribute").message).toBe(
      'enabled was removed from the Staffbase user model: filter on staffbase.status instead (an enabled user is "activated" or, while the invitation is open, "pending"; a disabled one is "deactivated")',
    );
    expect(hint("pending eq true", "legacy-attribute").message).toBe(
      'pending was removed from the Staffbase user model: filter on staffbase.status instead (a pending user is "pending"; one that is not is "activated" or "deactivated")',
    );
  });

  it("offers activated users alone for enabled eq true, since enabled also covers open invitations", () => {
    const diagnostic = hint("enabled eq true", "legacy-attribute");
    expect(diagnostic.suggestions.map((suggestion) => suggestion.label)).toEqual([
      'Replace with staffbase.status eq "activated" or staffbase.status eq "pending"',
      'Replace with staffbase.status eq "activated" (without pending invitations)',
    ]);
    expect(fixed("enabled eq true", diagnostic, 1)).toBe('staffbase.status eq "activated"');
  });

  it("parenthesizes an or inside a larger filter", () => {
    const text = 'staffbase.role eq "admin" and enabled eq true';
    const diagnostic = hint(text, "legacy-attribute");
    expect(diagnostic.span).toEqual({ start: 30, end: 37 });
    expect(fixed(text, diagnostic)).toBe('staffbase.role eq "admin" and (staffbase.status eq "activated" or staffbase.status eq "pending")');
  });

  it("explains without a fix where no mapping applies", () => {
    for (const text of ["enabled pr", 'pending eq "yes"', "enabled gt true"]) {
      const diagnostic = hint(text, "legacy-attribute");
      expect(diagnostic.suggestions).toEqual([]);
    }
  });
});

describe("verificationCode", () => {
  it.each(["verificationCode pr", 'verificationCode.mail eq "a@b.c"', 'verificationCode.value eq "x"'])("says where its parts went: %s", (text) => {
    const diagnostic = hint(text, "legacy-attribute");
    expect(diagnostic.severity).toBe("error");
    expect(spanText(text, diagnostic.span)).toBe(text.split(" ")[0]);
    expect(diagnostic.message).toContain("its mail is now emails[primary=true].value and its value is secret.plain");
    expect(diagnostic.suggestions).toEqual([]);
  });
});

describe("externalID → externalId", () => {
  it("warns about the legacy spelling, which still works", () => {
    const text = "externalID pr and not (password pr)";
    const diagnostics = validateFilter(text, staffbaseUserSchema);
    const diagnostic = single(diagnostics);
    expect(diagnostic).toMatchObject({ severity: "warning", code: "legacy-attribute", span: { start: 0, end: 10 } });
    expect(diagnostic.message).toContain("renamed it to externalId");
    expect(fixed(text, diagnostic)).toBe("externalId pr and not (password pr)");
  });

  it("still checks the operator", () => {
    expect(validateFilter('externalID eq "x"', staffbaseUserSchema).map((diagnostic) => diagnostic.code)).toEqual(["legacy-attribute", "presence-only"]);
  });

  it("is only a spelling hint outside Staffbase", () => {
    expect(hint("externalID pr", "attribute-spelling", scimCoreUserSchema).suggestions[0]?.text).toBe("externalId");
  });
});

describe("attribute spelling", () => {
  it("warns about a name that differs only in case, with the documented spelling as the fix", () => {
    const text = 'Staffbase.Role eq "admin"';
    const diagnostic = single(validateFilter(text, staffbaseUserSchema));
    expect(diagnostic).toEqual({
      severity: "warning",
      code: "attribute-spelling",
      message: "Staffbase.Role works (attribute names are case-insensitive), but it is documented as staffbase.role",
      span: { start: 0, end: 14 },
      suggestions: [{ label: "Spell it staffbase.role", span: { start: 0, end: 14 }, text: "staffbase.role" }],
    });
    expect(fixed(text, diagnostic)).toBe('staffbase.role eq "admin"');
  });

  it("keeps a URN prefix as written and spells sub-attributes in value paths", () => {
    const urn = "urn:ietf:params:scim:schemas:core:2.0:User";
    const text = `${urn}:USERNAME eq "x" and Emails[Type eq "work"]`;
    const diagnostics = validateFilter(text, scimCoreUserSchema);
    expect(diagnostics.map((diagnostic) => [spanText(text, diagnostic.span), diagnostic.suggestions[0]?.text])).toEqual([
      [`${urn}:USERNAME`, `${urn}:userName`],
      ["Emails", "emails"],
      ["Type", "type"],
    ]);
    let result = text;
    for (const diagnostic of [...diagnostics].reverse()) {
      const [suggestion] = diagnostic.suggestions;
      if (suggestion !== undefined) result = applySuggestion(result, suggestion);
    }
    expect(validateFilter(result, scimCoreUserSchema)).toEqual([]);
  });

  it("applies to profile fields and generated schemas", () => {
    expect(hint('Profile.department eq "x"', "attribute-spelling", withProfileFields(staffbaseUserSchema, [{ id: "department" }])).suggestions[0]?.text).toBe("profile.department");
    const generated = schemaFromScim(rfc7643Schemas);
    const enterprise = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    const text = `${enterprise}:EMPLOYEENUMBER eq "1"`;
    expect(fixed(text, hint(text, "attribute-spelling", generated), 0, generated)).toBe(`${enterprise}:employeeNumber eq "1"`);
  });

  it("stays quiet for the documented spelling and for unknown names", () => {
    expect(validateFilter('staffbase.role eq "admin"', staffbaseUserSchema)).toEqual([]);
    expect(validateFilter('Staffbase.Rol eq "admin"', staffbaseUserSchema).map((diagnostic) => diagnostic.code)).toEqual(["unknown-attribute"]);
  });
});

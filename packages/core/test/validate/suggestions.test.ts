// Every fix, applied to the text it was offered for, removes the problem it was offered for.
import { describe, expect, it } from "vitest";
import type { FilterSchema } from "../../src/index.js";
import { scimCoreUserSchema, staffbaseUserSchema, validateFilter, withProfileFields } from "../../src/index.js";
import { applySuggestion } from "./support.js";

const SCHEMAS: Record<"S" | "C" | "P", FilterSchema> = {
  S: staffbaseUserSchema,
  C: scimCoreUserSchema,
  P: withProfileFields(staffbaseUserSchema, [{ id: "department" }, { id: "level", type: "enum", options: [{ value: "junior", label: "Junior" }, { value: "senior", label: "Senior" }] }]),
};

// Code, schema (S Staffbase, C SCIM core, P Staffbase with profile fields), a filter with that one problem.
const BROKEN: [string, keyof typeof SCHEMAS, string][] = [
  // syntax
  ["syntax", "S", "userName eq bob"],
  ["syntax", "S", "staffbase.role eq admin"],
  ["syntax", "S", "staffbase.status eq pending and userName pr"],
  ["syntax", "S", "userName pr\n  and\n    staffbase.role eq admin"],
  ["syntax", "S", `profile.team eq ${"x".repeat(60)}`],
  ["syntax", "S", "profile.team eq data-platform.eu"],
  // unknown-attribute
  ["unknown-attribute", "S", 'staffbase.rol eq "admin"'],
  ["unknown-attribute", "S", 'Staffbase.Stats eq "pending"'],
  ["unknown-attribute", "S", 'userName pr and  (  staffbase.rol   eq "admin")'],
  ["unknown-attribute", "S", "urn:ietf:params:scim:schemas:core:2.0:User:userNam pr"],
  ["unknown-attribute", "S", 'grops eq "604fab5e830203614e6fa59d"'],
  ["unknown-attribute", "C", 'emails[typo eq "x"]'],
  ["unknown-attribute", "C", 'name.givenNme eq "Barbara"'],
  ["unknown-attribute", "P", 'profile.departmnt eq "Sales"'],
  // operator-not-allowed
  ["operator-not-allowed", "S", 'staffbase.role ne "admin"'],
  ["operator-not-allowed", "S", 'created co "2022-05-30T10:00"'],
  ["operator-not-allowed", "S", 'groups gt "604fab5e830203614e6fa59d"'],
  ["operator-not-allowed", "S", 'staffbase.space ne "5fc7743d3dd910548d350a2a"'],
  ["operator-not-allowed", "S", 'profile.department sw "Sal"'],
  ["operator-not-allowed", "S", 'staffbase.status\n  ne\n  "pending"'],
  // presence-only
  ["presence-only", "S", 'password eq "x"'],
  ["presence-only", "S", 'not (staffbase.recoveryCode ne "abc")'],
  ["presence-only", "S", 'USERNAME  EQ "x" or emails pr'],
  ["presence-only", "S", 'externalId sw "ad-" and staffbase.role eq "admin"'],
  ["presence-only", "C", 'password eq "secret"'],
  // invalid-value
  ["invalid-value", "S", "profile.x eq 42"],
  ["invalid-value", "S", "profile.x eq true"],
  ["invalid-value", "C", 'active eq "true"'],
  ["invalid-value", "C", 'emails[primary eq "FALSE"]'],
  // value-not-allowed
  ["value-not-allowed", "S", 'staffbase.role eq "superuser"'],
  ["value-not-allowed", "S", 'staffbase.role eq "Admin"'],
  ["value-not-allowed", "S", 'staffbase.status eq "activ"'],
  ["value-not-allowed", "S", 'staffbase.creationType eq "LDAP"'],
  ["value-not-allowed", "S", 'staffbase.creationType eq "manual"'],
  ["value-not-allowed", "C", 'emails[type eq "mobile"]'],
  ["value-not-allowed", "P", 'profile.level eq "principal"'],
  // date-equality
  ["date-equality", "S", 'created eq "2022-05-30"'],
  ["date-equality", "S", 'updated ne "2021-07-07"'],
  ["date-equality", "S", 'not (CREATED EQ "2022-05-30")'],
  ["date-equality", "S", 'created eq "2022-05-30" or userName pr'],
  ["date-equality", "S", 'userName pr and deactivated ne "2024-02-28" and staffbase.status eq "deactivated"'],
];

describe("applying a suggestion", () => {
  it.each(BROKEN)("fixes %s (%s): %s", (code, schemaKey, text) => {
    const schema = SCHEMAS[schemaKey];
    const offered = validateFilter(text, schema).filter((diagnostic) => diagnostic.code === code);
    expect(offered.length).toBeGreaterThan(0);
    const suggestions = offered.flatMap((diagnostic) => diagnostic.suggestions);
    expect(suggestions.length).toBeGreaterThan(0);
    for (const suggestion of suggestions) {
      const fixed = applySuggestion(text, suggestion);
      const after = validateFilter(fixed, schema);
      expect({ fixed, left: after.filter((diagnostic) => diagnostic.code === code || diagnostic.code === "syntax") }).toEqual({ fixed, left: [] });
    }
  });
});

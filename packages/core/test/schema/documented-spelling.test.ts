import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  compileFilter,
  documentedSpelling,
  formatFilter,
  parseFilter,
  rfc7643Schemas,
  schemaFromScim,
  scimCoreUserSchema,
  staffbaseUserSchema,
  validateFilter,
  withDocumentedSpelling,
} from "../../src/index.js";
import { genericFilter, genericUser, staffbaseFilter, staffbaseUser } from "../helpers/evaluate-arbitraries.js";

const respell = (text: string, schema = staffbaseUserSchema) => formatFilter(withDocumentedSpelling(parseFilter(text), schema));

describe("withDocumentedSpelling", () => {
  it("spells the Staffbase attributes as documented, and leaves what the schema does not know", () => {
    expect(respell('Staffbase.Role eq "admin" and USERNAME pr and not (EXTERNALID pr) and unknownField pr')).toBe(
      'staffbase.role eq "admin" and userName pr and not (externalId pr) and unknownField pr',
    );
    expect(respell('profile.Department eq "Sales"')).toBe('profile.Department eq "Sales"');
  });

  it("keeps a schema URN as written and spells sub-attributes, inside value paths too", () => {
    const generic = schemaFromScim(rfc7643Schemas);
    expect(respell('EMAILS[TYPE eq "work" and Value co "@example.com"] and NAME.GIVENNAME sw "B"', generic)).toBe(
      'emails[type eq "work" and value co "@example.com"] and name.givenName sw "B"',
    );
    const urn = "URN:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    expect(respell(`${urn}:DEPARTMENT eq "Sales" and ${urn}:Manager.VALUE pr`, generic)).toBe(`${urn}:department eq "Sales" and ${urn}:manager.value pr`);
  });

  it("returns the same objects when there is nothing to change", () => {
    const filter = parseFilter('staffbase.role eq "admin" and (userName pr or emails pr)');
    expect(withDocumentedSpelling(filter, staffbaseUserSchema)).toBe(filter);
    expect(documentedSpelling({ path: "USERNAME", name: "USERNAME" }, staffbaseUserSchema)).toBe("userName");
    expect(documentedSpelling({ path: "userName", name: "userName" }, staffbaseUserSchema)).toBeNull();
  });

  it("means the same, leaves no spelling warning, and is idempotent (random filters and users)", () => {
    for (const [filters, users, schema] of [
      [staffbaseFilter, staffbaseUser, staffbaseUserSchema],
      [genericFilter, genericUser, scimCoreUserSchema],
    ] as const) {
      fc.assert(
        fc.property(filters, fc.array(users, { maxLength: 4 }), (filter, sample) => {
          const spelled = withDocumentedSpelling(filter, schema);
          const text = formatFilter(spelled);
          expect(validateFilter(text, schema).filter((diagnostic) => diagnostic.code === "attribute-spelling")).toEqual([]);
          expect(formatFilter(withDocumentedSpelling(spelled, schema))).toBe(text);
          const before = compileFilter(filter, schema);
          const after = compileFilter(spelled, schema);
          for (const user of sample) expect(after(user)).toBe(before(user));
        }),
        { numRuns: 200 },
      );
    }
  });
});

// Value paths `attr[filter]`: some element of the attribute satisfies the inner filter.
import { describe, expect, it } from "vitest";
import { scimCoreUserSchema } from "../../src/schema/scim-core.js";
import { staffbaseUserSchema } from "../../src/schema/staffbase.js";
import type { FilterSchema } from "../../src/schema/types.js";
import { ids } from "./helpers.js";

const users = [
  { id: "work-example", emails: [{ type: "work", value: "a@example.com", primary: true }] },
  // The conditions hold for different elements only: no match.
  { id: "split", emails: [{ type: "home", value: "b@example.com" }, { type: "work", value: "b@other.org", primary: false }] },
  { id: "upper-case", emails: [{ type: "WORK", value: "c@EXAMPLE.com" }] },
  { id: "single-object", emails: { type: "work", value: "d@example.com" } },
  { id: "numeric-type", emails: [{ type: 5, value: "e@example.com" }] },
  { id: "no-emails" },
  { id: "empty-emails", emails: [] },
];

describe.each([
  ["the SCIM core schema", scimCoreUserSchema],
  ["no schema", undefined],
] as const)("value paths with %s", (_label, schema: FilterSchema | undefined) => {
  it('emails[type eq "work" and value co "@example.com"] needs one element to satisfy both (RFC 7644 example)', () => {
    expect(ids(users, 'emails[type eq "work" and value co "@example.com"]', schema)).toEqual(["work-example", "upper-case", "single-object"]);
  });

  it("or, not and pr inside the brackets apply per element", () => {
    expect(ids(users, 'emails[type eq "home" or value ew "other.org"]', schema)).toEqual(["split"]);
    expect(ids(users, 'emails[not (type eq "work")]', schema)).toEqual(["split", "numeric-type"]);
    expect(ids(users, "emails[primary pr]", schema)).toEqual(["work-example", "split"]);
    expect(ids(users, "emails[primary eq true]", schema)).toEqual(["work-example"]);
  });

  it("no element: the value path is false and its negation true", () => {
    expect(ids(users, 'not (emails[type eq "work"])', schema)).toEqual(["numeric-type", "no-emails", "empty-emails"]);
  });

  it("inner names are matched case-insensitively", () => {
    expect(ids(users, 'EMAILS[TYPE eq "work" and Value co "@example.com"]', schema)).toEqual(["work-example", "upper-case", "single-object"]);
  });
});

describe("value paths use the attribute's subAttributes for types", () => {
  it("a number for the enum sub-attribute type matches nothing with the schema, and the number without it", () => {
    expect(ids(users, "emails[type eq 5]", scimCoreUserSchema)).toEqual([]);
    expect(ids(users, "emails[type eq 5]")).toEqual(["numeric-type"]);
  });

  it("primary is boolean: a string compares with nothing", () => {
    expect(ids(users, 'emails[primary eq "true"]', scimCoreUserSchema)).toEqual([]);
  });

  it("a single complex attribute is one element", () => {
    const named = [
      { id: "barbara", name: { givenName: "Barbara", familyName: "Jensen" } },
      { id: "bob", name: { givenName: "Bob", familyName: "Jensen" } },
    ];
    expect(ids(named, 'name[givenName sw "bar" and familyName eq "jensen"]', scimCoreUserSchema)).toEqual(["barbara"]);
  });

  it("addresses with their extra sub-attributes", () => {
    const addressed = [
      { id: "ca", addresses: [{ type: "work", postalCode: "91608", country: "US" }] },
      { id: "de", addresses: [{ type: "home", postalCode: "10115", country: "DE" }] },
    ];
    expect(ids(addressed, 'addresses[type eq "work" and postalCode sw "9"]', scimCoreUserSchema)).toEqual(["ca"]);
  });
});

describe("value paths with the Staffbase schema", () => {
  const noDefault: FilterSchema = { ...staffbaseUserSchema, implicit: [] };
  const staffbase = [
    { id: "legacy", emails: [{ value: "ann@example.com", primary: true }] },
    { id: "v3", email: { value: "bo@example.com", source: "staffbase" } },
    { id: "other", emails: [{ value: "cy@other.org", primary: true }] },
    { id: "none" },
  ];

  it("the schema reads e-mail addresses as values; each stands for { value }", () => {
    expect(ids(staffbase, 'emails[value ew "@example.com"]', noDefault)).toEqual(["legacy", "v3"]);
    expect(ids(staffbase, "emails[value pr]", noDefault)).toEqual(["legacy", "v3", "other"]);
  });
});

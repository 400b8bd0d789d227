// scimCoreUserSchema is derived from the RFC 7643 §8.7.1 fixture, never written by hand: it must equal what
// schemaFromScim makes of the fixture's User schema, so the two cannot drift, and keep the RFC's facts.
import { describe, expect, expectTypeOf, it } from "vitest";
import type { AttributeSchema, FilterSchema, ScimAttributeDefinition, ScimSchemaResource } from "../../src/index.js";
import { compileFilter, rfc7643Schemas, SCIM_CORE_USER_URN, schemaFromScim, scimCoreUserSchema, validateFilter } from "../../src/index.js";

const ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

function resource(id: string): ScimSchemaResource {
  const found = rfc7643Schemas.Resources.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no schema ${id}`);
  return found;
}

function definition(name: string, of: readonly ScimAttributeDefinition[] = resource(SCIM_CORE_USER_URN).attributes): ScimAttributeDefinition {
  const found = of.find((candidate) => candidate.name === name);
  if (found === undefined) throw new Error(`no attribute definition ${name}`);
  return found;
}

function attribute(path: string): AttributeSchema {
  const found = scimCoreUserSchema.attributes.find((candidate) => candidate.path === path);
  if (found === undefined) throw new Error(`no attribute ${path}`);
  return found;
}

const operators = (path: string) => attribute(path).operators.map((option) => option.operator);

describe("scimCoreUserSchema", () => {
  it("keeps its id, name and type", () => {
    expectTypeOf(scimCoreUserSchema).toEqualTypeOf<FilterSchema>();
    expect(scimCoreUserSchema).toMatchObject({ id: "scim-core-user", name: "SCIM 2.0 core User (RFC 7643)" });
  });

  it("is exactly the fixture's User schema as schemaFromScim reads it, with the common attributes", () => {
    expect(scimCoreUserSchema).toEqual(schemaFromScim(rfc7643Schemas, { schemas: [SCIM_CORE_USER_URN], id: "scim-core-user", name: "SCIM 2.0 core User (RFC 7643)" }));
    // The same fields the generic schema (User + Enterprise User) offers for the User, in the same order.
    const generic = schemaFromScim(rfc7643Schemas).attributes.filter((entry) => !entry.path.startsWith(`${ENTERPRISE}:`));
    expect(scimCoreUserSchema.attributes).toEqual(generic);
    expect(scimCoreUserSchema.attributes.some((entry) => entry.path.includes(ENTERPRISE))).toBe(false);
  });

  it("covers every attribute of the RFC's User schema, and id, externalId and meta", () => {
    const paths = scimCoreUserSchema.attributes.map((entry) => entry.path);
    for (const { name } of resource(SCIM_CORE_USER_URN).attributes) {
      expect(paths.some((path) => path === name || path.startsWith(`${name}.`)), name).toBe(true);
    }
    expect(paths).toEqual(expect.arrayContaining(["id", "externalId", "meta.resourceType", "meta.created", "meta.lastModified", "meta.location", "meta.version"]));
  });

  it("labels every field readably, never with the raw attribute name", () => {
    for (const entry of scimCoreUserSchema.attributes) {
      expect(entry.label, entry.path).not.toMatch(/[a-z][A-Z]/);
      expect(entry.label.charAt(0), entry.path).toBe(entry.label.charAt(0).toUpperCase());
    }
    expect(["userName", "displayName", "name.givenName", "emails", "phoneNumbers.type", "meta.lastModified"].map((path) => attribute(path).label)).toEqual([
      "User name",
      "Display name",
      "Given name",
      "Emails",
      "Phone numbers: type",
      "Last modified",
    ]);
  });
});

describe("RFC 7643 facts, in the fixture and in the schema", () => {
  it("userName: required, case-insensitive, unique per server", () => {
    expect(definition("userName")).toMatchObject({ type: "string", required: true, caseExact: false, uniqueness: "server", returned: "default" });
    expect(attribute("userName").caseExact).toBeUndefined();
    expect(operators("userName")).toEqual(["eq", "ne", "co", "sw", "ew", "pr"]);
    expect(compileFilter('userName eq "BJENSEN"', scimCoreUserSchema)({ userName: "bjensen" })).toBe(true);
  });

  it("password: write-only and never returned, so only pr", () => {
    expect(definition("password")).toMatchObject({ type: "string", mutability: "writeOnly", returned: "never" });
    expect(attribute("password")).toMatchObject({ presenceOnly: true, operators: [{ operator: "pr" }] });
    expect(validateFilter('password eq "secret"', scimCoreUserSchema).map((diagnostic) => diagnostic.code)).toEqual(["presence-only"]);
    expect(validateFilter("password pr", scimCoreUserSchema)).toEqual([]);
  });

  it("emails: complex and multi-valued, with the canonical types work, home and other", () => {
    const emails = definition("emails");
    expect(emails).toMatchObject({ type: "complex", multiValued: true });
    expect(emails.subAttributes?.map((sub) => sub.name)).toEqual(["value", "display", "type", "primary"]);
    expect(definition("type", emails.subAttributes)).toMatchObject({ type: "string", canonicalValues: ["work", "home", "other"] });

    expect(attribute("emails")).toMatchObject({ type: "string", multiValued: true });
    expect(attribute("emails").subAttributes?.map((sub) => [sub.path, sub.type])).toEqual([["value", "string"], ["display", "string"], ["type", "enum"], ["primary", "boolean"]]);
    expect(attribute("emails.type")).toMatchObject({ type: "enum", multiValued: true, allowOtherValues: true });
    expect(attribute("emails.type").options).toEqual([
      { value: "work", label: "Work" },
      { value: "home", label: "Home" },
      { value: "other", label: "Other" },
    ]);
    expect(validateFilter('emails[type eq "work" and value co "@example.com"]', scimCoreUserSchema)).toEqual([]);
  });

  it("meta.lastModified: a dateTime (§3.1), compared as a date", () => {
    expect(attribute("meta.lastModified")).toMatchObject({ type: "dateTime", group: "Metadata" });
    expect(operators("meta.lastModified")).toEqual(["gt", "ge", "lt", "le", "eq", "ne", "pr"]);
    expect(compileFilter('meta.lastModified gt "2011-05-13T04:42:33Z"', scimCoreUserSchema)({ meta: { lastModified: "2011-05-13T04:42:34Z" } })).toBe(true);
  });

  it("addresses: sub-attributes as §8.7.1 defines them, without value, display or primary", () => {
    expect(definition("addresses").subAttributes?.map((sub) => sub.name)).toEqual(["formatted", "streetAddress", "locality", "region", "postalCode", "country", "type"]);
    // Nothing to compare the address as a whole with: presence only; conditions go in a value path.
    expect(operators("addresses")).toEqual(["pr"]);
    expect(validateFilter('addresses[type eq "work" and postalCode sw "9"]', scimCoreUserSchema)).toEqual([]);
  });

  it("keeps the RFC's schema JSON as published, quirks included", () => {
    const user = resource(SCIM_CORE_USER_URN).attributes;
    // Only addresses, of the multi-valued complex attributes, states a uniqueness.
    for (const name of ["phoneNumbers", "ims", "photos", "groups", "entitlements", "roles", "x509Certificates"]) {
      expect(Object.keys(definition(name, user)), name).not.toContain("uniqueness");
    }
    expect(definition("addresses", user).uniqueness).toBe("none");
    expect(definition("x509Certificates", user).caseExact).toBe(false);
    expect(definition("type", definition("x509Certificates", user).subAttributes).canonicalValues).toEqual([]);
    expect(definition("type", definition("roles", user).subAttributes).canonicalValues).toEqual([]);
    expect(Object.keys(definition("members", resource("urn:ietf:params:scim:schemas:core:2.0:Group").attributes))).not.toContain("uniqueness");
    expect(Object.keys(definition("manager", resource(ENTERPRISE).attributes))).not.toContain("uniqueness");
  });
});

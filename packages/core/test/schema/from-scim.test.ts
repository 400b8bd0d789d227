// schemaFromScim on the RFC 7643 §8.7.1 /Schemas example and on a server with a custom extension:
// the attributes it offers, their operators and values, and validation and evaluation with the result.
import { describe, expect, it } from "vitest";
import type { AttributeSchema, ScimSchemaResource } from "../../src/index.js";
import { compileFilter, isValid, resolveAttribute, rfc7643Schemas, schemaFromScim, validateFilter } from "../../src/index.js";

const ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
const schema = schemaFromScim(rfc7643Schemas);

function attribute(path: string): AttributeSchema {
  const found = schema.attributes.find((candidate) => candidate.path === path);
  if (found === undefined) throw new Error(`no attribute ${path}`);
  return found;
}

function operators(path: string): string[] {
  return attribute(path).operators.map((option) => option.operator);
}

describe("the RFC 7643 §8.7.1 fixture", () => {
  it("holds the User, Group and Enterprise User schemas with their attribute definitions", () => {
    expect(rfc7643Schemas.Resources.map((resource) => [resource.id, resource.name])).toEqual([
      ["urn:ietf:params:scim:schemas:core:2.0:User", "User"],
      ["urn:ietf:params:scim:schemas:core:2.0:Group", "Group"],
      [ENTERPRISE, "EnterpriseUser"],
    ]);
    const user = rfc7643Schemas.Resources[0];
    expect(user?.attributes.map((definition) => definition.name)).toEqual([
      "userName", "name", "displayName", "nickName", "profileUrl", "title", "userType", "preferredLanguage", "locale", "timezone",
      "active", "password", "emails", "phoneNumbers", "ims", "photos", "addresses", "groups", "entitlements", "roles", "x509Certificates",
    ]);
    expect(user?.attributes.find((definition) => definition.name === "password")).toMatchObject({ type: "string", mutability: "writeOnly", returned: "never" });
    expect(user?.attributes.find((definition) => definition.name === "userName")).toMatchObject({ required: true, uniqueness: "server", caseExact: false });
    expect(rfc7643Schemas.Resources[2]?.attributes.map((definition) => definition.name)).toEqual(["employeeNumber", "costCenter", "organization", "division", "department", "manager"]);
  });
});

describe("schemaFromScim on the RFC fixture", () => {
  it("gives each type its operators", () => {
    expect(operators("userName")).toEqual(["eq", "ne", "co", "sw", "ew", "pr"]);
    expect(operators("active")).toEqual(["eq", "ne", "pr"]);
    expect(operators("meta.lastModified")).toEqual(["gt", "ge", "lt", "le", "eq", "ne", "pr"]);
    expect(operators("emails.primary")).toEqual(["eq", "ne", "pr"]);
    expect(attribute("active").type).toBe("boolean");
    expect(attribute("meta.created").type).toBe("dateTime");
  });

  it("maps numbers to number comparisons", () => {
    const numbers = schemaFromScim([{ id: "urn:example:Numbers", name: "Numbers", attributes: [{ name: "level", type: "integer" }, { name: "score", type: "decimal" }] }]);
    expect(numbers.attributes.slice(0, 2).map((entry) => [entry.type, entry.operators.map((option) => option.operator)])).toEqual([
      ["number", ["eq", "ne", "gt", "ge", "lt", "le", "pr"]],
      ["number", ["eq", "ne", "gt", "ge", "lt", "le", "pr"]],
    ]);
  });

  it("turns canonical values into options that allow other values", () => {
    expect(attribute("emails.type")).toMatchObject({ type: "enum", allowOtherValues: true, options: [{ value: "work" }, { value: "home" }, { value: "other" }] });
    expect(attribute("phoneNumbers.type").options?.map((option) => option.value)).toEqual(["work", "home", "mobile", "fax", "pager", "other"]);
    // roles.type has an empty canonicalValues list: a plain string.
    expect(attribute("roles.type").type).toBe("string");
  });

  it("offers the never-returned password for pr only", () => {
    expect(attribute("password")).toMatchObject({ presenceOnly: true, operators: [{ operator: "pr" }] });
  });

  it("flattens single-valued complex attributes into sub-attribute paths", () => {
    expect(schema.attributes.filter((entry) => entry.path.startsWith("name")).map((entry) => entry.path)).toEqual([
      "name.formatted", "name.familyName", "name.givenName", "name.middleName", "name.honorificPrefix", "name.honorificSuffix",
    ]);
    expect(attribute("name.givenName")).toMatchObject({ label: "Given name", group: "Name" });
    expect(resolveAttribute(schema, "name").kind).toBe("unknown");
  });

  it("gives multi-valued complex attributes their sub-attributes for value paths, and dotted paths", () => {
    expect(attribute("emails")).toMatchObject({ type: "string", multiValued: true });
    expect(attribute("emails").subAttributes?.map((sub) => [sub.path, sub.type])).toEqual([["value", "string"], ["display", "string"], ["type", "enum"], ["primary", "boolean"]]);
    expect(attribute("addresses").subAttributes?.map((sub) => sub.path)).toEqual(["formatted", "streetAddress", "locality", "region", "postalCode", "country", "type"]);
    // No `value` sub-attribute: the address as a whole can only be tested for presence.
    expect(operators("addresses")).toEqual(["pr"]);
    expect(attribute("emails.value")).toMatchObject({ multiValued: true, label: "Emails: address" });
    // `$ref` is outside the filter grammar; binary values (certificates) are not filterable.
    expect(attribute("groups").subAttributes?.map((sub) => sub.path)).toEqual(["value", "display", "type"]);
    expect(schema.attributes.some((entry) => entry.path === "x509Certificates.value")).toBe(false);
  });

  it("writes enterprise attributes with their URN and labels them with the schema name", () => {
    expect(attribute(`${ENTERPRISE}:employeeNumber`)).toMatchObject({ label: "Employee number (Enterprise User)", group: "Enterprise User", type: "string" });
    expect(attribute(`${ENTERPRISE}:manager.value`)).toMatchObject({ label: "Manager: ID (Enterprise User)" });
    expect(resolveAttribute(schema, "employeeNumber").kind).toBe("unknown");
  });

  it("leaves Group out by default and includes it on request", () => {
    expect(schema.attributes.some((entry) => entry.path.startsWith("members"))).toBe(false);
    const groups = schemaFromScim(rfc7643Schemas, { schemas: ["urn:ietf:params:scim:schemas:core:2.0:Group"], id: "groups", name: "Groups" });
    expect(groups).toMatchObject({ id: "groups", name: "Groups" });
    expect(groups.attributes.map((entry) => entry.path)).toContain(`urn:ietf:params:scim:schemas:core:2.0:Group:displayName`);
    expect(groups.attributes.map((entry) => entry.path)).toContain(`urn:ietf:params:scim:schemas:core:2.0:Group:members`);
  });

  it("adds the common attributes id, externalId and meta, which /Schemas never lists", () => {
    expect(attribute("id").caseExact).toBe(true);
    expect(attribute("meta.lastModified").group).toBe("Metadata");
    expect(schemaFromScim(rfc7643Schemas, { commonAttributes: false }).attributes.some((entry) => entry.path === "id")).toBe(false);
  });

  it("accepts an array of schema resources as well as a ListResponse", () => {
    expect(schemaFromScim(rfc7643Schemas.Resources)).toEqual(schema);
  });
});

describe("a server with a custom extension", () => {
  const CUSTOM = "urn:acme:params:scim:schemas:extension:workforce:2.0:User";
  const resources: ScimSchemaResource[] = [
    { id: "urn:ietf:params:scim:schemas:core:2.0:User", name: "User", attributes: [{ name: "userName", type: "string", required: true }] },
    {
      id: CUSTOM,
      name: "WorkforceUser",
      attributes: [
        { name: "badgeId", type: "string", caseExact: true, description: "The badge\n  number." },
        { name: "clearance", type: "string", canonicalValues: ["public", "secret"] },
        { name: "hiredAt", type: "dateTime" },
        { name: "remote", type: "boolean" },
        { name: "skills", type: "complex", multiValued: true, subAttributes: [{ name: "value", type: "string" }, { name: "level", type: "integer" }] },
        { name: "photo", type: "binary" },
      ],
    },
  ];
  const custom = schemaFromScim({ Resources: resources });

  it("prefixes its attributes with the extension URN and labels them with its name", () => {
    expect(custom.attributes.map((entry) => entry.path).filter((path) => path.startsWith(CUSTOM))).toEqual(
      ["badgeId", "clearance", "hiredAt", "remote", "skills", "skills.value", "skills.level"].map((name) => `${CUSTOM}:${name}`),
    );
    expect(custom.attributes.find((entry) => entry.path === `${CUSTOM}:badgeId`)).toMatchObject({ label: "Badge ID (Workforce User)", caseExact: true, description: "The badge number." });
    expect(custom.attributes.find((entry) => entry.path === `${CUSTOM}:clearance`)).toMatchObject({ type: "enum", allowOtherValues: true });
    expect(custom.attributes.find((entry) => entry.path === `${CUSTOM}:skills`)?.subAttributes?.map((sub) => [sub.path, sub.type])).toEqual([["value", "string"], ["level", "number"]]);
  });

  it("validates and evaluates filters on them", () => {
    expect(validateFilter(`${CUSTOM}:skills[level ge 3] and ${CUSTOM}:remote eq true and ${CUSTOM}:hiredAt gt "2024-01-01"`, custom)).toEqual([]);
    expect(validateFilter(`${CUSTOM}:clearance eq "top"`, custom).map((diagnostic) => [diagnostic.severity, diagnostic.code])).toEqual([["warning", "value-not-allowed"]]);
    const user = { userName: "ada", [CUSTOM]: { badgeId: "B-7", remote: true, skills: [{ value: "go", level: 2 }, { value: "ts", level: 4 }] } };
    expect(compileFilter(`${CUSTOM}:skills[value eq "ts" and level ge 3]`, custom)(user)).toBe(true);
    expect(compileFilter(`${CUSTOM}:skills[value eq "go" and level ge 3]`, custom)(user)).toBe(false);
    expect(compileFilter(`${CUSTOM}:badgeId eq "b-7"`, custom)(user)).toBe(false);
    expect(compileFilter(`${CUSTOM}:badgeId eq "B-7"`, custom)(user)).toBe(true);
  });
});

describe("validating against the generated schema", () => {
  it("accepts value paths, enterprise URN paths and dates", () => {
    expect(validateFilter('emails[type eq "work" and value co "@example.com"]', schema)).toEqual([]);
    expect(validateFilter(`${ENTERPRISE}:employeeNumber eq "1"`, schema)).toEqual([]);
    expect(validateFilter('addresses[type eq "work" and postalCode sw "9"] or meta.lastModified gt "2011-05-13T04:42:34Z"', schema)).toEqual([]);
  });

  it("allows only pr on password", () => {
    const diagnostics = validateFilter('password eq "x"', schema);
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toEqual(["presence-only"]);
    expect(isValid(diagnostics)).toBe(false);
    expect(validateFilter("password pr", schema)).toEqual([]);
  });

  it("rejects sub-attributes a value path does not have, and value paths on simple attributes", () => {
    expect(validateFilter('emails[postalCode eq "x"]', schema).map((diagnostic) => diagnostic.code)).toEqual(["unknown-attribute"]);
    expect(validateFilter('userName[value eq "x"]', schema).map((diagnostic) => diagnostic.code)).toEqual(["value-path-not-allowed"]);
  });
});

describe("evaluating with the generated schema", () => {
  const user = {
    userName: "bjensen",
    emails: [
      { value: "bjensen@example.com", type: "work", primary: true },
      { value: "babs@jensen.org", type: "home" },
    ],
    addresses: [{ type: "work", postalCode: "91608", locality: "Hollywood" }],
    meta: { lastModified: "2011-05-13T04:42:34Z" },
    [ENTERPRISE]: { employeeNumber: "701984", manager: { value: "26118915-6090-4610-87e4-49d8ca9f808d" } },
  };
  const matches = (filter: string) => compileFilter(filter, schema)(user);

  it("matches value paths on one entry", () => {
    expect(matches('emails[type eq "work" and value co "@example.com"]')).toBe(true);
    expect(matches('emails[type eq "home" and value co "@example.com"]')).toBe(false);
    expect(matches('addresses[type eq "work" and postalCode sw "9"]')).toBe(true);
  });

  it("matches a multi-valued sub-attribute when any entry does", () => {
    expect(matches('emails.value co "jensen.org"')).toBe(true);
    expect(matches('emails.value co "nowhere"')).toBe(false);
    expect(matches('emails co "EXAMPLE.COM"')).toBe(true);
  });

  it("compares meta.lastModified as a date", () => {
    expect(matches('meta.lastModified gt "2011-01-01"')).toBe(true);
    expect(matches('meta.lastModified gt "2012-01-01"')).toBe(false);
  });

  it("reads enterprise attributes from the extension object", () => {
    expect(matches(`${ENTERPRISE}:employeeNumber eq "701984"`)).toBe(true);
    expect(matches(`${ENTERPRISE}:manager.value sw "26118915"`)).toBe(true);
  });
});

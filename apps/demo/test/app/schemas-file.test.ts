// parseSchemasFile: a user's /Schemas JSON becomes a filter schema, or a message naming what is wrong.
import { rfc7643Schemas } from "@scim-filter/core";
import { describe, expect, it } from "vitest";
import { parseSchemasFile, tooLarge } from "../../src/schema/schemas-file.js";

const EMPLOYEE_NUMBER = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber";

function failure(json: unknown): string {
  const result = parseSchemasFile(typeof json === "string" ? json : JSON.stringify(json), "bad.json");
  if (result.ok) throw new Error("expected a failure");
  return result.message;
}

describe("parseSchemasFile", () => {
  it("reads a ListResponse, a bare array and a single schema resource", () => {
    for (const input of [rfc7643Schemas, rfc7643Schemas.Resources, { resources: rfc7643Schemas.Resources }]) {
      const result = parseSchemasFile(JSON.stringify(input), "schemas.json");
      expect(result.ok).toBe(true);
      if (!result.ok) continue;
      expect(result.schema.name).toBe("schemas.json");
      expect(result.schema.attributes.map((attribute) => attribute.path)).toEqual(expect.arrayContaining(["emails", EMPLOYEE_NUMBER]));
    }
    const enterprise = rfc7643Schemas.Resources.find((resource) => resource.id.includes("enterprise"));
    const single = parseSchemasFile(JSON.stringify(enterprise), "enterprise.json");
    expect(single.ok && single.schema.attributes.some((attribute) => attribute.path === EMPLOYEE_NUMBER)).toBe(true);
  });

  it("names what is wrong, and where", () => {
    expect(failure("{ nope")).toMatch(/^bad\.json is not valid JSON: /);
    expect(failure({ totalResults: 0 })).toBe(
      'bad.json is not a SCIM /Schemas document: Expected a /Schemas ListResponse ({ "Resources": [ … ] }), an array of schema resources or one schema resource, not an object with "totalResults".',
    );
    expect(failure(42)).toMatch(/, not the number 42\.$/);
    expect(failure({ Resources: {} })).toContain('The ListResponse: "Resources" should be an array of schema resources, not an empty object.');
    expect(failure({ Resources: [] })).toBe('bad.json is not a SCIM /Schemas document: The ListResponse: "Resources" is empty; it should list at least one schema resource.');
    expect(failure([])).toMatch(/, not an empty array\.$/);
    expect(failure([{ attributes: [] }])).toContain('[0]: "id" is missing; it should be the schema\'s URN.');
    expect(failure([{ id: "urn:x", attributes: "none" }])).toContain('[0] ("urn:x"): "attributes" should be an array of attribute definitions, not the string "none".');
    expect(failure([{ id: "urn:x", attributes: [{ name: "age", type: "number" }] }])).toContain('[0] ("urn:x").attributes[0] ("age"): "type" should be one of the SCIM attribute types string, boolean, decimal, integer, dateTime, reference, complex, binary, not the string "number".');
    expect(failure([{ id: "urn:x", attributes: [{ name: "emails", type: "complex", subAttributes: [{ name: "value" }] }] }])).toContain('[0] ("urn:x").attributes[0] ("emails").subAttributes[0] ("value"): "type" is missing; it should be one of the SCIM attribute types');
    expect(failure([{ id: "urn:x", attributes: [{ name: "kind", type: "string", canonicalValues: "a" }] }])).toContain('"canonicalValues" should be an array of strings');
  });

  it("refuses a file that defines no filterable User attributes", () => {
    const group = rfc7643Schemas.Resources.filter((resource) => resource.id.endsWith(":Group"));
    expect(failure(group)).toBe(
      "bad.json defines no filterable User attributes (its schemas: urn:ietf:params:scim:schemas:core:2.0:Group). Core schemas other than User, such as Group, are left out.",
    );
  });

  it("refuses files over 5 MB unread", () => {
    expect(tooLarge({ name: "small.json", size: 1000 })).toBeNull();
    expect(tooLarge({ name: "huge.json", size: 6 * 1024 * 1024 })).toBe("huge.json is 6.0 MB; the demo reads /Schemas files up to 5 MB.");
  });
});

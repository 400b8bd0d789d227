// valuePathSchema: the schema inside `attr[…]`, one object per (schema, attribute) so caches keyed by schema hit.
import { describe, expect, it } from "vitest";
import type { FilterSchema } from "../../src/index.js";
import { parseFilter, rfc7643Schemas, schemaFromScim, staffbaseUserSchema, validateFilter, valuePathSchema } from "../../src/index.js";

const schema = schemaFromScim(rfc7643Schemas);
const CUSTOM = "urn:example:params:scim:schemas:extension:workforce:2.0:User";

describe("valuePathSchema", () => {
  it("offers the attribute's sub-attributes, by their own names", () => {
    const emails = valuePathSchema(schema, "emails");
    expect(emails).toMatchObject({ id: "scim:emails", name: "emails[…]" });
    expect(emails?.attributes.map((attribute) => attribute.path)).toEqual(["value", "display", "type", "primary"]);
    expect(emails?.attributes).toBe(schema.attributes.find((attribute) => attribute.path === "emails")?.subAttributes);
    expect(valuePathSchema(schema, "addresses")?.attributes.map((attribute) => attribute.path)).toContain("postalCode");
  });

  it("returns the same object for the same schema and attribute, however the attribute is written", () => {
    const emails = valuePathSchema(schema, "emails");
    expect(valuePathSchema(schema, "EMAILS")).toBe(emails);
    expect(valuePathSchema(schema, "urn:ietf:params:scim:schemas:core:2.0:User:emails")).toBe(emails);
    const parsed = parseFilter('Emails[type eq "work"]');
    if (parsed.type !== "valuePath") throw new Error("expected a value path");
    expect(valuePathSchema(schema, parsed.attribute)).toBe(emails);
    // Another attribute, or the same attribute in another schema, is another schema.
    expect(valuePathSchema(schema, "phoneNumbers")).not.toBe(emails);
    const copy: FilterSchema = { ...schema, id: "copy" };
    expect(valuePathSchema(copy, "emails")).not.toBe(emails);
    expect(valuePathSchema(copy, "emails")?.id).toBe("copy:emails");
  });

  it("is null for unknown attributes and attributes without sub-attributes", () => {
    expect(valuePathSchema(schema, "userName")).toBeNull();
    expect(valuePathSchema(schema, "emails.value")).toBeNull();
    expect(valuePathSchema(schema, "nope")).toBeNull();
    // Staffbase's emails is presence-only, without sub-attributes.
    expect(valuePathSchema(staffbaseUserSchema, "emails")).toBeNull();
  });

  it("finds URN-prefixed extension attributes", () => {
    const custom = schemaFromScim({
      Resources: [
        { id: "urn:ietf:params:scim:schemas:core:2.0:User", name: "User", attributes: [{ name: "userName", type: "string" }] },
        { id: CUSTOM, name: "WorkforceUser", attributes: [{ name: "skills", type: "complex", multiValued: true, subAttributes: [{ name: "value", type: "string" }, { name: "level", type: "integer" }] }] },
      ],
    });
    expect(valuePathSchema(custom, `${CUSTOM}:skills`)?.attributes.map((attribute) => [attribute.path, attribute.type])).toEqual([["value", "string"], ["level", "number"]]);
    expect(valuePathSchema(custom, `${CUSTOM}:SKILLS`)).toBe(valuePathSchema(custom, `${CUSTOM}:skills`));
  });

  it("is the schema the validator checks the brackets with", () => {
    const emails = valuePathSchema(schema, "emails") as FilterSchema;
    expect(validateFilter('type eq "work" and value co "@example.com"', emails)).toEqual([]);
    expect(validateFilter('emails[type eq "work" and value co "@example.com"]', schema)).toEqual([]);
    const inner = validateFilter('emails[typo eq "work"]', schema);
    expect(inner.map((diagnostic) => [diagnostic.code, diagnostic.message])).toEqual([["unknown-attribute", "emails[…] has no filterable attribute typo. Did you mean type?"]]);
  });
});

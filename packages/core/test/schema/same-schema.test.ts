// sameSchema: schemas compared by what they say, so a schema built anew in each render is not a change.
import { describe, expect, it } from "vitest";
import type { FilterSchema } from "../../src/index.js";
import { rfc7643Schemas, sameSchema, schemaFromScim, scimCoreUserSchema, staffbaseUserSchema, withProfileFields } from "../../src/index.js";

const fields = [{ id: "department", label: "Department" }, { id: "level", type: "enum" as const, options: [{ value: "a", label: "A" }] }];

describe("sameSchema", () => {
  it("is true for schemas built twice from the same inputs", () => {
    expect(withProfileFields(staffbaseUserSchema, fields)).not.toBe(withProfileFields(staffbaseUserSchema, fields));
    expect(sameSchema(withProfileFields(staffbaseUserSchema, fields), withProfileFields(staffbaseUserSchema, fields))).toBe(true);
    expect(sameSchema(schemaFromScim(rfc7643Schemas), schemaFromScim(rfc7643Schemas))).toBe(true);
    expect(sameSchema(undefined, undefined)).toBe(true);
  });

  it("is false when anything the schema says differs", () => {
    const base = withProfileFields(staffbaseUserSchema, fields);
    expect(sameSchema(base, withProfileFields(staffbaseUserSchema, [...fields, { id: "costCenter" }]))).toBe(false);
    expect(sameSchema(base, withProfileFields(staffbaseUserSchema, [{ id: "department", label: "Abteilung" }, fields[1] as (typeof fields)[1]]))).toBe(false);
    expect(sameSchema(staffbaseUserSchema, scimCoreUserSchema)).toBe(false);
    expect(sameSchema(staffbaseUserSchema, undefined)).toBe(false);
    // Operators in another order are another picker order.
    const [first, ...rest] = staffbaseUserSchema.attributes;
    if (first === undefined) throw new Error("no attributes");
    const reordered: FilterSchema = { ...staffbaseUserSchema, attributes: [{ ...first, operators: [...first.operators].reverse() }, ...rest] };
    expect(first.operators.length).toBeGreaterThan(1);
    expect(sameSchema(staffbaseUserSchema, reordered)).toBe(false);
  });

  it("compares functions (an attribute's read) by identity, and absent equals undefined", () => {
    const attribute = { path: "x", label: "X", type: "string" as const, operators: [{ operator: "eq" as const, label: "is" }] };
    const read = () => "a";
    const schema = (extra: object): FilterSchema => ({ id: "s", name: "S", attributes: [{ ...attribute, ...extra }] });
    expect(sameSchema(schema({ read }), schema({ read }))).toBe(true);
    expect(sameSchema(schema({ read }), schema({ read: () => "a" }))).toBe(false);
    expect(sameSchema(schema({}), schema({ description: undefined }))).toBe(true);
    expect(sameSchema(schema({}), schema({ description: "" }))).toBe(false);
  });
});

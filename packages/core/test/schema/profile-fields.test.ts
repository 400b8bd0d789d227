// withProfileFields: a copy of a schema that knows an instance's custom profile fields.
import { describe, expect, it } from "vitest";
import type { AttributeSchema, FilterSchema } from "../../src/index.js";
import { resolveAttribute, scimCoreUserSchema, staffbaseUserSchema, withProfileFields } from "../../src/index.js";

function declared(schema: FilterSchema, path: string): AttributeSchema {
  const resolution = resolveAttribute(schema, path);
  if (resolution.kind !== "declared") throw new Error(`${path} is not declared`);
  return resolution.attribute;
}

describe("withProfileFields", () => {
  const schema = withProfileFields(staffbaseUserSchema, [
    { id: "department", label: "Department", description: "Where the user works." },
    { id: "costCenter" },
    {
      id: "level",
      type: "enum",
      options: [
        { value: "junior", label: "Junior" },
        { value: "senior", label: "Senior" },
      ],
    },
  ]);

  it("adds one attribute per field, after the schema's own", () => {
    expect(schema.attributes.map((attribute) => attribute.path)).toEqual([
      ...staffbaseUserSchema.attributes.map((attribute) => attribute.path),
      "profile.department",
      "profile.costCenter",
      "profile.level",
    ]);
  });

  it("takes label, description, type and options from the field, and eq only", () => {
    expect(declared(schema, "profile.department")).toMatchObject({
      path: "profile.department",
      label: "Department",
      description: "Where the user works.",
      group: "Profile",
      type: "string",
      operators: [{ operator: "eq", label: "is" }],
    });
    expect(declared(schema, "profile.costCenter")).toMatchObject({ label: "costCenter", type: "string" });
    const level = declared(schema, "profile.level");
    expect(level.type).toBe("enum");
    expect(level.options?.map((option) => option.value)).toEqual(["junior", "senior"]);
    expect(level.operators).toEqual([{ operator: "eq", label: "is" }]);
  });

  it("stops accepting undeclared profile fields silently", () => {
    expect(schema.dynamic?.map((dynamic) => [dynamic.name, dynamic.allowUndeclared])).toEqual([["profile", false]]);
  });

  it("leaves the original schema untouched", () => {
    expect(staffbaseUserSchema.attributes.some((attribute) => attribute.path.startsWith("profile."))).toBe(false);
    expect(staffbaseUserSchema.dynamic?.[0]?.allowUndeclared).toBe(true);
    expect(schema.implicit).toEqual(staffbaseUserSchema.implicit);
    expect(schema.id).toBe(staffbaseUserSchema.id);
  });

  it("replaces a field declared before, case-insensitively", () => {
    const again = withProfileFields(schema, [{ id: "Department", label: "Dept." }]);
    const paths = again.attributes.map((attribute) => attribute.path).filter((path) => path.startsWith("profile."));
    expect(paths).toEqual(["profile.costCenter", "profile.level", "profile.Department"]);
    expect(declared(again, "profile.department").label).toBe("Dept.");
  });

  it("works on a schema without profile fields, with string fields taking eq only", () => {
    const extended = withProfileFields(scimCoreUserSchema, [{ id: "team" }]);
    expect(declared(extended, "profile.team")).toMatchObject({ type: "string", group: "Profile", operators: [{ operator: "eq", label: "is" }] });
    expect(extended.dynamic).toEqual([]);
    expect(resolveAttribute(extended, "profile.other")).toEqual({ kind: "unknown" });
  });

  it("adds nothing for an empty list, but still closes the profile prefix", () => {
    const empty = withProfileFields(staffbaseUserSchema, []);
    expect(empty.attributes).toEqual(staffbaseUserSchema.attributes);
    expect(resolveAttribute(empty, "profile.x")).toMatchObject({ kind: "dynamic", declaredOnly: true });
  });
});

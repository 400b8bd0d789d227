// Hand-written schemas: defineSchema fills the defaults; wherever a schema enters, a wrong one fails with a
// SchemaError that names the bad part, never a TypeError from deep inside.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { FilterSchema } from "../../src/index.js";
import {
  checkSchema,
  compileFilter,
  defineSchema,
  describeFilter,
  explainFilter,
  rfc7643Schemas,
  SchemaError,
  schemaFromScim,
  scimCoreUserSchema,
  staffbaseUserSchema,
  validateFilter,
  withProfileFields,
} from "../../src/index.js";

/** What a JavaScript caller (or a JSON file) can pass where the types would not let it. */
const unchecked = (schema: unknown) => schema as FilterSchema;

function schemaErrorOf(run: () => unknown): SchemaError {
  try {
    run();
  } catch (error) {
    if (error instanceof SchemaError) return error;
    throw error;
  }
  throw new Error("expected a SchemaError");
}

describe("a hand-written schema without operators", () => {
  const schema = unchecked({ id: "hr", name: "HR", attributes: [{ path: "userName", label: "User name", type: "string" }] });

  it.each([
    ["validateFilter", () => validateFilter('userName eq "a"', schema)],
    ["validateFilter with invalid text", () => validateFilter("userName eq", schema)],
    ["compileFilter", () => compileFilter('userName eq "a"', schema)],
    ["explainFilter", () => explainFilter('userName eq "a"', { userName: "a" }, schema)],
    ["describeFilter", () => describeFilter(null, schema)],
    ["withProfileFields", () => withProfileFields(schema, [])],
  ])("%s throws a SchemaError naming attributes.userName.operators", (_name, run) => {
    const error = schemaErrorOf(run);
    expect(error.path).toBe("attributes.userName.operators");
    expect(error.message).toBe("Invalid filter schema: attributes.userName.operators is missing");
  });

  it("defineSchema fills them from the type", () => {
    const filled = defineSchema(schema);
    expect(filled.attributes[0]?.operators.map((option) => option.operator)).toEqual(["eq", "ne", "co", "sw", "ew", "pr"]);
    expect(validateFilter('userName co "a"', filled)).toEqual([]);
  });
});

describe("defineSchema", () => {
  const schema = defineSchema({
    name: "HR directory",
    attributes: [
      { path: "userName" },
      { path: "active", type: "boolean" },
      { path: "hired", label: "Hired", type: "dateTime", operators: ["gt", "lt"] },
      { path: "level", type: "enum", options: [{ value: "junior" }, { value: "senior", label: "Senior" }] },
      { path: "password", presenceOnly: true },
      { path: "emails", type: "complex", multiValued: true, subAttributes: [{ path: "value" }, { path: "type", type: "enum", options: [{ value: "work" }] }] },
    ],
    dynamic: [{ name: "custom", template: { type: "string", operators: ["eq"] } }],
  });

  it("fills id, labels, types and operators, and keeps what is given", () => {
    expect(schema.id).toBe("HR directory");
    expect(schema.attributes.map((attribute) => [attribute.path, attribute.label, attribute.type])).toEqual([
      ["userName", "userName", "string"],
      ["active", "active", "boolean"],
      ["hired", "Hired", "dateTime"],
      ["level", "level", "enum"],
      ["password", "password", "string"],
      ["emails", "emails", "complex"],
    ]);
    expect(schema.attributes[2]?.operators).toEqual([
      { operator: "gt", label: "is after" },
      { operator: "lt", label: "is before" },
    ]);
    expect(schema.attributes[3]?.options).toEqual([
      { value: "junior", label: "junior" },
      { value: "senior", label: "Senior" },
    ]);
    expect(schema.attributes[4]?.operators).toEqual([{ operator: "pr", label: "is present" }]);
    expect(schema.dynamic).toEqual([{ name: "custom", allowUndeclared: true, template: { type: "string", operators: [{ operator: "eq", label: "is" }] } }]);
    expect(checkSchema(schema)).toBe(schema);
  });

  it("gives a schema every function works with", () => {
    expect(validateFilter('userName sw "a" and active eq true and hired gt "2024-01-01" and emails[type eq "work"] and custom.x eq "y"', schema)).toEqual([]);
    expect(validateFilter('hired eq "2024-01-01"', schema)).toMatchObject([{ code: "operator-not-allowed", span: { start: 6, end: 8 } }]);
    expect(validateFilter('level eq "mid"', schema)).toMatchObject([{ code: "value-not-allowed" }]);
    const senior = compileFilter('level eq "senior" and emails[type eq "work"]', schema);
    expect(senior({ level: "senior", emails: [{ type: "work", value: "a@b.c" }] })).toBe(true);
    expect(senior({ level: "junior", emails: [{ type: "work", value: "a@b.c" }] })).toBe(false);
    expect(describeFilter(null, schema)).toBe("All users.");
  });

  it.each([
    [{ attributes: [] }, "name", "is missing"],
    [{ name: "S", id: 5, attributes: [] }, "id", "should be a string"],
    [{ name: "S", attributes: {} }, "attributes", "should be an array"],
    [{ name: "S", attributes: [{ label: "No path" }] }, "attributes[0].path", "is missing"],
    [{ name: "S", attributes: ["userName"] }, "attributes[0]", "should be an object"],
    [{ name: "S", attributes: [{ path: "active", type: "bool" }] }, "attributes.active.type", "should be one of string, enum, id, dateTime, boolean, number, complex"],
    [{ name: "S", attributes: [{ path: "x", operators: ["contains"] }] }, "attributes.x.operators[0].operator", "should be one of eq, ne, co, sw, ew, gt, lt, ge, le, pr"],
    [{ name: "S", attributes: [{ path: "x", operators: "eq" }] }, "attributes.x.operators", "should be an array"],
    [{ name: "S", attributes: [{ path: "level", type: "enum" }] }, "attributes.level.options", "is missing"],
    [{ name: "S", attributes: [{ path: "level", type: "enum", options: [{ label: "Junior" }] }] }, "attributes.level.options[0].value", "is missing"],
    [{ name: "S", attributes: [{ path: "id", type: "id", idFormat: { pattern: 5 } }] }, "attributes.id.idFormat.pattern", "should be a string"],
    [{ name: "S", attributes: [{ path: "emails", subAttributes: [{ path: "type", type: "date" }] }] }, "attributes.emails.subAttributes.type.type", "should be one of string, enum, id, dateTime, boolean, number, complex"],
    [{ name: "S", attributes: [{ path: "x", read: "x.y" }] }, "attributes.x.read", "should be a function"],
    [{ name: "S", attributes: [], dynamic: [{ name: "profile", template: { type: "text" } }] }, "dynamic[0].template.type", "should be one of string, enum, id, dateTime, boolean, number, complex"],
    [{ name: "S", attributes: [], implicit: [{ attribute: "status", operator: "pr", value: "a", label: "a" }] }, "implicit[0].operator", "should be one of eq, ne, co, sw, ew, gt, lt, ge, le"],
    [{ name: "S", attributes: [], implicit: [{ attribute: "status", operator: "eq", value: "a", label: "a", suppressedBy: "deactivated" }] }, "implicit[0].suppressedBy", "should be an array"],
  ])("%j: %s %s", (input, path, problem) => {
    const error = schemaErrorOf(() => defineSchema(unchecked(input)));
    expect(error.path).toBe(path);
    expect(error.message).toBe(`Invalid filter schema: ${path} ${problem}`);
  });
});

describe("checkSchema", () => {
  it("accepts every schema the package builds", () => {
    for (const schema of [staffbaseUserSchema, scimCoreUserSchema, schemaFromScim(rfc7643Schemas), withProfileFields(staffbaseUserSchema, [{ id: "a", type: "enum", options: [{ value: "x", label: "X" }] }])]) {
      expect(checkSchema(schema)).toBe(schema);
    }
  });

  // Any one part of a valid schema replaced by a value of the wrong kind (or removed): the functions that take a
  // schema either work or throw a SchemaError — never a TypeError from inside.
  const wrong = fc.constantFrom<unknown>(undefined, null, 0, "", "x", true, [], {}, [1], { path: 1 });
  const base = JSON.parse(JSON.stringify(scimCoreUserSchema)) as unknown;

  function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
    if (typeof value !== "object" || value === null) return [at];
    const keys = Array.isArray(value) ? value.map((_, index) => index) : Object.keys(value);
    return [at, ...keys.flatMap((key) => paths((value as Record<string | number, unknown>)[key], [...at, key]))];
  }
  const all = paths(base).filter((path) => path.length > 0);

  function replaced(path: (string | number)[], by: unknown): unknown {
    const copy = structuredClone(base);
    let parent = copy as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    const last = path.at(-1) as string | number;
    if (by === undefined && Array.isArray(parent)) parent.splice(last as number, 1);
    else if (by === undefined) delete parent[last];
    else parent[last] = by;
    return copy;
  }

  it("makes a broken schema a SchemaError wherever it enters", () => {
    const text = 'userName sw "a" and (emails[type eq "work" and value co "@"] or name.givenName pr) and not (active eq true) and meta.lastModified gt "2024-01-01"';
    const user = { userName: "ab", emails: [{ type: "work", value: "a@b" }], name: { givenName: "A" }, active: false, meta: { lastModified: "2025-01-01T00:00:00Z" } };
    fc.assert(
      fc.property(fc.constantFrom(...all), wrong, (path, by) => {
        const schema = unchecked(replaced(path, by));
        for (const run of [() => validateFilter(text, schema), () => compileFilter(text, schema)(user), () => explainFilter(text, user, schema), () => describeFilter(null, schema)]) {
          try {
            run();
          } catch (error) {
            expect(error, `${path.join(".")} = ${JSON.stringify(by)}`).toBeInstanceOf(SchemaError);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});

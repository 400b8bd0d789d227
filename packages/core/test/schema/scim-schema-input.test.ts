// Input checking for schemaFromScim and readScimSchemas: a /Schemas response of the wrong shape throws a
// ScimSchemaError whose message and path say what is wrong and where, and nothing else is ever thrown.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { FilterSchema } from "../../src/index.js";
import { readScimSchemas, rfc7643Schemas, schemaFromScim, ScimSchemaError } from "../../src/index.js";

const USER = "urn:ietf:params:scim:schemas:core:2.0:User";
const TYPES = "one of the SCIM attribute types string, boolean, decimal, integer, dateTime, reference, complex, binary";
const EXPECTED_INPUT = 'Expected a /Schemas ListResponse ({ "Resources": [ … ] }), an array of schema resources or one schema resource';

/** The ScimSchemaError schemaFromScim throws for `input`; anything else (no error, another error) fails. */
function errorFor(input: unknown): ScimSchemaError {
  try {
    schemaFromScim(input);
  } catch (error) {
    if (error instanceof ScimSchemaError) return error;
    throw error;
  }
  throw new Error("expected a ScimSchemaError");
}

/** What an error says, as plain data. */
function report(input: unknown): { message: string; path: string; key: string | null } {
  return errorFor(input).toJSON();
}

/** The RFC fixture as JSON, to break in one place. */
function fixture(): { Resources: { id: string; attributes: Record<string, unknown>[] }[] } {
  return JSON.parse(JSON.stringify(rfc7643Schemas)) as { Resources: { id: string; attributes: Record<string, unknown>[] }[] };
}

function indexOf(attributes: readonly Record<string, unknown>[], name: string): number {
  const index = attributes.findIndex((attribute) => attribute.name === name);
  if (index === -1) throw new Error(`no attribute ${name}`);
  return index;
}

describe("ScimSchemaError", () => {
  it("is an Error with a name, a path, a key and JSON output", () => {
    const error = errorFor({});
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("ScimSchemaError");
    expect(JSON.parse(JSON.stringify(error))).toEqual({ message: error.message, path: "", key: null });
  });
});

describe("the input as a whole", () => {
  it("must be a ListResponse, an array of schema resources or one schema resource", () => {
    expect(report({})).toEqual({ message: `${EXPECTED_INPUT}, not an empty object.`, path: "", key: null });
    expect(report({ totalResults: 0 }).message).toBe(`${EXPECTED_INPUT}, not an object with "totalResults".`);
    expect(report(42).message).toBe(`${EXPECTED_INPUT}, not the number 42.`);
    expect(report("x".repeat(100)).message).toMatch(/not the string "x{59}…\.$/);
    expect(report(null).message).toBe(`${EXPECTED_INPUT}, not null.`);
    expect(report(undefined).message).toBe(`${EXPECTED_INPUT}, not undefined.`);
    expect(report({ a: 1, b: 2, c: 3, d: 4, e: 5 }).message).toBe(`${EXPECTED_INPUT}, not an object with "a", "b", "c", "d", ….`);
  });

  it("must list at least one schema resource", () => {
    expect(report([]).message).toBe(`${EXPECTED_INPUT}, not an empty array.`);
    expect(report({ Resources: [] })).toEqual({ message: 'The ListResponse: "Resources" is empty; it should list at least one schema resource.', path: "", key: "Resources" });
    // RFC 7644 §3.4.2 lets a ListResponse without results leave "Resources" out.
    expect(report({ schemas: ["urn:ietf:params:scim:api:messages:2.0:ListResponse"], totalResults: 0 })).toEqual({
      message: 'The ListResponse: "Resources" is missing; it should be an array of schema resources.',
      path: "",
      key: "Resources",
    });
  });

  it("has its Resources as an array, under any case of the key", () => {
    expect(report({ Resources: {} })).toEqual({ message: 'The ListResponse: "Resources" should be an array of schema resources, not an empty object.', path: "", key: "Resources" });
    expect(report({ resources: [7] })).toEqual({ message: "resources[0] should be a schema resource object, not the number 7.", path: "resources[0]", key: null });
    expect(schemaFromScim({ RESOURCES: rfc7643Schemas.Resources })).toEqual(schemaFromScim(rfc7643Schemas));
  });

  it("may be one schema resource (GET /Schemas/{id})", () => {
    const user = rfc7643Schemas.Resources[0];
    expect(schemaFromScim(user)).toEqual(schemaFromScim(rfc7643Schemas, { schemas: [USER] }));
    expect(report({ id: "urn:x" })).toEqual({ message: 'The schema ("urn:x"): "attributes" is missing; it should be an array of attribute definitions.', path: "", key: "attributes" });
  });
});

describe("a schema resource", () => {
  it("is an object", () => {
    expect(report([{ id: "urn:x", attributes: [] }, [1, 2]])).toEqual({ message: "[1] should be a schema resource object, not an array of 2 items.", path: "[1]", key: null });
  });

  it("has an id", () => {
    expect(report([{ attributes: [] }])).toEqual({ message: '[0]: "id" is missing; it should be the schema\'s URN.', path: "[0]", key: "id" });
    expect(report({ Resources: [{ id: "", attributes: [] }] }).message).toBe('Resources[0]: "id" should be the schema\'s URN, not the string "".');
  });

  it("has its attributes as an array", () => {
    expect(report([{ id: "urn:x", attributes: "none" }])).toEqual({
      message: '[0] ("urn:x"): "attributes" should be an array of attribute definitions, not the string "none".',
      path: "[0]",
      key: "attributes",
    });
  });

  it("has a string name, if any", () => {
    expect(report([{ id: "urn:x", name: 3, attributes: [] }]).message).toBe('[0] ("urn:x"): "name" should be a string, not the number 3.');
  });
});

describe("an attribute definition", () => {
  it("is an object", () => {
    expect(report([{ id: "urn:x", attributes: [null] }])).toEqual({ message: '[0] ("urn:x").attributes[0] should be an attribute definition object, not null.', path: "[0].attributes[0]", key: null });
  });

  it("has a name", () => {
    expect(report([{ id: "urn:x", attributes: [{ type: "string" }] }])).toEqual({
      message: '[0] ("urn:x").attributes[0]: "name" is missing; it should be a non-empty string.',
      path: "[0].attributes[0]",
      key: "name",
    });
  });

  it("has one of the SCIM attribute types, named in the message with the schema and the attribute", () => {
    const input = fixture();
    const emails = indexOf(input.Resources[0]?.attributes ?? [], "emails");
    const definition = input.Resources[0]?.attributes[emails];
    if (definition !== undefined) definition.type = 1;
    expect(report(input)).toEqual({
      message: `Resources[0] ("${USER}").attributes[${emails}] ("emails"): "type" should be ${TYPES}, not the number 1.`,
      path: `Resources[0].attributes[${emails}]`,
      key: "type",
    });
    expect(report([{ id: "urn:x", attributes: [{ name: "age", type: "number" }] }]).message).toBe(`[0] ("urn:x").attributes[0] ("age"): "type" should be ${TYPES}, not the string "number".`);
    expect(report([{ id: "urn:x", attributes: [{ name: "age" }] }]).message).toBe(`[0] ("urn:x").attributes[0] ("age"): "type" is missing; it should be ${TYPES}.`);
  });

  it("has canonical values as an array of strings", () => {
    const bad = (canonicalValues: unknown) => report([{ id: "urn:x", attributes: [{ name: "kind", type: "string", canonicalValues }] }]);
    expect(bad("a")).toEqual({ message: '[0] ("urn:x").attributes[0] ("kind"): "canonicalValues" should be an array of strings, not the string "a".', path: "[0].attributes[0]", key: "canonicalValues" });
    expect(bad(["a", 1]).message).toBe('[0] ("urn:x").attributes[0] ("kind"): "canonicalValues" should be an array of strings, not an array of 2 items.');
  });

  it("has booleans, strings and RFC keywords where the RFC says so", () => {
    const bad = (extra: Record<string, unknown>) => report([{ id: "urn:x", attributes: [{ name: "kind", type: "string", ...extra }] }]).message;
    expect(bad({ multiValued: "yes" })).toBe('[0] ("urn:x").attributes[0] ("kind"): "multiValued" should be true or false, not the string "yes".');
    expect(bad({ caseExact: 0 })).toContain('"caseExact" should be true or false, not the number 0.');
    expect(bad({ description: ["a"] })).toContain('"description" should be a string, not an array of 1 item.');
    expect(bad({ returned: "sometimes" })).toContain('"returned" should be one of always, never, default, request, not the string "sometimes".');
    expect(bad({ mutability: true })).toContain('"mutability" should be one of readOnly, readWrite, immutable, writeOnly, not the boolean true.');
    expect(bad({ uniqueness: "unique" })).toContain('"uniqueness" should be one of none, server, global');
  });

  it("has sub-attributes as an array of attribute definitions, each checked with its path", () => {
    const input = fixture();
    const emails = indexOf(input.Resources[0]?.attributes ?? [], "emails");
    const subs = input.Resources[0]?.attributes[emails]?.subAttributes as Record<string, unknown>[];
    const display = indexOf(subs, "display");
    (subs[display] as Record<string, unknown>).type = "text";
    expect(report(input)).toEqual({
      message: `Resources[0] ("${USER}").attributes[${emails}] ("emails").subAttributes[${display}] ("display"): "type" should be ${TYPES}, not the string "text".`,
      path: `Resources[0].attributes[${emails}].subAttributes[${display}]`,
      key: "type",
    });
    expect(report([{ id: "urn:x", attributes: [{ name: "emails", type: "complex", subAttributes: "value" }] }])).toMatchObject({
      message: '[0] ("urn:x").attributes[0] ("emails"): "subAttributes" should be an array of attribute definitions, not the string "value".',
      key: "subAttributes",
    });
    expect(report([{ id: "urn:x", attributes: [{ name: "emails", type: "complex", subAttributes: [{ name: "value", type: "string" }, 5] }] }])).toMatchObject({
      message: '[0] ("urn:x").attributes[0] ("emails").subAttributes[1] should be an attribute definition object, not the number 5.',
      path: "[0].attributes[0].subAttributes[1]",
    });
  });

  it("shortens long names in messages", () => {
    expect(report([{ id: `urn:${"x".repeat(100)}`, attributes: 0 }]).message).toMatch(/^\[0\] \("urn:x{55}…\): "attributes"/);
  });
});

describe("what is accepted", () => {
  it("reads null as unassigned (RFC 7643 §2.5) and keywords in any case", () => {
    const schema = schemaFromScim([
      { id: USER, name: null, attributes: [{ name: "secret", type: "STRING", description: null, canonicalValues: null, subAttributes: null, returned: "NEVER", multiValued: null }] },
    ]);
    expect(schema.attributes[0]).toMatchObject({ path: "secret", type: "string", presenceOnly: true, operators: [{ operator: "pr" }] });
    expect(schema.attributes[0]).not.toHaveProperty("description");
  });

  it("ignores what schemaFromScim never reads: unknown keys, sub-attributes of sub-attributes", () => {
    let deep: Record<string, unknown> = { name: "leaf", type: "string" };
    for (let level = 0; level < 100_000; level += 1) deep = { name: "x", type: "complex", subAttributes: [deep] };
    const schema = schemaFromScim([{ id: "urn:x", name: "X", attributes: [{ name: "a", type: "complex", subAttributes: [{ name: "b", type: "string", subAttributes: "nonsense" }, deep] }], extra: 1 }]);
    expect(schema.attributes.map((attribute) => attribute.path).filter((path) => path.startsWith("urn:x"))).toEqual(["urn:x:a.b"]);
  });

  it("readScimSchemas returns checked copies with only what schemaFromScim reads", () => {
    const resources = readScimSchemas(rfc7643Schemas);
    expect(resources.map((resource) => resource.id)).toEqual(rfc7643Schemas.Resources.map((resource) => resource.id));
    expect(resources[0]).not.toHaveProperty("meta");
    expect(resources[0]?.attributes[0]).not.toBe(rfc7643Schemas.Resources[0]?.attributes[0]);
    expect(schemaFromScim(resources)).toEqual(schemaFromScim(rfc7643Schemas));
    expect(() => readScimSchemas({ Resources: "none" })).toThrow(ScimSchemaError);
  });

  it("refuses hostile nesting with a message, not a stack overflow", () => {
    let nested: unknown = [];
    for (let level = 0; level < 100_000; level += 1) nested = [nested];
    expect(report(nested).message).toBe("[0] should be a schema resource object, not an array of 1 item.");
  });
});

// ---------------------------------------------------------------------------------------------------------
// Properties: on any JSON, and on the RFC fixture broken anywhere, schemaFromScim returns a schema or throws a
// ScimSchemaError whose path leads to a value in the input (an object when the error names a key in it).

const RUNS = { numRuns: 300 };
type Segment = string | number;

function segments(path: string): Segment[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((match) => (match[2] === undefined ? (match[1] ?? "") : Number(match[2])));
}

function valueAt(root: unknown, path: readonly Segment[]): unknown {
  let value = root;
  for (const segment of path) {
    if (typeof value !== "object" || value === null || !Object.hasOwn(value, segment)) return undefined;
    value = (value as Record<Segment, unknown>)[segment];
  }
  return value;
}

/** A ScimSchemaError's path leads to a value in the input, an object when the error names a key in it. */
function checkPlace(input: unknown, error: ScimSchemaError): void {
  expect(error.message).not.toMatch(/\[object |undefined/);
  const at = valueAt(input, segments(error.path));
  expect(error.path === "" || at !== undefined, `${error.path} in the input`).toBe(true);
  if (error.key !== null) expect(typeof at === "object" && at !== null && !Array.isArray(at), `${error.path} holds "${error.key}"`).toBe(true);
}

/** Runs schemaFromScim and checks the outcome: a schema with labelled attributes, or a well-placed ScimSchemaError. */
function checkOutcome(input: unknown): void {
  let schema: FilterSchema;
  try {
    schema = schemaFromScim(input);
  } catch (error) {
    expect(error).toBeInstanceOf(ScimSchemaError);
    if (error instanceof ScimSchemaError) checkPlace(input, error);
    return;
  }
  for (const attribute of schema.attributes) expect(attribute.label).not.toBe("");
}

/** Every place in a JSON value: the path of each object key and array element. */
function places(value: unknown, path: Segment[] = []): Segment[][] {
  if (typeof value !== "object" || value === null) return [];
  const entries: [Segment, unknown][] = Array.isArray(value) ? value.map((item, index): [Segment, unknown] => [index, item]) : Object.entries(value);
  return entries.flatMap(([segment, item]) => [[...path, segment], ...places(item, [...path, segment])]);
}

const DELETE = Symbol("delete");
const FIXTURE_PLACES = places(fixture());

function mutate(root: unknown, path: readonly Segment[], replacement: unknown): void {
  const holder = valueAt(root, path.slice(0, -1));
  const last = path[path.length - 1];
  if (typeof holder !== "object" || holder === null || last === undefined || !Object.hasOwn(holder, last)) return;
  if (replacement !== DELETE) (holder as Record<Segment, unknown>)[last] = replacement;
  else if (Array.isArray(holder) && typeof last === "number") holder.splice(last, 1);
  else delete (holder as Record<Segment, unknown>)[last];
}

describe("schemaFromScim on arbitrary input (property)", () => {
  it("throws nothing but a well-placed ScimSchemaError on any JSON value", () => {
    fc.assert(fc.property(fc.jsonValue(), checkOutcome), RUNS);
  });

  it("throws nothing but a ScimSchemaError on any JavaScript value", () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        try {
          schemaFromScim(value);
        } catch (error) {
          expect(error).toBeInstanceOf(ScimSchemaError);
        }
      }),
      RUNS,
    );
  });

  it("on JSON shaped like a ListResponse, too", () => {
    const attribute = fc.record({ name: fc.oneof(fc.constantFrom("emails", "value", "$ref", ""), fc.jsonValue()), type: fc.oneof(fc.constantFrom("string", "complex", "binary", "dateTime"), fc.jsonValue()) }, { requiredKeys: [] });
    const withSubs = fc.tuple(attribute, fc.option(fc.array(attribute, { maxLength: 3 }))).map(([definition, subs]) => (subs === null ? definition : { ...definition, subAttributes: subs }));
    const resource = fc.record({ id: fc.oneof(fc.constant(USER), fc.string(), fc.jsonValue()), attributes: fc.oneof(fc.array(withSubs, { maxLength: 4 }), fc.jsonValue()) }, { requiredKeys: [] });
    fc.assert(fc.property(fc.array(resource, { maxLength: 3 }), (resources) => checkOutcome({ Resources: resources })), RUNS);
  });

  it("on the RFC fixture with values replaced or removed anywhere", () => {
    const change = fc.tuple(fc.nat({ max: FIXTURE_PLACES.length - 1 }), fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(DELETE)));
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 3 }), (changes) => {
        const input = fixture();
        for (const [place, replacement] of changes) mutate(input, FIXTURE_PLACES[place] ?? [], replacement);
        checkOutcome(input);
      }),
      RUNS,
    );
  });
});

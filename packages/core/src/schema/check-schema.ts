import { COMPARE_OPERATORS, OPERATORS } from "../ast.js";
import { DEFAULT_OPERATORS } from "./operators.js";
import { SchemaError } from "./schema-error.js";
import type { FilterSchema } from "./types.js";

// A small shape checker: each Check looks at one value and names it by `at` when it is wrong.
type Check = (value: unknown, at: string) => void;
type Data = Record<string, unknown>;

/** `at` is missing, or else should be `expected`. */
function missing(value: unknown, at: string, expected: string): never {
  throw new SchemaError(at, value === undefined ? "is missing" : `should be ${expected}`);
}
const optional = (check: Check): Check => (value, at) => value === undefined || check(value, at);
const is = (type: string): Check => (value, at) => typeof value === type || missing(value, at, `a ${type}`);
const string = is("string");
const oneOf = (allowed: readonly string[]): Check => (value, at) => allowed.includes(value as string) || missing(value, at, `one of ${allowed.join(", ")}`);

/** An array; with `byPath` its items are objects named by their `path` (`attributes.userName`), else by index. */
const listOf =
  (each: Check, byPath?: boolean): Check =>
  (value, at) => {
    if (!Array.isArray(value)) missing(value, at, "an array");
    for (let index = 0; index < (value as unknown[]).length; index += 1) {
      const item: unknown = (value as unknown[])[index];
      let where = `${at}[${index}]`;
      if (byPath) {
        const path = object(item, where).path;
        string(path, `${where}.path`);
        where = `${at}.${path as string}`;
      }
      each(item, where);
    }
  };

function object(value: unknown, at: string): Data {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Data) : missing(value, at, "an object");
}

const shape =
  (keys: Record<string, Check>): Check =>
  (value, at) => {
    const data = object(value, at);
    for (const key in keys) keys[key]?.(data[key], at === "" ? key : `${at}.${key}`);
  };

const option = shape({ value: string, label: string });
const operators = listOf(shape({ operator: oneOf(OPERATORS), label: string }));

/** An attribute, or (without path and label) a dynamic prefix's template. */
const attributeOf =
  (template: boolean): Check =>
  (value, at) => {
    shape({
      ...(template ? {} : { label: string }),
      type: oneOf(Object.keys(DEFAULT_OPERATORS)),
      operators,
      idFormat: optional(shape({ pattern: string })),
      read: optional(is("function")),
      subAttributes: optional(attributes),
    })(value, at);
    const data = value as Data;
    (data.type === "enum" ? listOf(option) : optional(listOf(option)))(data.options, `${at}.options`);
  };

const attributes: Check = listOf(attributeOf(false), true);

const schemaShape = shape({
  name: string,
  id: string,
  attributes,
  dynamic: optional(listOf(shape({ name: string, allowUndeclared: is("boolean"), template: attributeOf(true) }))),
  implicit: optional(listOf(shape({ attribute: string, operator: oneOf(COMPARE_OPERATORS), value: string, label: string, suppressedBy: optional(listOf(string)) }))),
});

const checked = new WeakSet<object>();

/**
 * Checks that a schema has the shape FilterSchema describes (each schema object once), so a hand-written
 * schema with a missing or wrong part fails with a SchemaError naming it — `attributes.userName.operators
 * is missing` — instead of a TypeError later. defineSchema fills what can be filled.
 */
export function checkSchema<T extends FilterSchema | undefined>(schema: T): T {
  if (schema === undefined || checked.has(schema)) return schema;
  schemaShape(schema, "");
  checked.add(schema);
  return schema;
}

// Reading an attribute's value(s) from a user object (or, inside a value path, from one element).
import type { AttributePath } from "../ast.js";
import type { AttributeSchema } from "../schema/types.js";
import { someLeaf } from "./each-value.js";

/** Returns what the record holds for one attribute: `undefined` when it says nothing, an array when multi-valued. */
export type Reader = (record: unknown) => unknown;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * One key of an object, matched case-insensitively as SCIM attribute names are: the exact spelling
 * first (the common case, and cheap), then any spelling. Own properties only, so `constructor` or
 * `__proto__` never read the prototype.
 */
export function getKey(record: unknown, key: string, lowerKey: string): unknown {
  if (!isObject(record)) return undefined;
  if (Object.hasOwn(record, key)) return record[key];
  // Attribute names are ASCII (the grammar), and a key whose lower case is an ASCII name has that
  // name's length (only U+0130 lower-cases to two code units, and not to ASCII): compare lengths first.
  for (const candidate of Object.keys(record)) {
    if (candidate.length === lowerKey.length && candidate.toLowerCase() === lowerKey) return record[candidate];
  }
  return undefined;
}

/** Collects `key` from every element of an array, arrays in arrays included (iteratively: see someLeaf). */
function collectKey(elements: readonly unknown[], key: string, lowerKey: string, into: unknown[]): void {
  someLeaf(elements, (element) => {
    const value = getKey(element, key, lowerKey);
    if (value !== undefined) into.push(value);
    return false;
  });
}

/** One step along a path: from an object its key; from an array the key of every element. */
function step(value: unknown, key: string, lowerKey: string): unknown {
  if (!Array.isArray(value)) return getKey(value, key, lowerKey);
  const collected: unknown[] = [];
  collectKey(value, key, lowerKey, collected);
  return collected;
}

/**
 * Follows an attribute path on a JSON object: the name, then the sub-attribute, through arrays
 * (`emails.value` gives every e-mail's value). A schema URN prefix selects the extension object keyed
 * by that URN when the record has one (`{"urn:…:enterprise:2.0:User": {…}}`); otherwise the name is
 * read from the record itself, as core attributes are.
 */
export function pathReader(attribute: AttributePath): Reader {
  const { name, subAttribute, schema } = attribute;
  const lowerName = name.toLowerCase();
  const lowerSchema = schema?.toLowerCase() ?? "";
  const readName =
    schema === undefined
      ? (record: unknown) => getKey(record, name, lowerName)
      : (record: unknown) => {
          const extension = getKey(record, schema, lowerSchema);
          return getKey(isObject(extension) ? extension : record, name, lowerName);
        };
  if (subAttribute === undefined) return readName;
  const lowerSub = subAttribute.toLowerCase();
  return (record) => step(readName(record), subAttribute, lowerSub);
}

/** The schema's own reader when it has one (`groups` → `groupIDs`), else the path followed generically. */
export function attributeReader(attribute: AttributePath, schema: AttributeSchema | undefined): Reader {
  const read = schema?.read;
  if (read === undefined) return pathReader(attribute);
  return (record) => (isObject(record) ? read(record) : undefined);
}

/**
 * A complex value compared directly stands for its `value` sub-attribute (RFC 7644: `emails co "x"`);
 * an object without one is returned as it is (and then compares with nothing).
 */
export function unwrapComplex(value: object): unknown {
  if (Array.isArray(value)) return value;
  const record = value as Record<string, unknown>;
  if (Object.hasOwn(record, "value")) return record.value;
  for (const key of Object.keys(record)) {
    if (key.toLowerCase() === "value") return record[key];
  }
  return value;
}

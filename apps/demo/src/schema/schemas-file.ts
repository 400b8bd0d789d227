// Reads a user's `GET /Schemas` JSON file in the browser. schemaFromScim trusts the shape of its input, so
// the file is checked first: a bad file gets a message naming what is wrong and where, never a TypeError.
import type { FilterSchema, ScimSchemaResource } from "@scim-filter/core";
import { schemaFromScim } from "@scim-filter/core";

/** Larger files are refused before reading: real /Schemas responses are a few hundred kilobytes at most. */
export const MAX_SCHEMAS_FILE_BYTES = 5 * 1024 * 1024;

const SCIM_TYPES = ["string", "boolean", "decimal", "integer", "dateTime", "reference", "complex", "binary"];

export type SchemasFileResult = { ok: true; schema: FilterSchema } | { ok: false; message: string };

/** A shape problem, with the place in the file it was found. */
class ShapeError extends Error {}

/** What a JSON value is, for messages: `an object with "schemas", "id"`, `the number 42`. */
function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return value.length === 0 ? "an empty array" : `an array of ${value.length}`;
  if (typeof value === "object") {
    const keys = Object.keys(value);
    if (keys.length === 0) return "an empty object";
    return `an object with ${keys
      .slice(0, 4)
      .map((key) => JSON.stringify(key))
      .join(", ")}${keys.length > 4 ? ", …" : ""}`;
  }
  const text = JSON.stringify(value);
  return `the ${typeof value} ${text.length > 40 ? `${text.slice(0, 40)}…` : text}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function place(where: string, name: unknown): string {
  return typeof name === "string" && name !== "" ? `${where} ("${name}")` : where;
}

/** The error for a key whose value is not what it should be (or is missing). */
function wrong(where: string, key: string, what: string, value: unknown): ShapeError {
  return new ShapeError(value === undefined ? `${where}: "${key}" is missing; it should be ${what}.` : `${where}: "${key}" should be ${what}, not ${describeValue(value)}.`);
}

function checkOptional(entry: Record<string, unknown>, key: string, type: "boolean" | "string", where: string): void {
  if (entry[key] !== undefined && typeof entry[key] !== type) throw wrong(where, key, `a ${type}`, entry[key]);
}

function checkAttribute(value: unknown, where: string): void {
  if (!isObject(value)) throw new ShapeError(`${where} should be an attribute definition object, not ${describeValue(value)}.`);
  const at = place(where, value.name);
  if (typeof value.name !== "string" || value.name === "") throw wrong(at, "name", "a non-empty string", value.name);
  if (typeof value.type !== "string" || !SCIM_TYPES.includes(value.type)) throw wrong(at, "type", `one of the SCIM attribute types ${SCIM_TYPES.join(", ")}`, value.type);
  for (const key of ["multiValued", "caseExact", "required"]) checkOptional(value, key, "boolean", at);
  for (const key of ["description", "mutability", "returned", "uniqueness"]) checkOptional(value, key, "string", at);
  const canonical = value.canonicalValues;
  if (canonical !== undefined && (!Array.isArray(canonical) || !canonical.every((item) => typeof item === "string"))) {
    throw wrong(at, "canonicalValues", "an array of strings", canonical);
  }
  const subs = value.subAttributes;
  if (subs === undefined) return;
  if (!Array.isArray(subs)) throw wrong(at, "subAttributes", "an array of attribute definitions", subs);
  subs.forEach((sub, index) => checkAttribute(sub, `${where}.subAttributes[${index}]`));
}

function checkResource(value: unknown, where: string): ScimSchemaResource {
  if (!isObject(value)) throw new ShapeError(`${where} should be a schema resource object, not ${describeValue(value)}.`);
  const at = place(where, value.id);
  if (typeof value.id !== "string" || value.id === "") throw wrong(at, "id", "the schema's URN", value.id);
  if (!Array.isArray(value.attributes)) throw wrong(at, "attributes", "an array of attribute definitions", value.attributes);
  checkOptional(value, "name", "string", at);
  value.attributes.forEach((attribute, index) => checkAttribute(attribute, `${where}.attributes[${index}]`));
  return value as unknown as ScimSchemaResource;
}

/**
 * The schema resources of a parsed file. A `GET /Schemas` ListResponse and a bare array are what
 * schemaFromScim takes; one resource (`GET /Schemas/{id}`) is accepted too, as a list of one.
 */
function resourcesOf(json: unknown): ScimSchemaResource[] {
  if (Array.isArray(json)) return json.map((item, index) => checkResource(item, `[${index}]`));
  // SCIM attribute names are case-insensitive (RFC 7643 §2.1), the ListResponse's "Resources" among them.
  const key = isObject(json) ? Object.keys(json).find((name) => name.toLowerCase() === "resources") : undefined;
  if (isObject(json) && key !== undefined) {
    const list = json[key];
    if (!Array.isArray(list)) throw wrong("The ListResponse", key, "an array of schema resources", list);
    return list.map((item, index) => checkResource(item, `${key}[${index}]`));
  }
  if (isObject(json) && "attributes" in json && "id" in json) return [checkResource(json, "The schema")];
  throw new ShapeError(`Expected a /Schemas ListResponse ({ "Resources": [ … ] }), an array of schema resources or one schema resource; the file holds ${describeValue(json)}.`);
}

/** A filter schema from the text of a /Schemas file, or a message saying what is wrong with it. */
export function parseSchemasFile(text: string, fileName: string): SchemasFileResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `${fileName} is not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  let resources: ScimSchemaResource[];
  try {
    resources = resourcesOf(json);
  } catch (error) {
    if (error instanceof ShapeError) return { ok: false, message: `${fileName} is not a SCIM /Schemas document: ${error.message}` };
    throw error;
  }
  if (resources.length === 0) return { ok: false, message: `${fileName} lists no schema resources.` };
  try {
    // Without the common attributes (id, meta.*) every file yields some: count only what the file defines.
    if (schemaFromScim(resources, { commonAttributes: false }).attributes.length === 0) {
      const ids = resources.map((resource) => resource.id).join(", ");
      return { ok: false, message: `${fileName} defines no filterable User attributes (its schemas: ${ids}). Core schemas other than User, such as Group, are left out.` };
    }
    return { ok: true, schema: schemaFromScim(resources, { id: "scim-file", name: fileName }) };
  } catch (error) {
    return { ok: false, message: `${fileName} could not be turned into a filter schema: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** Why a picked file is refused unread (too large), or null. */
export function tooLarge(file: { name: string; size: number }): string | null {
  if (file.size <= MAX_SCHEMAS_FILE_BYTES) return null;
  return `${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; the demo reads /Schemas files up to ${MAX_SCHEMAS_FILE_BYTES / 1024 / 1024} MB.`;
}

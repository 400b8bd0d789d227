// readScimSchemas: the schema resources of a `GET /Schemas` response, checked. A server's response or a user's
// file is untrusted JSON, so every value schemaFromScim reads is checked before it is read, and a wrong one
// throws a ScimSchemaError naming what is wrong and where, never a TypeError. The result is a clean copy:
// only the keys schemaFromScim reads, null values left out (RFC 7643 §2.5: null means unassigned), keywords
// in the RFC's spelling.
import { ScimSchemaError } from "./scim-schema-error.js";
import type { ScimAttributeDefinition, ScimSchemaResource } from "./scim-schema-types.js";
import { SCIM_ATTRIBUTE_TYPES } from "./scim-schema-types.js";
import { SCIM_LIST_RESPONSE_URN } from "./scim-urns.js";

const MUTABILITY = ["readOnly", "readWrite", "immutable", "writeOnly"] as const;
const RETURNED = ["always", "never", "default", "request"] as const;
const UNIQUENESS = ["none", "server", "global"] as const;

const ACCEPTED_INPUT = 'a /Schemas ListResponse ({ "Resources": [ … ] }), an array of schema resources or one schema resource';

/** A place in the input: its property path, and the same with the ids and names met on the way, for messages. */
interface Place {
  path: string;
  where: string;
}

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Own properties only: a key inherited from Object.prototype (`constructor`) is not in the document. */
function own(entry: JsonObject, key: string): unknown {
  return Object.hasOwn(entry, key) ? entry[key] : undefined;
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/** What a value is, for messages: `an object with "schemas", "id"`, `the number 42`. */
function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return value.length === 0 ? "an empty array" : `an array of ${value.length} item${value.length === 1 ? "" : "s"}`;
  if (typeof value === "object") {
    const keys = Object.keys(value);
    if (keys.length === 0) return "an empty object";
    const listed = keys.slice(0, 4).map((key) => shorten(JSON.stringify(key)));
    return `an object with ${listed.join(", ")}${keys.length > 4 ? ", …" : ""}`;
  }
  if (typeof value === "string") return `the string ${shorten(JSON.stringify(value))}`;
  if (typeof value === "number" || typeof value === "boolean") return `the ${typeof value} ${String(value)}`;
  // Never in parsed JSON, but the input is `unknown`.
  return value === undefined ? "undefined" : `a ${typeof value}`;
}

/** `Resources[0]` → `Resources[0] ("urn:…:User")`: the id or name, when there is one, says which entry is meant. */
function named(place: Place, name: unknown): Place {
  return typeof name === "string" && name !== "" ? { path: place.path, where: `${place.where} (${shorten(JSON.stringify(name))})` } : place;
}

function child(place: Place, segment: string): Place {
  return { path: place.path === "" ? segment : `${place.path}.${segment}`, where: `${place.where}.${segment}` };
}

/** The error for a key whose value is not what it should be, or is missing. */
function wrong(place: Place, key: string, what: string, value: unknown): ScimSchemaError {
  const message =
    value === undefined ? `${place.where}: "${key}" is missing; it should be ${what}.` : `${place.where}: "${key}" should be ${what}, not ${describeValue(value)}.`;
  return new ScimSchemaError(message, place.path, key);
}

/** A keyword in the RFC's spelling; matched case-insensitively, as servers are not all careful with case. */
function keyword<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return typeof value === "string" ? allowed.find((candidate) => candidate.toLowerCase() === value.toLowerCase()) : undefined;
}

function optionalKeyword<T extends string>(entry: JsonObject, key: string, allowed: readonly T[], place: Place): T | undefined {
  const value = own(entry, key);
  if (value === undefined || value === null) return undefined;
  const found = keyword(value, allowed);
  if (found === undefined) throw wrong(place, key, `one of ${allowed.join(", ")}`, value);
  return found;
}

function optionalBoolean(entry: JsonObject, key: string, place: Place): boolean | undefined {
  const value = own(entry, key);
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "boolean") throw wrong(place, key, "true or false", value);
  return value;
}

function optionalString(entry: JsonObject, key: string, place: Place): string | undefined {
  const value = own(entry, key);
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") throw wrong(place, key, "a string", value);
  return value;
}

/**
 * One attribute definition. Sub-attributes are read one level down only: RFC 7643 §2.3.8 allows no deeper
 * nesting and schemaFromScim reads none, so deeper levels are neither checked nor copied (nor can hostile
 * nesting exhaust the stack).
 */
function readAttribute(value: unknown, at: Place, topLevel: boolean): ScimAttributeDefinition {
  if (!isObject(value)) throw new ScimSchemaError(`${at.where} should be an attribute definition object, not ${describeValue(value)}.`, at.path);
  const name = own(value, "name");
  const place = named(at, name);
  if (typeof name !== "string" || name === "") throw wrong(place, "name", "a non-empty string", name);
  const type = keyword(own(value, "type"), SCIM_ATTRIBUTE_TYPES);
  if (type === undefined) throw wrong(place, "type", `one of the SCIM attribute types ${SCIM_ATTRIBUTE_TYPES.join(", ")}`, own(value, "type"));

  const definition: ScimAttributeDefinition = { name, type };
  const multiValued = optionalBoolean(value, "multiValued", place);
  if (multiValued !== undefined) definition.multiValued = multiValued;
  const required = optionalBoolean(value, "required", place);
  if (required !== undefined) definition.required = required;
  const caseExact = optionalBoolean(value, "caseExact", place);
  if (caseExact !== undefined) definition.caseExact = caseExact;
  const description = optionalString(value, "description", place);
  if (description !== undefined) definition.description = description;
  const mutability = optionalKeyword(value, "mutability", MUTABILITY, place);
  if (mutability !== undefined) definition.mutability = mutability;
  const returned = optionalKeyword(value, "returned", RETURNED, place);
  if (returned !== undefined) definition.returned = returned;
  const uniqueness = optionalKeyword(value, "uniqueness", UNIQUENESS, place);
  if (uniqueness !== undefined) definition.uniqueness = uniqueness;

  const canonical = own(value, "canonicalValues");
  if (canonical !== undefined && canonical !== null) {
    if (!Array.isArray(canonical) || !canonical.every((item) => typeof item === "string")) throw wrong(place, "canonicalValues", "an array of strings", canonical);
    definition.canonicalValues = canonical;
  }

  const subs = own(value, "subAttributes");
  if (topLevel && subs !== undefined && subs !== null) {
    if (!Array.isArray(subs)) throw wrong(place, "subAttributes", "an array of attribute definitions", subs);
    definition.subAttributes = subs.map((sub, index) => readAttribute(sub, child(place, `subAttributes[${index}]`), false));
  }
  return definition;
}

function readResource(value: unknown, at: Place): ScimSchemaResource {
  if (!isObject(value)) throw new ScimSchemaError(`${at.where} should be a schema resource object, not ${describeValue(value)}.`, at.path);
  const id = own(value, "id");
  const place = named(at, id);
  if (typeof id !== "string" || id === "") throw wrong(place, "id", "the schema's URN", id);
  const attributes = own(value, "attributes");
  if (!Array.isArray(attributes)) throw wrong(place, "attributes", "an array of attribute definitions", attributes);
  const name = optionalString(value, "name", place);
  const resource: ScimSchemaResource = {
    id,
    attributes: attributes.map((attribute, index) => readAttribute(attribute, child(place, `attributes[${index}]`), true)),
  };
  if (name !== undefined) resource.name = name;
  return resource;
}

/** A ListResponse may leave `Resources` out when it has none (RFC 7644 §3.4.2); its `schemas` still say what it is. */
function isListResponse(value: JsonObject): boolean {
  const schemas = own(value, "schemas");
  return Array.isArray(schemas) && schemas.some((item) => typeof item === "string" && item.toLowerCase() === SCIM_LIST_RESPONSE_URN.toLowerCase());
}

function readList(list: readonly unknown[], segment: (index: number) => string): ScimSchemaResource[] {
  return list.map((item, index) => readResource(item, { path: segment(index), where: segment(index) }));
}

/**
 * The schema resources of a `GET /Schemas` ListResponse, a bare array of schema resources, or one schema
 * resource (`GET /Schemas/{id}`), checked and copied. Throws a ScimSchemaError for anything else, and for a
 * list without resources: a server whose schemas describe nothing gives nothing to filter by.
 */
export function readScimSchemas(input: unknown): ScimSchemaResource[] {
  if (Array.isArray(input)) {
    if (input.length > 0) return readList(input, (index) => `[${index}]`);
  } else if (isObject(input)) {
    const response: Place = { path: "", where: "The ListResponse" };
    // SCIM attribute names are case-insensitive (RFC 7643 §2.1), the ListResponse's "Resources" among them.
    const key = Object.keys(input).find((name) => name.toLowerCase() === "resources");
    if (key !== undefined) {
      const list = input[key];
      if (!Array.isArray(list)) throw wrong(response, key, "an array of schema resources", list);
      if (list.length === 0) throw new ScimSchemaError(`The ListResponse: "${key}" is empty; it should list at least one schema resource.`, "", key);
      return readList(list, (index) => `${key}[${index}]`);
    }
    if (isListResponse(input)) throw wrong(response, "Resources", "an array of schema resources", undefined);
    if (Object.hasOwn(input, "id") || Object.hasOwn(input, "attributes")) return [readResource(input, { path: "", where: "The schema" })];
  }
  throw new ScimSchemaError(`Expected ${ACCEPTED_INPUT}, not ${describeValue(input)}.`, "");
}

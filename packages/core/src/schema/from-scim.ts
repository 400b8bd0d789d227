// schemaFromScim: a FilterSchema from a SCIM 2.0 server's `GET /Schemas` response (RFC 7643 §7), so the
// builder, validation and evaluator work for any SCIM server, not only Staffbase.
import { operatorOptions } from "./operators.js";
import type { AttributeSchema, EnumOption, FilterSchema, ValueType } from "./types.js";

/** An attribute definition of a schema resource (RFC 7643 §7). Fields a server omits take the RFC defaults. */
export interface ScimAttributeDefinition {
  name: string;
  type: "string" | "boolean" | "decimal" | "integer" | "dateTime" | "reference" | "complex" | "binary";
  multiValued?: boolean;
  description?: string;
  required?: boolean;
  canonicalValues?: readonly string[];
  caseExact?: boolean;
  mutability?: "readOnly" | "readWrite" | "immutable" | "writeOnly";
  returned?: "always" | "never" | "default" | "request";
  uniqueness?: "none" | "server" | "global";
  referenceTypes?: readonly string[];
  subAttributes?: readonly ScimAttributeDefinition[];
}

/** A schema resource (`urn:ietf:params:scim:schemas:core:2.0:Schema`). */
export interface ScimSchemaResource {
  schemas?: readonly string[];
  id: string;
  name?: string;
  description?: string;
  attributes: readonly ScimAttributeDefinition[];
  meta?: { resourceType?: string; location?: string };
}

/** A `GET /Schemas` ListResponse. */
export interface ScimSchemasResponse {
  schemas?: readonly string[];
  totalResults?: number;
  itemsPerPage?: number;
  startIndex?: number;
  Resources: readonly ScimSchemaResource[];
}

export interface SchemaFromScimOptions {
  /** Schema ids to include, in this order. Default: every schema except core ones other than User (Group, …). */
  schemas?: readonly string[];
  /** The result's id; default `scim`. */
  id?: string;
  /** The result's name; default "SCIM 2.0 server". */
  name?: string;
  /**
   * Add the common attributes `id`, `externalId` and `meta.*` (RFC 7643 §3.1), which schema resources
   * never list but every resource has. Default true; attributes a schema declares itself win.
   */
  commonAttributes?: boolean;
}

/** The core User schema (RFC 7643 §4.1); its attributes may also be written with this URN as a prefix. */
export const SCIM_CORE_USER_URN = "urn:ietf:params:scim:schemas:core:2.0:User";

const CORE_PREFIX = "urn:ietf:params:scim:schemas:core:2.0:";
// RFC 7644 ATTRNAME: `$ref` and other names outside the grammar cannot be written in a filter.
const FILTERABLE_NAME = /^[A-Za-z][A-Za-z0-9_-]*$/;

/** `employeeNumber` → "Employee number", `EnterpriseUser` → "Enterprise user". */
function humanizeName(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .trim()
    .split(/\s+/);
  const text = words.map((word, index) => (index === 0 || /^[A-Z0-9]+$/.test(word) ? word : word.toLowerCase())).join(" ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function cleanDescription(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const cleaned = text.replace(/\s+/g, " ").trim();
  return cleaned === "" ? undefined : cleaned;
}

function schemaLabel(resource: ScimSchemaResource): string {
  // `EnterpriseUser` → "Enterprise User": a schema's name is a proper name, so its words keep their case.
  return resource.name === undefined || resource.name === "" ? resource.id : resource.name.replace(/([a-z0-9])([A-Z])/g, "$1 $2");
}

function isDefaultSchema(id: string): boolean {
  const lower = id.toLowerCase();
  return lower === SCIM_CORE_USER_URN.toLowerCase() || !lower.startsWith(CORE_PREFIX);
}

function resourcesOf(input: ScimSchemasResponse | readonly ScimSchemaResource[]): readonly ScimSchemaResource[] {
  return Array.isArray(input) ? input : (input as ScimSchemasResponse).Resources;
}

/** How a simple attribute (not complex) is filtered: its value type, operators and options. */
function simpleAttribute(definition: ScimAttributeDefinition, path: string, label: string, group: string): AttributeSchema | null {
  if (definition.type === "binary" || definition.type === "complex") return null;
  const canonical = definition.type === "string" || definition.type === "reference" ? (definition.canonicalValues ?? []) : [];
  const type: ValueType =
    canonical.length > 0
      ? "enum"
      : definition.type === "boolean"
        ? "boolean"
        : definition.type === "dateTime"
          ? "dateTime"
          : definition.type === "decimal" || definition.type === "integer"
            ? "number"
            : "string";
  // A never-returned attribute (password) can only be tested for presence; a write-only one is never returned either.
  const presenceOnly = definition.returned === "never" || definition.mutability === "writeOnly";
  const attribute: AttributeSchema = {
    path,
    label,
    group,
    type,
    operators: operatorOptions(type, presenceOnly ? ["pr"] : undefined),
  };
  const description = cleanDescription(definition.description);
  if (description !== undefined) attribute.description = description;
  if (canonical.length > 0) {
    attribute.options = canonical.map((value): EnumOption => ({ value, label: humanizeName(value) }));
    attribute.allowOtherValues = true;
  }
  // RFC 7643 §2.3.7: references are case-exact; other strings only when the schema says so.
  if (definition.caseExact === true || (definition.type === "reference" && definition.caseExact !== false)) attribute.caseExact = true;
  if (definition.multiValued === true) attribute.multiValued = true;
  if (presenceOnly) attribute.presenceOnly = true;
  return attribute;
}

function filterableSubAttributes(definition: ScimAttributeDefinition): ScimAttributeDefinition[] {
  return (definition.subAttributes ?? []).filter((sub) => FILTERABLE_NAME.test(sub.name) && sub.type !== "complex" && sub.type !== "binary");
}

/** The filterable attributes one top-level attribute definition yields. */
function attributesFor(definition: ScimAttributeDefinition, prefix: string, schemaName: string | null, group: string): AttributeSchema[] {
  if (!FILTERABLE_NAME.test(definition.name) || definition.type === "binary") return [];
  const path = `${prefix}${definition.name}`;
  const own = humanizeName(definition.name);
  const label = schemaName === null ? own : `${own} (${schemaName})`;
  if (definition.type !== "complex") {
    const attribute = simpleAttribute(definition, path, label, group);
    return attribute === null ? [] : [attribute];
  }

  const subs = filterableSubAttributes(definition);
  const groupOf = schemaName === null ? own : group;
  const partLabel = (sub: ScimAttributeDefinition) => {
    const text = `${own}: ${humanizeName(sub.name).toLowerCase()}`;
    return schemaName === null ? text : `${text} (${schemaName})`;
  };
  const parts = subs.flatMap((sub) => {
    const part = simpleAttribute(sub, `${path}.${sub.name}`, partLabel(sub), groupOf);
    if (part === null) return [];
    if (definition.multiValued === true) part.multiValued = true;
    return [part];
  });
  if (definition.multiValued !== true) return parts;

  // Multi-valued complex (emails, addresses): the attribute itself, compared by its `value` (RFC 7644),
  // with its sub-attributes for a value path `emails[type eq "work" and value co "@example.com"]`.
  const subAttributes = subs.flatMap((sub) => {
    const inner = simpleAttribute(sub, sub.name, humanizeName(sub.name), groupOf);
    return inner === null ? [] : [inner];
  });
  const valueSub = subAttributes.find((sub) => sub.path.toLowerCase() === "value");
  const presenceOnly = definition.returned === "never" || definition.mutability === "writeOnly";
  // Without a `value` sub-attribute there is nothing to compare the whole with: presence only.
  const wholeType: ValueType = valueSub === undefined ? "complex" : valueSub.type === "enum" ? "string" : valueSub.type;
  const whole: AttributeSchema = {
    path,
    label,
    group: groupOf,
    type: wholeType,
    operators: operatorOptions(wholeType, presenceOnly ? ["pr"] : undefined),
    multiValued: true,
    description:
      cleanDescription(definition.description) ??
      `Compares against the value of any of the user's ${own.toLowerCase()}; use ${path}[…] to combine conditions on one entry.`,
  };
  if (valueSub?.caseExact === true) whole.caseExact = true;
  if (presenceOnly) whole.presenceOnly = true;
  if (subAttributes.length > 0) whole.subAttributes = subAttributes;
  return [whole, ...parts];
}

function commonAttributes(): AttributeSchema[] {
  const group = "Metadata";
  const make = (path: string, label: string, type: ValueType, caseExact: boolean, description: string): AttributeSchema => ({
    path,
    label,
    group,
    type,
    operators: operatorOptions(type),
    description,
    ...(caseExact ? { caseExact: true } : {}),
  });
  return [
    make("id", "Id", "string", true, "The server's unique identifier of the resource (RFC 7643 §3.1)."),
    make("externalId", "External id", "string", true, "The identifier the provisioning client assigned."),
    make("meta.resourceType", "Resource type", "string", true, "The name of the resource type, e.g. User."),
    make("meta.created", "Created", "dateTime", false, "When the resource was added to the server."),
    make("meta.lastModified", "Last modified", "dateTime", false, "When the resource was last updated."),
    make("meta.location", "Location", "string", true, "The URI of the resource."),
    make("meta.version", "Version", "string", true, "The version (ETag) of the resource."),
  ];
}

/**
 * Builds a FilterSchema from a SCIM server's schema definitions: a `GET /Schemas` ListResponse or an
 * array of schema resources. Core User attributes keep their plain names (`name.givenName`); attributes
 * of any other schema (Enterprise User, custom extensions) are written with their schema URN
 * (`urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber`) and labelled with the
 * schema's name. Binary attributes and names outside the filter grammar (`$ref`) are left out.
 */
export function schemaFromScim(input: ScimSchemasResponse | readonly ScimSchemaResource[], options: SchemaFromScimOptions = {}): FilterSchema {
  const resources = resourcesOf(input);
  const byId = new Map(resources.map((resource) => [resource.id.toLowerCase(), resource]));
  const selected =
    options.schemas === undefined
      ? resources.filter((resource) => isDefaultSchema(resource.id))
      : options.schemas.flatMap((id) => {
          const resource = byId.get(id.toLowerCase());
          return resource === undefined ? [] : [resource];
        });

  const attributes: AttributeSchema[] = [];
  for (const resource of selected) {
    const isCoreUser = resource.id.toLowerCase() === SCIM_CORE_USER_URN.toLowerCase();
    const schemaName = isCoreUser ? null : schemaLabel(resource);
    const prefix = isCoreUser ? "" : `${resource.id}:`;
    const group = isCoreUser ? "User" : (schemaName ?? resource.id);
    for (const definition of resource.attributes) attributes.push(...attributesFor(definition, prefix, schemaName, group));
  }

  if (options.commonAttributes !== false) {
    const declared = new Set(attributes.map((attribute) => attribute.path.toLowerCase()));
    attributes.push(...commonAttributes().filter((attribute) => !declared.has(attribute.path.toLowerCase())));
  }
  return { id: options.id ?? "scim", name: options.name ?? "SCIM 2.0 server", attributes };
}

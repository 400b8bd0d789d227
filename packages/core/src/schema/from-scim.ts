// schemaFromScim: a FilterSchema from a SCIM 2.0 server's `GET /Schemas` response (RFC 7643 §7), so the
// builder, validation and evaluator work for any SCIM server, not only Staffbase. The input's shape is checked
// by readScimSchemas (scim-schema-input.ts), labels come from scim-labels.ts.
import { operatorOptions } from "./operators.js";
import { humanizeName, humanizePhrase, lowerFirst, wellKnownLabel } from "./scim-labels.js";
import { readScimSchemas } from "./scim-schema-input.js";
import type { ScimAttributeDefinition, ScimSchemaResource, ScimSchemasResponse } from "./scim-schema-types.js";
import { SCIM_CORE_SCHEMA_PREFIX, SCIM_CORE_USER_URN } from "./scim-urns.js";
import type { AttributeSchema, EnumOption, FilterSchema, ValueType } from "./types.js";

export type { ScimAttributeDefinition, ScimSchemaResource, ScimSchemasResponse } from "./scim-schema-types.js";
export { SCIM_CORE_USER_URN } from "./scim-urns.js";

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
  /**
   * Labels of your own, by attribute path as the result writes it, in any case: `name.givenName`,
   * `urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber`, `meta.created`. Used as
   * given, without the "(Enterprise User)" suffix extension attributes otherwise get. A complex attribute's
   * path (`name`) names its group and its parts' prefix.
   */
  labels?: Readonly<Record<string, string>>;
}

// RFC 7644 ATTRNAME: `$ref` and other names outside the grammar cannot be written in a filter.
const FILTERABLE_NAME = /^[A-Za-z][A-Za-z0-9_-]*$/;

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
  return lower === SCIM_CORE_USER_URN.toLowerCase() || !lower.startsWith(SCIM_CORE_SCHEMA_PREFIX);
}

/** The caller's labels by lower-case path; the core User URN prefix is optional in paths, so it is dropped. */
function labelOverrides(labels: Readonly<Record<string, string>> = {}): Map<string, string> {
  const corePrefix = `${SCIM_CORE_USER_URN.toLowerCase()}:`;
  return new Map(
    Object.entries(labels).map(([path, label]) => {
      const lower = path.toLowerCase();
      return [lower.startsWith(corePrefix) ? lower.slice(corePrefix.length) : lower, label];
    }),
  );
}

/** One selected schema: how its attributes are written, grouped and labelled. */
interface SchemaContext {
  schemaId: string;
  /** "" for the core User schema, `<schema id>:` for any other. */
  prefix: string;
  /** The schema's name for label suffixes, or null for the core User schema. */
  schemaName: string | null;
  group: string;
  overrides: ReadonlyMap<string, string>;
}

/** An attribute's own words (`Given name`): the caller's label, the RFC's, or the humanized name. */
function baseLabel(context: SchemaContext, path: string, fallback: string): string {
  return context.overrides.get(`${context.prefix}${path}`.toLowerCase()) ?? wellKnownLabel(context.schemaId, path) ?? fallback;
}

/** A filterable attribute's label: its words, with the schema's name for extensions unless the caller chose the label. */
function fullLabel(context: SchemaContext, path: string, fallback: string): string {
  const override = context.overrides.get(`${context.prefix}${path}`.toLowerCase());
  if (override !== undefined) return override;
  const words = wellKnownLabel(context.schemaId, path) ?? fallback;
  return context.schemaName === null ? words : `${words} (${context.schemaName})`;
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
function attributesFor(definition: ScimAttributeDefinition, context: SchemaContext): AttributeSchema[] {
  if (!FILTERABLE_NAME.test(definition.name) || definition.type === "binary") return [];
  const path = `${context.prefix}${definition.name}`;
  const own = baseLabel(context, definition.name, humanizeName(definition.name));
  const label = fullLabel(context, definition.name, humanizeName(definition.name));
  if (definition.type !== "complex") {
    const attribute = simpleAttribute(definition, path, label, context.group);
    return attribute === null ? [] : [attribute];
  }

  const subs = filterableSubAttributes(definition);
  const groupOf = context.schemaName === null ? own : context.group;
  const parts = subs.flatMap((sub) => {
    // "Given name", "Emails: address" for the RFC's attributes; "Skills: level" for others.
    const partLabel = fullLabel(context, `${definition.name}.${sub.name}`, `${own}: ${humanizePhrase(sub.name)}`);
    const part = simpleAttribute(sub, `${path}.${sub.name}`, partLabel, groupOf);
    if (part === null) return [];
    if (definition.multiValued === true) part.multiValued = true;
    return [part];
  });
  if (definition.multiValued !== true) return parts;

  // Multi-valued complex (emails, addresses): the attribute itself, compared by its `value` (RFC 7644),
  // with its sub-attributes for a value path `emails[type eq "work" and value co "@example.com"]`. Those are
  // read beside the filter text inside the brackets ("this entry's value is …"), so they keep their names.
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
      `Compares against the value of any of the user's ${lowerFirst(own)}; use ${path}[…] to combine conditions on one entry.`,
  };
  if (valueSub?.caseExact === true) whole.caseExact = true;
  if (presenceOnly) whole.presenceOnly = true;
  if (subAttributes.length > 0) whole.subAttributes = subAttributes;
  return [whole, ...parts];
}

function commonAttributes(overrides: ReadonlyMap<string, string>): AttributeSchema[] {
  const group = "Metadata";
  const make = (path: string, label: string, type: ValueType, caseExact: boolean, description: string): AttributeSchema => ({
    path,
    label: overrides.get(path.toLowerCase()) ?? label,
    group,
    type,
    operators: operatorOptions(type),
    description,
    ...(caseExact ? { caseExact: true } : {}),
  });
  return [
    make("id", "ID", "string", true, "The server's unique identifier of the resource (RFC 7643 §3.1)."),
    make("externalId", "External ID", "string", true, "The identifier the provisioning client assigned."),
    make("meta.resourceType", "Resource type", "string", true, "The name of the resource type, e.g. User."),
    make("meta.created", "Created", "dateTime", false, "When the resource was added to the server."),
    make("meta.lastModified", "Last modified", "dateTime", false, "When the resource was last updated."),
    make("meta.location", "Location", "string", true, "The URI of the resource."),
    make("meta.version", "Version", "string", true, "The version (ETag) of the resource."),
  ];
}

/**
 * Builds a FilterSchema from a SCIM server's schema definitions: a `GET /Schemas` ListResponse, an array of
 * schema resources or one schema resource. Core User attributes keep their plain names (`name.givenName`);
 * attributes of any other schema (Enterprise User, custom extensions) are written with their schema URN
 * (`urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber`) and labelled with the
 * schema's name. Binary attributes and names outside the filter grammar (`$ref`) are left out.
 *
 * The input is checked first (it is usually JSON from a server or a file): a wrong shape, or a list without
 * schema resources, throws a ScimSchemaError whose message and `path` say what is wrong and where.
 */
export function schemaFromScim(
  input: ScimSchemasResponse | readonly ScimSchemaResource[] | ScimSchemaResource,
  options?: SchemaFromScimOptions,
): FilterSchema;
/** Untrusted JSON: checked, then read; anything not shaped as RFC 7643 §7 says throws a ScimSchemaError. */
export function schemaFromScim(input: unknown, options?: SchemaFromScimOptions): FilterSchema;
export function schemaFromScim(input: unknown, options: SchemaFromScimOptions = {}): FilterSchema {
  const resources = readScimSchemas(input);
  const byId = new Map(resources.map((resource) => [resource.id.toLowerCase(), resource]));
  const selected =
    options.schemas === undefined
      ? resources.filter((resource) => isDefaultSchema(resource.id))
      : options.schemas.flatMap((id) => {
          const resource = byId.get(id.toLowerCase());
          return resource === undefined ? [] : [resource];
        });

  const overrides = labelOverrides(options.labels);
  const attributes: AttributeSchema[] = [];
  for (const resource of selected) {
    const isCoreUser = resource.id.toLowerCase() === SCIM_CORE_USER_URN.toLowerCase();
    const schemaName = isCoreUser ? null : schemaLabel(resource);
    const context: SchemaContext = {
      schemaId: resource.id,
      prefix: isCoreUser ? "" : `${resource.id}:`,
      schemaName,
      group: schemaName ?? "User",
      overrides,
    };
    for (const definition of resource.attributes) attributes.push(...attributesFor(definition, context));
  }

  if (options.commonAttributes !== false) {
    const declared = new Set(attributes.map((attribute) => attribute.path.toLowerCase()));
    attributes.push(...commonAttributes(overrides).filter((attribute) => !declared.has(attribute.path.toLowerCase())));
  }
  return { id: options.id ?? "scim", name: options.name ?? "SCIM 2.0 server", attributes };
}

import type { AttributePath } from "../ast.js";
import type { AttributeSchema, FilterSchema } from "./types.js";

interface SchemaIndex {
  byPath: Map<string, AttributeSchema>;
  dynamic: Map<string, NonNullable<FilterSchema["dynamic"]>[number]>;
  derived: Map<string, AttributeSchema>;
  /** Resolutions by the path as written: validation and evaluation resolve the same few paths again and again. */
  resolved: Map<string, Resolution>;
}

// Schemas are treated as immutable: each one is indexed once.
const indexes = new WeakMap<FilterSchema, SchemaIndex>();

function indexOf(schema: FilterSchema): SchemaIndex {
  let index = indexes.get(schema);
  if (index === undefined) {
    index = {
      byPath: new Map(schema.attributes.map((attribute) => [attribute.path.toLowerCase(), attribute])),
      dynamic: new Map((schema.dynamic ?? []).map((dynamic) => [dynamic.name.toLowerCase(), dynamic])),
      derived: new Map(),
      resolved: new Map(),
    };
    indexes.set(schema, index);
  }
  return index;
}

function pathText(attribute: AttributePath | string): string {
  return typeof attribute === "string" ? attribute : attribute.path;
}

/** The path without a schema URN prefix (`urn:…:User:userName` → `userName`). */
export function withoutSchemaUrn(attribute: AttributePath | string): string {
  if (typeof attribute !== "string") return attribute.subAttribute === undefined ? attribute.name : `${attribute.name}.${attribute.subAttribute}`;
  const match = /^urn:[^\s]*:([A-Za-z][A-Za-z0-9_-]*(?:\.[A-Za-z][A-Za-z0-9_-]*)?)$/i.exec(attribute);
  return match?.[1] ?? attribute;
}

export type Resolution =
  | { kind: "declared"; attribute: AttributeSchema }
  /** Under a dynamic prefix the schema does not list (`profile.<fieldID>`). */
  | { kind: "dynamic"; attribute: AttributeSchema; declaredOnly: boolean }
  | { kind: "unknown" };

/**
 * Finds the schema's attribute for a path, case-insensitively as RFC 7644 requires. A schema URN
 * prefix is matched as written first, then ignored, so core attributes may be written either way.
 */
export function resolveAttribute(schema: FilterSchema, attribute: AttributePath | string): Resolution {
  const index = indexOf(schema);
  const written = pathText(attribute);
  let resolution = index.resolved.get(written);
  if (resolution === undefined) {
    resolution = resolve(index, attribute);
    if (index.resolved.size >= 10_000) index.resolved.clear();
    index.resolved.set(written, resolution);
  }
  return resolution;
}

function resolve(index: SchemaIndex, attribute: AttributePath | string): Resolution {
  const full = pathText(attribute).toLowerCase();
  const short = withoutSchemaUrn(attribute).toLowerCase();
  const declared = index.byPath.get(full) ?? index.byPath.get(short);
  if (declared !== undefined) return { kind: "declared", attribute: declared };

  const dot = short.indexOf(".");
  const dynamic = dot === -1 ? undefined : index.dynamic.get(short.slice(0, dot));
  if (dynamic === undefined) return { kind: "unknown" };
  // Cached by the spelling as written: the field id keeps its case, whichever spelling came first.
  const written = withoutSchemaUrn(attribute);
  let derived = index.derived.get(written);
  if (derived === undefined) {
    const fieldId = written.slice(written.indexOf(".") + 1);
    derived = { ...dynamic.template, path: `${dynamic.name}.${fieldId}`, label: fieldId };
    index.derived.set(written, derived);
  }
  return { kind: "dynamic", attribute: derived, declaredOnly: !dynamic.allowUndeclared };
}

/** Every path the schema declares, for suggestions. */
export function attributePaths(schema: FilterSchema): string[] {
  return schema.attributes.map((attribute) => attribute.path);
}

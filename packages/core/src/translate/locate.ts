// Where a mapping puts a filter's attribute: shared by the SQL and MongoDB translators, whose mappings
// have the same outline (attributes by path, and dynamic prefixes such as Staffbase's `profile.<fieldID>`).
import type { AttributePath } from "../ast.js";
import { resolveAttribute, withoutSchemaUrn } from "../schema/resolve.js";
import type { AttributeSchema, FilterSchema } from "../schema/types.js";
import { TranslationError, UnmappedAttributeError } from "./errors.js";

/** Fields under a prefix (`profile.<fieldID>`), all of one stored type; `fields` spell the stored keys. */
export interface DynamicOutline {
  /** The stored keys, matched case-insensitively as SCIM names are; other ids are used as written. */
  fields?: readonly string[];
}

export interface MappingOutline<L, D extends DynamicOutline> {
  attributes: Readonly<Record<string, L>>;
  dynamic?: Readonly<Record<string, D>>;
}

export type Located<L, D> =
  /** `sub`: a sub-attribute of a multi-valued location (`emails.type` on the emails table). */
  | { kind: "attribute"; location: L; schema: AttributeSchema | undefined; sub?: string }
  | { kind: "dynamic"; dynamic: D; key: string; schema: AttributeSchema | undefined };

interface Index<L, D> {
  attributes: Map<string, L>;
  dynamic: Map<string, D>;
}

const indexes = new WeakMap<object, Index<unknown, unknown>>();

function indexOf<L, D extends DynamicOutline>(mapping: MappingOutline<L, D>): Index<L, D> {
  let index = indexes.get(mapping) as Index<L, D> | undefined;
  if (index === undefined) {
    const lower = <T>(record: Readonly<Record<string, T>> | undefined) => new Map(Object.entries(record ?? {}).map(([key, value]) => [key.toLowerCase(), value]));
    index = { attributes: lower(mapping.attributes), dynamic: lower(mapping.dynamic) };
    indexes.set(mapping, index);
  }
  return index;
}

/** Attribute and field names the grammar accepts: all a translator ever puts into a field or JSON path. */
const NAME = /^[A-Za-z][A-Za-z0-9_$-]*$/;

function checkName(name: string, attribute: string): void {
  if (!NAME.test(name)) throw new TranslationError("unsupported", `${JSON.stringify(name)} in ${attribute} is not an attribute name`, attribute);
}

function firstOf<T>(map: Map<string, T>, keys: readonly (string | undefined)[]): T | undefined {
  for (const key of keys) {
    if (key === undefined) continue;
    const found = map.get(key.toLowerCase());
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Finds a top-level attribute's location: by the schema's documented path, as written, or without its URN. */
export function locate<L, D extends DynamicOutline>(
  mapping: MappingOutline<L, D>,
  attribute: AttributePath,
  schema: FilterSchema | undefined,
): Located<L, D> {
  const index = indexOf(mapping);
  const resolution = schema === undefined ? undefined : resolveAttribute(schema, attribute);
  const attributeSchema = resolution === undefined || resolution.kind === "unknown" ? undefined : resolution.attribute;
  const declared = resolution?.kind === "declared" ? resolution.attribute.path : undefined;
  const whole = firstOf(index.attributes, [declared, attribute.path, withoutSchemaUrn(attribute)]);
  if (whole !== undefined) return { kind: "attribute", location: whole, schema: attributeSchema };

  const { name, subAttribute } = attribute;
  if (subAttribute !== undefined) {
    const parent = firstOf(index.attributes, [
      declared?.slice(0, declared.lastIndexOf(".")),
      attribute.schema === undefined ? undefined : `${attribute.schema}:${name}`,
      name,
    ]);
    if (parent !== undefined) {
      checkName(subAttribute, attribute.path);
      return { kind: "attribute", location: parent, schema: attributeSchema, sub: subAttribute };
    }
    const dynamic = index.dynamic.get(name.toLowerCase());
    if (dynamic !== undefined) {
      checkName(subAttribute, attribute.path);
      const lower = subAttribute.toLowerCase();
      const key = dynamic.fields?.find((field) => field.toLowerCase() === lower) ?? subAttribute;
      return { kind: "dynamic", dynamic, key, schema: attributeSchema };
    }
  }
  throw new UnmappedAttributeError(attribute.path);
}

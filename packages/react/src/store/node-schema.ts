import type { AttributeSchema, FilterSchema } from "@scim-filter/core";
import { resolveAttribute, valuePathSchema } from "@scim-filter/core";
import { getOrCreate } from "../model/collections.js";
import type { NodeId, Tree } from "../model/types.js";
import { valuePathGroupOf } from "../model/value-path.js";

/**
 * The schema for fields inside a group: the builder's schema, or inside a value path the attribute's
 * sub-attributes (one object per attribute, so pickers and caches keyed by schema keep working). A value
 * path the schema cannot edit (the schema changed under an unfinished one) leaves its fields free text.
 */
export function schemaInside(tree: Tree, schema: FilterSchema | undefined, groupId: NodeId): FilterSchema | undefined {
  if (schema === undefined) return undefined;
  const valuePath = valuePathGroupOf(tree, groupId)?.valuePath;
  return valuePath === undefined ? schema : (valuePathSchema(schema, valuePath) ?? undefined);
}

/** The schema a node's field is read against: the one inside its parent group. */
export function fieldSchemaOf(tree: Tree, schema: FilterSchema | undefined, id: NodeId): FilterSchema | undefined {
  return schemaInside(tree, schema, tree.parents[id] ?? tree.rootId);
}

/** The schema's attribute for a field, or null (no schema, no field yet, or an unknown one). */
export function attributeOf(schema: FilterSchema | undefined, field: string): AttributeSchema | null {
  if (schema === undefined || field === "") return null;
  const resolution = resolveAttribute(schema, field);
  return resolution.kind === "unknown" ? null : resolution.attribute;
}

const NONE: readonly AttributeSchema[] = /* @__PURE__ */ Object.freeze([]);
const candidatesBySchema = new WeakMap<FilterSchema, readonly AttributeSchema[]>();

/** The attributes a value path can be made of (those with sub-attributes), once per schema. */
export function valuePathAttributes(schema: FilterSchema | undefined): readonly AttributeSchema[] {
  if (schema === undefined) return NONE;
  return getOrCreate(candidatesBySchema, schema, () => {
    const found = schema.attributes.filter((attribute) => (attribute.subAttributes?.length ?? 0) > 0);
    return found.length === 0 ? NONE : found;
  });
}

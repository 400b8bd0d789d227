import type { AttributePath } from "../ast.js";
import { resolveAttribute } from "./resolve.js";
import type { AttributeSchema, FilterSchema } from "./types.js";

// Schemas are treated as immutable: each value path's schema is built once per (schema, attribute), so the
// same object comes back every time — the validator's clause cache and the builder's pickers key on it.
const bySchema = new WeakMap<FilterSchema, WeakMap<AttributeSchema, FilterSchema | null>>();

/**
 * The schema inside `attribute[…]` for an attribute already resolved in `schema`: its sub-attributes, or null
 * when it has none (then it cannot be filtered with a value path).
 */
export function subAttributeSchema(schema: FilterSchema, attribute: AttributeSchema): FilterSchema | null {
  let byAttribute = bySchema.get(schema);
  if (byAttribute === undefined) {
    byAttribute = new WeakMap();
    bySchema.set(schema, byAttribute);
  }
  let inner = byAttribute.get(attribute);
  if (inner === undefined) {
    const subAttributes = attribute.subAttributes;
    inner =
      subAttributes === undefined || subAttributes.length === 0
        ? null
        : { id: `${schema.id}:${attribute.path}`, name: `${attribute.path}[…]`, attributes: subAttributes };
    byAttribute.set(attribute, inner);
  }
  return inner;
}

/**
 * The schema of the sub-attributes usable inside a value path `attribute[…]` (RFC 7644 §3.4.2.2: one level
 * deep, so they have no sub-attributes of their own), or null when the schema does not know the attribute
 * or it has no sub-attributes. The same object for the same schema and attribute, however it is spelled.
 */
export function valuePathSchema(schema: FilterSchema, attribute: AttributePath | string): FilterSchema | null {
  const resolution = resolveAttribute(schema, attribute);
  return resolution.kind === "unknown" ? null : subAttributeSchema(schema, resolution.attribute);
}

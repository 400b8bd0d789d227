// SCIM attribute names are case-insensitive (RFC 7643 §2.1), so `Staffbase.Role` works; the documented
// spelling reads better and matches the docs. One rule serves validation's hint and the formatter's option.
import type { AttributePath, Filter } from "../ast.js";
import { resolveAttribute, withoutSchemaUrn } from "./resolve.js";
import type { FilterSchema } from "./types.js";
import { valuePathSchema } from "./value-path-schema.js";

/**
 * The path as the schema documents it when `attribute` differs from that only in letter case, else null.
 * A schema URN prefix is kept as written (URNs are case-insensitive too, and not part of the documented name).
 */
export function documentedSpelling(attribute: AttributePath, schema: FilterSchema): string | null {
  const resolution = resolveAttribute(schema, attribute);
  if (resolution.kind === "unknown" || (resolution.kind === "dynamic" && resolution.declaredOnly)) return null;
  const documented = withoutSchemaUrn(resolution.attribute.path);
  const written = withoutSchemaUrn(attribute.path);
  if (written === documented || written.toLowerCase() !== documented.toLowerCase()) return null;
  return attribute.path.slice(0, attribute.path.length - written.length) + documented;
}

function respelled(attribute: AttributePath, schema: FilterSchema): AttributePath {
  const path = documentedSpelling(attribute, schema);
  if (path === null) return attribute;
  const [name = attribute.name, subAttribute] = withoutSchemaUrn(path).split(".");
  const result: AttributePath = { path, name };
  if (attribute.schema !== undefined) result.schema = attribute.schema;
  if (subAttribute !== undefined) result.subAttribute = subAttribute;
  return result;
}

/**
 * The filter with every attribute the schema knows spelled as documented (`Staffbase.Role` →
 * `staffbase.role`), inside value paths too; it means the same. Unchanged nodes are returned as they are.
 * Format the result: `formatFilter(withDocumentedSpelling(parseFilter(text), schema))`.
 */
export function withDocumentedSpelling(filter: Filter, schema: FilterSchema): Filter {
  switch (filter.type) {
    case "and":
    case "or": {
      const filters = filter.filters.map((child) => withDocumentedSpelling(child, schema));
      return filters.every((child, index) => child === filter.filters[index]) ? filter : { ...filter, filters };
    }
    case "not": {
      const inner = withDocumentedSpelling(filter.filter, schema);
      return inner === filter.filter ? filter : { ...filter, filter: inner };
    }
    case "valuePath": {
      const attribute = respelled(filter.attribute, schema);
      const subSchema = valuePathSchema(schema, filter.attribute);
      const inner = subSchema === null ? filter.filter : withDocumentedSpelling(filter.filter, subSchema);
      return attribute === filter.attribute && inner === filter.filter ? filter : { ...filter, attribute, filter: inner };
    }
    default: {
      const attribute = respelled(filter.attribute, schema);
      return attribute === filter.attribute ? filter : { ...filter, attribute };
    }
  }
}

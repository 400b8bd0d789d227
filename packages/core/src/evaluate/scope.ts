// Where attribute names are looked up while evaluating: the schema at the top, an attribute's
// sub-attributes inside a value path.
import type { AttributePath } from "../ast.js";
import { resolveAttribute, withoutSchemaUrn } from "../schema/resolve.js";
import type { AttributeSchema, FilterSchema } from "../schema/types.js";

export type Scope =
  | { kind: "top"; schema: FilterSchema | undefined }
  | { kind: "element"; subAttributes: readonly AttributeSchema[] | undefined };

/** The attribute's schema in this scope, or `undefined` when nothing is known about it. */
export function lookup(attribute: AttributePath, scope: Scope): AttributeSchema | undefined {
  if (scope.kind === "top") {
    if (scope.schema === undefined) return undefined;
    const resolution = resolveAttribute(scope.schema, attribute);
    return resolution.kind === "unknown" ? undefined : resolution.attribute;
  }
  const name = withoutSchemaUrn(attribute).toLowerCase();
  return scope.subAttributes?.find((sub) => sub.path.toLowerCase() === name);
}

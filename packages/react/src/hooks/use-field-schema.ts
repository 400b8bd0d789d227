import type { FilterSchema } from "@scim-filter/core";
import { useNodeState } from "../context.js";
import { fieldSchemaOf } from "../store/node-schema.js";

/**
 * The schema a rule's field is read against: the builder's, or inside a value path its attribute's
 * sub-attributes. The same object while it applies, so subscribers re-render only when it changes.
 */
export function useFieldSchema(id: string): FilterSchema | undefined {
  return useNodeState(id, (state) => fieldSchemaOf(state.tree, state.schema, id));
}

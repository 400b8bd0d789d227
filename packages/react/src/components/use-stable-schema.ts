import type { FilterSchema } from "@scim-filter/core";
import { sameSchema } from "@scim-filter/core";
import { useState } from "react";

/**
 * The schema prop, as the same object while its content stays the same: a schema written in render
 * (`schema={withProfileFields(…)}`) is a new object every time, and must not count as a new schema.
 */
export function useStableSchema(schema: FilterSchema | undefined): FilterSchema | undefined {
  const [stable, setStable] = useState(schema);
  const same = stable === schema || sameSchema(stable, schema);
  // Adjusting state while rendering (React's pattern for state derived from props): React renders again at once.
  if (!same) setStable(schema);
  return same ? stable : schema;
}

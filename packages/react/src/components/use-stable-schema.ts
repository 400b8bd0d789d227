import type { FilterSchema } from "@scim-filter/core";
import { useState } from "react";

/**
 * What the builder reads of a schema, as text: equal for schemas that say the same. Functions (an
 * attribute's `read`) are left out: the builder never evaluates, it validates and labels.
 */
const contentOf = (schema: FilterSchema | undefined): string => JSON.stringify(schema) ?? "";

/**
 * The schema prop, as the same object while its content stays the same: a schema written in render
 * (`schema={withProfileFields(…)}`) is a new object every time, and must not count as a new schema.
 */
export function useStableSchema(schema: FilterSchema | undefined): FilterSchema | undefined {
  const [stable, setStable] = useState(() => ({ schema, content: contentOf(schema) }));
  if (stable.schema === schema) return schema;
  const content = contentOf(schema);
  if (content === stable.content) return stable.schema;
  // Adjusting state while rendering (React's pattern for state derived from props): React renders again at once.
  setStable({ schema, content });
  return schema;
}

import { scimCoreUserSchema } from "../schema/scim-core.js";
import { staffbaseUserSchema } from "../schema/staffbase.js";
import type { FilterSchema } from "../schema/types.js";
import { UsageError } from "./io.js";

const SCHEMAS: Record<string, FilterSchema | undefined> = {
  staffbase: staffbaseUserSchema,
  scim: scimCoreUserSchema,
  none: undefined,
};

/** The schema named by --schema; Staffbase's by default, as the tool is built for its User API first. */
export function schemaByName(name: string | undefined): FilterSchema | undefined {
  const key = name ?? "staffbase";
  if (!(key in SCHEMAS)) throw new UsageError(`Unknown schema "${key}": use ${Object.keys(SCHEMAS).join(", ")}`);
  return SCHEMAS[key];
}

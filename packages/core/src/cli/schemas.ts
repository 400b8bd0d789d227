import { scimCoreUserSchema } from "../schema/scim-core.js";
import { staffbaseUserSchema } from "../schema/staffbase.js";
import type { FilterSchema } from "../schema/types.js";
import type { CliIo } from "./io.js";
import { UsageError } from "./io.js";
import { loadSchemaFile } from "./schema-file.js";

const SCHEMAS: Record<string, FilterSchema | undefined> = {
  staffbase: staffbaseUserSchema,
  scim: scimCoreUserSchema,
  none: undefined,
};

/** The schema named by --schema; generic SCIM (RFC 7643's core User) by default, Staffbase's by name. */
export function schemaByName(name: string | undefined): FilterSchema | undefined {
  const key = name ?? "scim";
  // Own keys only: `in` would take inherited names (toString, constructor) for schemas.
  if (!Object.hasOwn(SCHEMAS, key)) throw new UsageError(`Unknown schema "${key}": use ${Object.keys(SCHEMAS).join(", ")}`);
  return SCHEMAS[key];
}

/** The schema from --schema-file (a server's GET /Schemas response) or else --schema; not both. */
export async function loadSchema(name: string | undefined, file: string | undefined, io: CliIo): Promise<FilterSchema | undefined> {
  if (file === undefined) return schemaByName(name);
  if (name !== undefined) throw new UsageError("Give either --schema or --schema-file, not both");
  return loadSchemaFile(file, io);
}

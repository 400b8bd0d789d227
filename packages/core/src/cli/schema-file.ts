// --schema-file: a FilterSchema from a SCIM server's saved `GET /Schemas` response, so validate, match and
// explain work for any SCIM server (its extensions included).
import { schemaFromScim } from "../schema/from-scim.js";
import { ScimSchemaError } from "../schema/scim-schema-error.js";
import type { FilterSchema } from "../schema/types.js";
import type { CliIo } from "./io.js";
import { InputFileError, oneLine, readJsonFile } from "./io.js";

/** Reads and checks the file; an unreadable file, bad JSON or a wrong shape is an InputFileError. */
export async function loadSchemaFile(path: string, io: CliIo): Promise<FilterSchema> {
  const json = await readJsonFile(path, io, "the schemas");
  try {
    return schemaFromScim(json);
  } catch (error) {
    if (!(error instanceof ScimSchemaError)) throw error;
    throw new InputFileError(`${path} is not a SCIM GET /Schemas response: ${oneLine(error.message)}`);
  }
}

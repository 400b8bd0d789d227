// --schema-file: a FilterSchema from a SCIM server's saved `GET /Schemas` response, so validate, match and
// explain work for any SCIM server (its extensions included).
import { schemaFromScim } from "../schema/from-scim.js";
import { ScimSchemaError } from "../schema/scim-schema-error.js";
import type { FilterSchema } from "../schema/types.js";
import type { CliIo } from "./io.js";
import { InputFileError } from "./io.js";

const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

/** Reads and checks the file; an unreadable file, bad JSON or a wrong shape is an InputFileError. */
export async function loadSchemaFile(path: string, io: CliIo): Promise<FilterSchema> {
  let json: unknown;
  try {
    json = JSON.parse(await io.readFile(path)) as unknown;
  } catch (error) {
    throw new InputFileError(`Cannot read the schemas from ${path}: ${oneLine((error as Error).message)}`);
  }
  try {
    return schemaFromScim(json);
  } catch (error) {
    if (!(error instanceof ScimSchemaError)) throw error;
    throw new InputFileError(`${path} is not a SCIM GET /Schemas response: ${oneLine(error.message)}`);
  }
}

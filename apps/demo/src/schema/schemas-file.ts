// Reads a user's `GET /Schemas` JSON file in the browser. The rules for what a /Schemas document looks like
// live in core (readScimSchemas, which schemaFromScim uses too, throwing ScimSchemaError): this file adds only
// what the demo needs, a size limit, JSON parsing, and refusing a file that leaves the builder nothing to offer.
import type { FilterSchema, ScimSchemaResource } from "@scim-filter/core";
import { readScimSchemas, schemaFromScim, ScimSchemaError } from "@scim-filter/core";

/** Larger files are refused before reading: real /Schemas responses are a few hundred kilobytes at most. */
export const MAX_SCHEMAS_FILE_BYTES = 5 * 1024 * 1024;

export type SchemasFileResult = { ok: true; schema: FilterSchema } | { ok: false; message: string };

/** A filter schema from the text of a /Schemas file, or a message saying what is wrong with it. */
export function parseSchemasFile(text: string, fileName: string): SchemasFileResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `${fileName} is not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  let resources: ScimSchemaResource[];
  try {
    resources = readScimSchemas(json);
  } catch (error) {
    if (error instanceof ScimSchemaError) return { ok: false, message: `${fileName} is not a SCIM /Schemas document: ${error.message}` };
    throw error;
  }
  // Without the common attributes (id, meta.*) every file yields some: count only what the file defines.
  if (schemaFromScim(resources, { commonAttributes: false }).attributes.length === 0) {
    const ids = resources.map((resource) => resource.id).join(", ");
    return { ok: false, message: `${fileName} defines no filterable User attributes (its schemas: ${ids}). Core schemas other than User, such as Group, are left out.` };
  }
  return { ok: true, schema: schemaFromScim(resources, { id: "scim-file", name: fileName }) };
}

/** Why a picked file is refused unread (too large), or null. */
export function tooLarge(file: { name: string; size: number }): string | null {
  if (file.size <= MAX_SCHEMAS_FILE_BYTES) return null;
  return `${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; the demo reads /Schemas files up to ${MAX_SCHEMAS_FILE_BYTES / 1024 / 1024} MB.`;
}

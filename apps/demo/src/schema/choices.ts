// The schemas the demo's builder can use. Staffbase is the default: it is what the backend filters with.
import type { FilterSchema } from "@scim-filter/core";
import { rfc7643Schemas, schemaFromScim, staffbaseUserSchema, withProfileFields } from "@scim-filter/core";
import { withMockFacts } from "../../shared/mock-facts.js";
import { MOCK_PROFILE_FIELDS } from "../../shared/profile-fields.js";

export type SchemaChoice = "staffbase" | "rfc7643" | "file";
/** The choices that need no file. */
export type BuiltInChoice = Exclude<SchemaChoice, "file">;

export const SCHEMA_CHOICES: readonly { value: SchemaChoice; label: string }[] = [
  { value: "staffbase", label: "Staffbase User API" },
  { value: "rfc7643", label: "Generic SCIM (RFC 7643 example)" },
  { value: "file", label: "Your /Schemas JSON…" },
];

export function choiceLabel(choice: SchemaChoice): string {
  return SCHEMA_CHOICES.find((option) => option.value === choice)?.label ?? choice;
}

/** A choice from the page URL's `schema` parameter; anything unknown is the default. */
export function parseChoice(value: string | null): SchemaChoice {
  return SCHEMA_CHOICES.some((option) => option.value === value) ? (value as SchemaChoice) : "staffbase";
}

/** The embedded mock's schema: the documented one plus the mock instance's profile fields, reading its `_mock` facts. */
export const mockSchema: FilterSchema = withMockFacts(withProfileFields(staffbaseUserSchema, MOCK_PROFILE_FIELDS));

// Imported rather than fetched from the server's /demo/schemas/rfc7643.json: the same object serves that
// file, and the choice then needs no loading state.
export const rfc7643Schema: FilterSchema = schemaFromScim(rfc7643Schemas, { id: "rfc7643", name: "The RFC 7643 example schema" });

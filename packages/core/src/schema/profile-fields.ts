import { checkSchema } from "./check-schema.js";
import { operatorOptions } from "./operators.js";
import type { AttributeSchema, FilterSchema, ProfileField } from "./types.js";

/**
 * A copy of a schema that knows an instance's custom profile fields (`profile.<fieldID>`), with their
 * labels and types. Fields not in the list are then reported as unknown (a warning: the list may be stale).
 */
export function withProfileFields(schema: FilterSchema, fields: readonly ProfileField[]): FilterSchema {
  checkSchema(schema);
  const profile = schema.dynamic?.find((dynamic) => dynamic.name === "profile");
  const template = profile?.template ?? { group: "Profile", type: "string" as const, operators: operatorOptions("string", ["eq"]) };
  const added = fields.map((field): AttributeSchema => {
    const type = field.type ?? "string";
    const attribute: AttributeSchema = {
      ...template,
      path: `profile.${field.id}`,
      label: field.label ?? field.id,
      type,
      // Only eq is documented for profile fields, whatever their type.
      operators: template.operators,
    };
    if (field.description !== undefined) attribute.description = field.description;
    if (field.options !== undefined) attribute.options = field.options;
    return attribute;
  });
  const declared = new Set(added.map((attribute) => attribute.path.toLowerCase()));
  return {
    ...schema,
    attributes: [...schema.attributes.filter((attribute) => !declared.has(attribute.path.toLowerCase())), ...added],
    dynamic: (schema.dynamic ?? []).map((dynamic) => (dynamic.name === "profile" ? { ...dynamic, allowUndeclared: false } : dynamic)),
  };
}

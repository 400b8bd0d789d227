import type { CompareFilter, Filter, PresentFilter } from "../ast.js";
import { implicitClausesFor } from "../evaluate/implicit.js";
import { checkSchema } from "../schema/check-schema.js";
import { formatFilter } from "../format/format.js";
import { formatValue } from "../format/value.js";
import { operatorLabel } from "../schema/operators.js";
import { resolveAttribute } from "../schema/resolve.js";
import type { AttributeSchema, FilterSchema } from "../schema/types.js";

const MAX_ID_LENGTH = 8;

function valueInWords(attribute: AttributeSchema | null, value: unknown): string {
  if (typeof value !== "string") return formatValue(value as never);
  const option = attribute?.options?.find((candidate) => candidate.value === value);
  if (option !== undefined) return option.label;
  if (attribute?.type === "id" && value.length > MAX_ID_LENGTH + 1) return `${value.slice(0, MAX_ID_LENGTH)}…`;
  if (attribute?.type === "dateTime") return value.replace("T", " ");
  return formatValue(value);
}

/** A label inside a sentence: capitalized words lower-cased, abbreviations kept ("Profile URL" → "profile URL"). */
function inSentence(label: string): string {
  return label.replace(/\b[A-Z][a-z]+\b/g, (word) => word.toLowerCase());
}

function comparison(filter: CompareFilter | PresentFilter, schema: FilterSchema | undefined): string {
  const resolution = schema === undefined ? null : resolveAttribute(schema, filter.attribute);
  const attribute = resolution === null || resolution.kind === "unknown" ? null : resolution.attribute;
  const label = attribute === null ? filter.attribute.path : inSentence(attribute.label);
  if (filter.type === "present") return `${label} is present`;
  const verb = operatorLabel(attribute, filter.operator);
  const value = valueInWords(attribute, filter.value);
  // Membership reads as "groups include 604f…" rather than "group is member of 604f…".
  if (/member/.test(verb)) return `${label}s ${/not/.test(verb) ? "do not include" : "include"} ${value}`;
  return `${label} ${verb} ${value}`;
}

function describeNode(filter: Filter, schema: FilterSchema | undefined, nested: boolean): string {
  switch (filter.type) {
    case "compare":
    case "present":
      return comparison(filter, schema);
    case "not":
      if (filter.filter.type === "present") return comparison(filter.filter, schema).replace(/ is present$/, " is absent");
      return `not (${describeNode(filter.filter, schema, false)})`;
    case "and":
    case "or": {
      const parts = filter.filters.map((child) => describeNode(child, schema, true));
      const joined = `${parts.slice(0, -1).join(", ")} ${filter.type} ${parts.at(-1) ?? ""}`;
      return nested ? `(${joined})` : joined;
    }
    case "valuePath":
      return formatFilter(filter);
  }
}

/**
 * The filter in plain words, for people who do not read SCIM: "Users where role is Admin and email is
 * present, and status is activated (default)."
 */
export function describeFilter(filter: Filter | null, schema?: FilterSchema): string {
  checkSchema(schema);
  const defaults = filter === null ? (schema?.implicit ?? []) : implicitClausesFor(filter, schema);
  const implicit = defaults.map((clause) => clause.label).join(" and ");
  if (filter === null) return implicit === "" ? "All users." : `Users where ${implicit}.`;
  return `Users where ${describeNode(filter, schema, false)}${implicit === "" ? "" : `, and ${implicit}`}.`;
}

import type { Operator } from "../ast.js";
import { OPERATORS } from "../ast.js";
import { checkSchema } from "./check-schema.js";
import { DEFAULT_OPERATORS, operatorOptions } from "./operators.js";
import type { AttributeSchema, DynamicAttributes, EnumOption, FilterSchema, OperatorOption, ValueType } from "./types.js";

/** An enum option; the label defaults to the value. */
export type EnumOptionInput = Omit<EnumOption, "label"> & { label?: string };

/**
 * An attribute as written by hand: only `path` is required. The label defaults to the path, the type to
 * "string", the operators to those RFC 7644 allows for the type (only `pr` when `presenceOnly`); operators
 * may be given by name, then labelled as the type's defaults are.
 */
export interface AttributeInput extends Omit<AttributeSchema, "label" | "type" | "operators" | "options" | "subAttributes"> {
  label?: string;
  type?: ValueType;
  operators?: readonly (Operator | OperatorOption)[];
  options?: readonly EnumOptionInput[];
  subAttributes?: readonly AttributeInput[];
}

export interface DynamicAttributesInput extends Omit<DynamicAttributes, "template" | "allowUndeclared"> {
  template?: Omit<AttributeInput, "path" | "label">;
  /** Default true: any field under the prefix is accepted (withProfileFields then limits it to the listed ones). */
  allowUndeclared?: boolean;
}

/** A schema as written by hand: `id` defaults to `name`. */
export interface SchemaInput extends Omit<FilterSchema, "id" | "attributes" | "dynamic"> {
  id?: string;
  attributes: readonly AttributeInput[];
  dynamic?: readonly DynamicAttributesInput[];
}

type Loose<T> = { [K in keyof T]?: unknown };

// Fills what has a default and keeps everything else as given, so checkSchema judges the rest.
function fillAttribute(input: Loose<AttributeInput>): AttributeSchema {
  const type = (input.type ?? "string") as ValueType;
  // An unknown type or operator is left for checkSchema to name.
  const labelled = (operator: unknown) => (Object.hasOwn(DEFAULT_OPERATORS, type) && OPERATORS.includes(operator as Operator) ? operatorOptions(type, [operator as Operator])[0] : { operator, label: "" });
  const given = input.operators;
  const operators = given === undefined ? (input.presenceOnly === true ? ["pr"] : (DEFAULT_OPERATORS[type] ?? [])).map(labelled) : Array.isArray(given) ? given.map((option: unknown) => (typeof option === "string" ? labelled(option) : option)) : given;
  const filled = { ...input, label: input.label ?? input.path, type, operators } as AttributeSchema;
  if (Array.isArray(input.options)) filled.options = (input.options as Loose<EnumOptionInput>[]).map((option) => ({ ...option, label: option.label ?? option.value }) as EnumOption);
  if (Array.isArray(input.subAttributes)) filled.subAttributes = (input.subAttributes as Loose<AttributeInput>[]).map(fillAttribute);
  return filled;
}

function templateOf(template: unknown): unknown {
  if (typeof template !== "object" || template === null) return template;
  const { path: _path, label: _label, ...filled } = fillAttribute({ ...template, path: "", label: "" });
  return filled;
}

const each = <T>(items: unknown, fill: (item: Loose<T>) => unknown): unknown => (Array.isArray(items) ? items.map((item: unknown) => (typeof item === "object" && item !== null ? fill(item as Loose<T>) : item)) : items);

/**
 * A FilterSchema from a hand-written one: fills the defaults (above) and checks the rest, throwing a
 * SchemaError that names the bad part (`attributes.userName.type should be one of string, enum, …`).
 *
 * ```ts
 * const schema = defineSchema({ name: "HR directory", attributes: [{ path: "userName" }, { path: "active", type: "boolean" }] });
 * ```
 */
export function defineSchema(input: SchemaInput): FilterSchema {
  const loose = input as Loose<SchemaInput>;
  const schema = {
    ...input,
    id: loose.id ?? loose.name,
    attributes: each<AttributeInput>(loose.attributes, fillAttribute),
  } as FilterSchema;
  if (loose.dynamic !== undefined)
    schema.dynamic = each<DynamicAttributesInput>(loose.dynamic, (dynamic) => ({
      ...dynamic,
      allowUndeclared: dynamic.allowUndeclared ?? true,
      template: templateOf(dynamic.template),
    })) as DynamicAttributes[];
  return checkSchema(schema);
}

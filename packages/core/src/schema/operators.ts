import type { Operator } from "../ast.js";
import type { AttributeSchema, OperatorOption, ValueType } from "./types.js";

/** How operators read by default; schemas override per attribute ("is member of"). */
export const OPERATOR_LABELS: Record<Operator, string> = {
  eq: "is",
  ne: "is not",
  co: "contains",
  sw: "starts with",
  ew: "ends with",
  gt: "is greater than",
  ge: "is at least",
  lt: "is less than",
  le: "is at most",
  pr: "is present",
};

const DATE_LABELS: Partial<Record<Operator, string>> = {
  eq: "is exactly",
  ne: "is not exactly",
  gt: "is after",
  ge: "is on or after",
  lt: "is before",
  le: "is on or before",
};

/** The operators RFC 7644 allows for each type, in picker order. */
export const DEFAULT_OPERATORS: Record<ValueType, Operator[]> = {
  string: ["eq", "ne", "co", "sw", "ew", "pr"],
  enum: ["eq", "ne", "pr"],
  id: ["eq", "ne", "pr"],
  dateTime: ["gt", "ge", "lt", "le", "eq", "ne", "pr"],
  boolean: ["eq", "ne", "pr"],
  number: ["eq", "ne", "gt", "ge", "lt", "le", "pr"],
  complex: ["pr"],
};

export function operatorOptions(type: ValueType, operators: readonly Operator[] = DEFAULT_OPERATORS[type], labels: Partial<Record<Operator, string>> = {}): OperatorOption[] {
  return operators.map((operator) => ({
    operator,
    label: labels[operator] ?? (type === "dateTime" ? DATE_LABELS[operator] : undefined) ?? OPERATOR_LABELS[operator],
  }));
}

/** How an attribute's operator reads: the schema's own label ("is member of"), else the default one. */
export function operatorLabel(attribute: AttributeSchema | null | undefined, operator: Operator): string {
  return attribute?.operators.find((option) => option.operator === operator)?.label ?? OPERATOR_LABELS[operator];
}

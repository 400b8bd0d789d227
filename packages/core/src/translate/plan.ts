// What a comparison means for one stored attribute, decided once from the evaluator's own rules
// (comparisonType, parseFilterDate, the `ne` and `null` rules of compileComparison) so that the SQL and
// MongoDB translators only spell it out. See ../../EVALUATION.md.
import type { CompareFilter, CompareOperator } from "../ast.js";
import { comparisonType } from "../evaluate/compare.js";
import type { ComparisonType } from "../evaluate/compare.js";
import type { AttributeSchema } from "../schema/types.js";
import { parseFilterDate } from "../values/date.js";
import { TranslationError } from "./errors.js";
import type { StoredType } from "./stored-type.js";

export type OrderOperator = "eq" | "gt" | "ge" | "lt" | "le";
export type StringOperator = OrderOperator | "co" | "sw" | "ew";

/** One test on one stored value (never NULL / missing: translators test presence first). */
export type ValuePlan =
  /** `value` is lower-cased already when `fold` (case-insensitive: compare the lower-cased stored text). */
  | { type: "string"; operator: StringOperator; value: string; fold: boolean }
  | { type: "number"; operator: OrderOperator; value: number }
  | { type: "boolean"; value: boolean }
  /** An instant as canonical ISO-8601 text, compared with stored `dateTime` text. */
  | { type: "instant"; operator: OrderOperator; value: string };

export type ComparisonPlan =
  /** No record matches, for `ne` too (a value the attribute's type cannot compare with). */
  | { kind: "never" }
  /** `pr`, `eq null` (present: false), `ne null` (present: true). */
  | { kind: "present"; present: boolean }
  /** `ne` when no stored value can compare: true exactly when the attribute has no value. */
  | { kind: "noValue" }
  /** Some value passes the test. */
  | { kind: "any"; test: ValuePlan }
  /** `ne`: no value is equal (every stored value compares: they have the stored type). */
  | { kind: "none"; test: ValuePlan };

function isOrder(operator: CompareOperator): operator is OrderOperator {
  return operator === "eq" || operator === "gt" || operator === "ge" || operator === "lt" || operator === "le";
}

type Outcome = ValuePlan | "never" | "incomparable";

function stringPlan(operator: Exclude<CompareOperator, "ne">, value: string, caseExact: boolean, stored: StoredType): Outcome {
  // dateTime values are stored as text, and a string comparison reads them as text, as the evaluator does.
  if (stored !== "string" && stored !== "dateTime") return "incomparable";
  return { type: "string", operator, value: caseExact ? value : value.toLowerCase(), fold: !caseExact };
}

function instantPlan(operator: OrderOperator, time: number, stored: StoredType, attribute: string): Outcome {
  if (stored === "dateTime") return { type: "instant", operator, value: new Date(time).toISOString() };
  if (stored === "string") {
    throw new TranslationError(
      "unsupported",
      `${attribute} is compared as a point in time, but the mapping stores it as text in any spelling: map it as "dateTime" (ISO-8601 text from toISOString())`,
      attribute,
    );
  }
  return "incomparable";
}

/** compileValueTest's decision table, over the values the stored type can hold. */
function valuePlan(
  operator: Exclude<CompareOperator, "ne">,
  value: string | number | boolean,
  type: ComparisonType,
  caseExact: boolean,
  stored: StoredType,
  attribute: string,
): Outcome {
  switch (type) {
    case "string":
      return typeof value === "string" ? stringPlan(operator, value, caseExact, stored) : "never";
    case "dateTime": {
      if (typeof value !== "string" || !isOrder(operator)) return "never";
      const parsed = parseFilterDate(value);
      return parsed.ok ? instantPlan(operator, parsed.time, stored, attribute) : "never";
    }
    case "number":
      if (typeof value !== "number" || !isOrder(operator)) return "never";
      return stored === "number" ? { type: "number", operator, value } : "incomparable";
    case "boolean":
      if (typeof value !== "boolean" || operator !== "eq") return "never";
      return stored === "boolean" ? { type: "boolean", value } : "incomparable";
    case undefined: {
      // No type information: the filter value decides (a date string compares as an instant with dates).
      if (typeof value === "number") return valuePlan(operator, value, "number", false, stored, attribute);
      if (typeof value === "boolean") return valuePlan(operator, value, "boolean", false, stored, attribute);
      const parsed = parseFilterDate(value);
      if (parsed.ok && isOrder(operator)) return instantPlan(operator, parsed.time, stored, attribute);
      return stringPlan(operator, value, false, stored);
    }
  }
}

/** The plan for a comparison on an attribute with this schema (or none) whose values are stored as `stored`. */
export function planComparison(filter: CompareFilter, schema: AttributeSchema | undefined, stored: StoredType): ComparisonPlan {
  const { operator, value } = filter;
  if (value === null) {
    if (operator === "eq") return { kind: "present", present: false };
    if (operator === "ne") return { kind: "present", present: true };
    return { kind: "never" };
  }
  const test = operator === "ne" ? "eq" : operator;
  const outcome = valuePlan(test, value, comparisonType(schema?.type), schema?.caseExact === true, stored, filter.attribute.path);
  if (outcome === "never") return { kind: "never" };
  if (outcome === "incomparable") return operator === "ne" ? { kind: "noValue" } : { kind: "never" };
  return operator === "ne" ? { kind: "none", test: outcome } : { kind: "any", test: outcome };
}

// Comparing one value from a user object with one operator and the filter's value.
import type { CompareOperator } from "../ast.js";
import type { ValueType } from "../schema/types.js";
import { parseFilterDate } from "../values/date.js";

/**
 * Compares one value read from a user: `true` or `false`, or `undefined` when the two cannot be
 * compared (wrong type, unparsable date). Callers treat `undefined` as "no match", for `ne` too.
 */
export type ValueTest = (value: unknown) => boolean | undefined;

/** How values are compared; `undefined`: no type information, decided by the filter value. */
export type ComparisonType = "string" | "dateTime" | "boolean" | "number" | undefined;

/** The comparison an attribute's schema type implies (`enum` and `id` are strings; `complex` says nothing). */
export function comparisonType(type: ValueType | undefined): ComparisonType {
  switch (type) {
    case "string":
    case "enum":
    case "id":
      return "string";
    case "dateTime":
    case "boolean":
    case "number":
      return type;
    case "complex":
    case undefined:
      return undefined;
  }
}

/** The operators that order values; `ne` is evaluated as "no value is `eq`". */
type OrderOperator = "eq" | "gt" | "ge" | "lt" | "le";
type TestOperator = Exclude<CompareOperator, "ne">;

function isOrder(operator: TestOperator): operator is OrderOperator {
  return operator === "eq" || operator === "gt" || operator === "ge" || operator === "lt" || operator === "le";
}

/** `actual <op> expected` for values of one primitive type (strings compare by UTF-16 code units). */
function ordered<T extends string | number>(operator: OrderOperator): (actual: T, expected: T) => boolean {
  switch (operator) {
    case "eq":
      return (actual, expected) => actual === expected;
    case "gt":
      return (actual, expected) => actual > expected;
    case "ge":
      return (actual, expected) => actual >= expected;
    case "lt":
      return (actual, expected) => actual < expected;
    case "le":
      return (actual, expected) => actual <= expected;
  }
}

function stringOperation(operator: TestOperator): (actual: string, expected: string) => boolean {
  switch (operator) {
    case "co":
      return (actual, expected) => actual.includes(expected);
    case "sw":
      return (actual, expected) => actual.startsWith(expected);
    case "ew":
      return (actual, expected) => actual.endsWith(expected);
    default:
      return ordered<string>(operator);
  }
}

function stringTest(operator: TestOperator, expected: string, caseExact: boolean): ValueTest {
  const operation = stringOperation(operator);
  if (caseExact) return (value) => (typeof value === "string" ? operation(value, expected) : undefined);
  const lower = expected.toLowerCase();
  return (value) => (typeof value === "string" ? operation(value.toLowerCase(), lower) : undefined);
}

// The same user time stamps are compared again by every query over a user list: remember what they
// parse to (bounded, so a stream of distinct values cannot grow it without limit).
const TIME_CACHE_LIMIT = 200_000;
const timeCache = new Map<string, number | undefined>();

/** A user's time stamp in milliseconds, or `undefined` when it is not a date the filter syntax accepts. */
function timeOf(value: unknown): number | undefined {
  if (typeof value !== "string") return undefined;
  if (timeCache.has(value)) return timeCache.get(value);
  const parsed = parseFilterDate(value);
  const time = parsed.ok ? parsed.time : undefined;
  if (timeCache.size >= TIME_CACHE_LIMIT) timeCache.clear();
  timeCache.set(value, time);
  return time;
}

function dateTest(operator: OrderOperator, expected: number): ValueTest {
  const operation = ordered<number>(operator);
  return (value) => {
    const time = timeOf(value);
    return time === undefined ? undefined : operation(time, expected);
  };
}

/**
 * Compiles `<value> <operator> expected` into a test, or returns `null` when no value can match
 * (e.g. `co` on a number, a number for a date attribute, an unparsable date in the filter).
 * `expected` is never `null` here: the compiler turns `eq null` / `ne null` into presence tests.
 */
export function compileValueTest(
  operator: TestOperator,
  expected: string | number | boolean,
  type: ComparisonType,
  caseExact: boolean,
): ValueTest | null {
  switch (type) {
    case "string":
      return typeof expected === "string" ? stringTest(operator, expected, caseExact) : null;
    case "dateTime": {
      if (typeof expected !== "string" || !isOrder(operator)) return null;
      const parsed = parseFilterDate(expected);
      return parsed.ok ? dateTest(operator, parsed.time) : null;
    }
    case "number": {
      if (typeof expected !== "number" || !isOrder(operator)) return null;
      const operation = ordered<number>(operator);
      return (value) => (typeof value === "number" ? operation(value, expected) : undefined);
    }
    case "boolean":
      if (typeof expected !== "boolean" || operator !== "eq") return null;
      return (value) => (typeof value === "boolean" ? value === expected : undefined);
    case undefined:
      return inferredTest(operator, expected);
  }
}

/**
 * Without type information the filter value decides: numbers and booleans compare with values of their
 * type; a string that is a date compares as a point in time with user values that are dates too, and
 * as a case-insensitive string with any other string.
 */
function inferredTest(operator: TestOperator, expected: string | number | boolean): ValueTest | null {
  if (typeof expected === "number") return compileValueTest(operator, expected, "number", false);
  if (typeof expected === "boolean") return compileValueTest(operator, expected, "boolean", false);
  const asString = stringTest(operator, expected, false);
  const parsed = parseFilterDate(expected);
  if (!parsed.ok || !isOrder(operator)) return asString;
  const operation = ordered<number>(operator);
  const expectedTime = parsed.time;
  return (value) => {
    const time = timeOf(value);
    return time === undefined ? asString(value) : operation(time, expectedTime);
  };
}

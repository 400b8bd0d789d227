// A deliberately naive filter interpreter, written from the evaluation rules (EVALUATION.md) without
// looking at src/evaluate: it walks the AST for every user, turns each attribute into a flat list of
// values and applies the rule for the operator. The property tests check the compiled evaluator
// against it. Only the schema lookup (resolveAttribute) and date parsing are shared, as the rules say.
import type { AttributePath, CompareOperator, Filter, FilterValue } from "../../src/ast.js";
import { resolveAttribute, withoutSchemaUrn } from "../../src/schema/resolve.js";
import type { AttributeSchema, FilterSchema, UserRecord } from "../../src/schema/types.js";
import { parseFilterDate } from "../../src/values/date.js";

type Where = { schema: FilterSchema | undefined } | { subAttributes: AttributeSchema[] | undefined };
type Kind = "string" | "date" | "number" | "boolean" | "infer";

const CANNOT = "cannot compare";
type Outcome = boolean | typeof CANNOT;

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** A member by name: exact spelling, else the first own key equal ignoring case. */
function member(value: unknown, name: string): unknown {
  if (!isRecord(value)) return undefined;
  const keys = Object.keys(value);
  const key = keys.includes(name) ? name : keys.find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : value[key];
}

function flatten(value: unknown): unknown[] {
  return Array.isArray(value) ? value.flatMap(flatten) : [value];
}

function followPath(record: unknown, attribute: AttributePath): unknown {
  const extension = attribute.schema === undefined ? undefined : member(record, attribute.schema);
  const top = member(isRecord(extension) ? extension : record, attribute.name);
  if (attribute.subAttribute === undefined) return top;
  const sub = attribute.subAttribute;
  if (!Array.isArray(top)) return member(top, sub);
  return flatten(top)
    .map((element) => member(element, sub))
    .filter((value) => value !== undefined);
}

function describe(attribute: AttributePath, where: Where): AttributeSchema | undefined {
  if ("schema" in where) {
    if (where.schema === undefined) return undefined;
    const found = resolveAttribute(where.schema, attribute);
    return found.kind === "unknown" ? undefined : found.attribute;
  }
  const wanted = withoutSchemaUrn(attribute).toLowerCase();
  return where.subAttributes?.find((sub) => sub.path.toLowerCase() === wanted);
}

function raw(record: unknown, attribute: AttributePath, schema: AttributeSchema | undefined): unknown {
  if (schema?.read !== undefined) return isRecord(record) ? schema.read(record) : undefined;
  return followPath(record, attribute);
}

/** An object with a `value` member (any case) stands for it. */
function valueOf(value: unknown): unknown {
  if (!isRecord(value)) return value;
  const key = Object.keys(value).includes("value") ? "value" : Object.keys(value).find((k) => k.toLowerCase() === "value");
  return key === undefined ? value : value[key];
}

function present(value: unknown): boolean {
  if (value === undefined || value === null || value === "") return false;
  if (Array.isArray(value)) return value.some(present);
  if (isRecord(value)) {
    const inner = valueOf(value);
    return inner === value ? Object.values(value).some(present) : present(inner);
  }
  return true;
}

/** The values a comparison looks at: arrays flattened, complex values unwrapped, null and undefined dropped. */
function comparedValues(value: unknown): unknown[] {
  return flatten(value)
    .filter((v) => v !== undefined && v !== null)
    .map(valueOf)
    .filter((v) => v !== undefined && v !== null);
}

function kindOf(schema: AttributeSchema | undefined): Kind {
  switch (schema?.type) {
    case "string":
    case "enum":
    case "id":
      return "string";
    case "dateTime":
      return "date";
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    default:
      return "infer";
  }
}

function time(value: unknown): number | undefined {
  if (typeof value !== "string") return undefined;
  const parsed = parseFilterDate(value);
  return parsed.ok ? parsed.time : undefined;
}

function order(operator: CompareOperator, a: number | string, b: number | string): Outcome {
  if (operator === "eq") return a === b;
  if (operator === "gt") return a > b;
  if (operator === "ge") return a >= b;
  if (operator === "lt") return a < b;
  if (operator === "le") return a <= b;
  return CANNOT;
}

function text(operator: CompareOperator, a: string, b: string): Outcome {
  if (operator === "co") return a.includes(b);
  if (operator === "sw") return a.startsWith(b);
  if (operator === "ew") return a.endsWith(b);
  return order(operator, a, b);
}

/** Can any value be compared this way at all? (Decided by the filter alone.) */
function possible(operator: CompareOperator, expected: FilterValue, kind: Kind): boolean {
  const substring = operator === "co" || operator === "sw" || operator === "ew";
  if (kind === "infer") kind = typeof expected === "number" ? "number" : typeof expected === "boolean" ? "boolean" : "string";
  if (kind === "string") return typeof expected === "string";
  if (kind === "date") return typeof expected === "string" && time(expected) !== undefined && !substring;
  if (kind === "number") return typeof expected === "number" && !substring;
  return typeof expected === "boolean" && (operator === "eq" || operator === "ne");
}

/** One value against the filter value (`operator` is never `ne` here). */
function compareOne(operator: CompareOperator, actual: unknown, expected: FilterValue, kind: Kind, caseExact: boolean): Outcome {
  if (kind === "infer") {
    if (typeof expected === "number") kind = "number";
    else if (typeof expected === "boolean") kind = "boolean";
    else {
      const substring = operator === "co" || operator === "sw" || operator === "ew";
      if (!substring && time(expected) !== undefined && time(actual) !== undefined) kind = "date";
      else kind = "string";
    }
  }
  switch (kind) {
    case "string":
      if (typeof actual !== "string" || typeof expected !== "string") return CANNOT;
      return caseExact ? text(operator, actual, expected) : text(operator, actual.toLowerCase(), expected.toLowerCase());
    case "date": {
      const a = time(actual);
      const b = time(expected);
      return a === undefined || b === undefined ? CANNOT : order(operator, a, b);
    }
    case "number":
      return typeof actual === "number" && typeof expected === "number" ? order(operator, actual, expected) : CANNOT;
    case "boolean":
      return typeof actual === "boolean" && operator === "eq" ? actual === expected : CANNOT;
  }
}

function mentionsAttribute(filter: Filter, target: string, outer?: AttributePath): boolean {
  const hit = (attribute: AttributePath): boolean =>
    attribute.path.toLowerCase() === target ||
    withoutSchemaUrn(attribute).toLowerCase() === target ||
    (outer !== undefined &&
      outer.subAttribute === undefined &&
      attribute.schema === undefined &&
      attribute.subAttribute === undefined &&
      `${outer.name}.${attribute.name}`.toLowerCase() === target);
  if (filter.type === "compare" || filter.type === "present") return hit(filter.attribute);
  if (filter.type === "valuePath") return hit(filter.attribute) || mentionsAttribute(filter.filter, target, filter.attribute);
  if (filter.type === "not") return mentionsAttribute(filter.filter, target, outer);
  return filter.filters.some((child) => mentionsAttribute(child, target, outer));
}

function evaluate(filter: Filter, record: unknown, where: Where): boolean {
  switch (filter.type) {
    case "and":
      return filter.filters.filter((child) => !evaluate(child, record, where)).length === 0;
    case "or":
      return filter.filters.filter((child) => evaluate(child, record, where)).length > 0;
    case "not":
      return !evaluate(filter.filter, record, where);
    case "present": {
      const schema = describe(filter.attribute, where);
      return present(raw(record, filter.attribute, schema));
    }
    case "valuePath": {
      const schema = describe(filter.attribute, where);
      const elements = flatten(raw(record, filter.attribute, schema)).filter((element) => element !== undefined && element !== null);
      return elements.some((element) =>
        evaluate(filter.filter, isRecord(element) ? element : { value: element }, { subAttributes: schema?.subAttributes }),
      );
    }
    case "compare": {
      const schema = describe(filter.attribute, where);
      const value = raw(record, filter.attribute, schema);
      const { operator, value: expected } = filter;
      if (expected === null) {
        if (operator === "eq") return !present(value);
        if (operator === "ne") return present(value);
        return false;
      }
      const kind = kindOf(schema);
      if (!possible(operator, expected, kind)) return false;
      const caseExact = schema?.caseExact === true;
      const values = comparedValues(value);
      if (operator === "ne") return values.every((v) => compareOne("eq", v, expected, kind, caseExact) === false);
      return values.some((v) => compareOne(operator, v, expected, kind, caseExact) === true);
    }
  }
}

/** Does the filter (with the schema's implicit clauses) match the user? */
export function referenceMatches(filter: Filter, user: UserRecord, schema?: FilterSchema): boolean {
  const where: Where = { schema };
  for (const clause of schema?.implicit ?? []) {
    const target = withoutSchemaUrn(clause.attribute).toLowerCase();
    if (mentionsAttribute(filter, target)) continue;
    if ((clause.suppressedBy ?? []).some((other) => mentionsAttribute(filter, withoutSchemaUrn(other).toLowerCase()))) continue;
    const dot = clause.attribute.indexOf(".");
    const attribute: AttributePath =
      dot === -1
        ? { path: clause.attribute, name: clause.attribute }
        : { path: clause.attribute, name: clause.attribute.slice(0, dot), subAttribute: clause.attribute.slice(dot + 1) };
    const holds = evaluate({ type: "compare", attribute, operator: clause.operator, value: clause.value, span: { start: 0, end: 0 } }, user, where);
    if (!holds) return false;
  }
  return evaluate(filter, user, where);
}

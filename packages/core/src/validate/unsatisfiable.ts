import type { Filter, FilterValue, LogicalFilter, Span } from "../ast.js";
import { formatValue } from "../format/value.js";
import { resolveAttribute } from "../schema/resolve.js";
import type { AttributeSchema, FilterSchema } from "../schema/types.js";
import { parseFilterDate } from "../values/date.js";
import type { Diagnostic } from "./diagnostic.js";

interface Clause {
  key: string;
  attribute: AttributeSchema;
  node: Filter;
}

interface Bound {
  time: number;
  strict: boolean;
  text: string;
  span: Span;
}

function warning(message: string, span: Span): Diagnostic {
  return { severity: "warning", code: "unsatisfiable", message: `${message}: this part of the filter matches nothing`, span, suggestions: [] };
}

function normalized(attribute: AttributeSchema, value: unknown): unknown {
  return typeof value === "string" && attribute.caseExact !== true ? value.toLowerCase() : value;
}

/** The single-valued attribute a clause constrains, for `attr op value`, `attr pr` and `not (attr pr)`. */
function clauseOf(node: Filter, schema: FilterSchema): Clause | null {
  const target = node.type === "not" && node.filter.type === "present" ? node.filter : node;
  if (target.type !== "compare" && target.type !== "present") return null;
  const resolution = resolveAttribute(schema, target.attribute);
  if (resolution.kind === "unknown" || resolution.attribute.multiValued === true) return null;
  return { key: resolution.attribute.path.toLowerCase(), attribute: resolution.attribute, node };
}

/** Contradictions among the clauses of one `and` chain on the same single-valued attribute. */
function checkGroup(clauses: Clause[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const equal: { value: unknown; raw: FilterValue }[] = [];
  const notEqual: unknown[] = [];
  let absent: Filter | null = null;
  let present: Filter | null = null;
  let lower: Bound | null = null;
  let upper: Bound | null = null;
  const path = clauses[0]?.attribute.path ?? "";

  for (const { attribute, node } of clauses) {
    if (node.type === "not") absent = node;
    else if (node.type === "present") present = node;
    else if (node.type === "compare") {
      const value = normalized(attribute, node.value);
      if (node.operator === "eq") {
        const other = equal.find((entry) => entry.value !== value);
        if (other !== undefined) diagnostics.push(warning(`${path} cannot equal both ${formatValue(other.raw)} and ${formatValue(node.value)}`, node.span));
        else if (notEqual.includes(value)) diagnostics.push(warning(`${path} cannot both equal and not equal ${formatValue(node.value)}`, node.span));
        equal.push({ value, raw: node.value });
      } else if (node.operator === "ne") {
        if (equal.some((entry) => entry.value === value)) diagnostics.push(warning(`${path} cannot both equal and not equal ${formatValue(node.value)}`, node.span));
        notEqual.push(value);
      } else if (attribute.type === "dateTime" && typeof node.value === "string" && node.operator !== "co" && node.operator !== "sw" && node.operator !== "ew") {
        const parsed = parseFilterDate(node.value);
        if (!parsed.ok) continue;
        const bound: Bound = { time: parsed.time, strict: node.operator === "gt" || node.operator === "lt", text: node.value, span: node.span };
        if (node.operator === "gt" || node.operator === "ge") {
          if (lower === null || bound.time > lower.time || (bound.time === lower.time && bound.strict)) lower = bound;
        } else if (upper === null || bound.time < upper.time || (bound.time === upper.time && bound.strict)) {
          upper = bound;
        }
        if (lower !== null && upper !== null && (lower.time > upper.time || (lower.time === upper.time && (lower.strict || upper.strict)))) {
          diagnostics.push(warning(`${path} cannot be after ${lower.text} and before ${upper.text} at once`, node.span));
          lower = null;
          upper = null;
        }
      }
    }
  }
  if (present !== null && absent !== null) diagnostics.push(warning(`${path} cannot be present and absent at once`, absent.span));
  if (absent !== null && equal[0] !== undefined) diagnostics.push(warning(`${path} cannot be absent and equal ${formatValue(equal[0].raw)}`, absent.span));
  return diagnostics;
}

/** Warnings for an `and` chain whose clauses on one attribute contradict each other. */
export function checkContradictions(node: LogicalFilter, schema: FilterSchema): Diagnostic[] {
  if (node.type !== "and") return [];
  const groups = new Map<string, Clause[]>();
  for (const child of node.filters) {
    const clause = clauseOf(child, schema);
    if (clause === null) continue;
    const group = groups.get(clause.key);
    if (group === undefined) groups.set(clause.key, [clause]);
    else group.push(clause);
  }
  return [...groups.values()].filter((group) => group.length > 1).flatMap(checkGroup);
}

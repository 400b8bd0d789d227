import type { CompareFilter, Filter, FilterValue, LogicalFilter, PresentFilter, Span } from "../ast.js";
import { formatValue } from "../format/value.js";
import { resolveAttribute } from "../schema/resolve.js";
import type { AttributeSchema, FilterSchema } from "../schema/types.js";
import { parseFilterDate } from "../values/date.js";
import type { Diagnostic } from "./diagnostic.js";
import { diagnostic } from "./diagnostic.js";

/**
 * What one clause says about a single-valued attribute, with negation folded in: `not (a eq 1)` is
 * `a ne 1`, `not (a pr)` is "absent". `span` is the clause as written, where a warning points.
 */
type Constraint =
  | { kind: "eq" | "ne"; value: unknown; raw: FilterValue; /** The instant, on a dateTime attribute. */ time: number | null }
  | { kind: "bound"; side: "lower" | "upper"; bound: Bound }
  | { kind: "present" | "absent" };

interface Clause {
  attribute: AttributeSchema;
  constraint: Constraint;
  span: Span;
}

interface Bound {
  time: number;
  strict: boolean;
  text: string;
}

function warning(message: string, span: Span): Diagnostic {
  return diagnostic("warning", "unsatisfiable", `${message}: this part of the filter matches nothing`, span);
}

function normalized(attribute: AttributeSchema, value: unknown): unknown {
  return typeof value === "string" && attribute.caseExact !== true ? value.toLowerCase() : value;
}

/** The instant a value names on a dateTime attribute; null for other types and invalid dates. */
function timeOf(attribute: AttributeSchema, value: FilterValue): number | null {
  if (attribute.type !== "dateTime" || typeof value !== "string") return null;
  const parsed = parseFilterDate(value);
  return parsed.ok ? parsed.time : null;
}

function constraintOf(node: Filter, attribute: AttributeSchema, negated: boolean): Constraint | null {
  if (node.type === "present") return { kind: negated ? "absent" : "present" };
  if (node.type !== "compare") return null;
  // `eq null` means "not present" and `ne null` "present" (EVALUATION.md).
  if (node.value === null && (node.operator === "eq" || node.operator === "ne")) {
    return { kind: (node.operator === "eq") !== negated ? "absent" : "present" };
  }
  // `not (a eq V)` is `a ne V`; `not (a ne V)` is not `a eq V` (a value of the wrong type makes `ne`
  // false for everyone, so its negation holds for everyone): leave it out.
  const time = timeOf(attribute, node.value);
  if (node.operator === "eq") return { kind: negated ? "ne" : "eq", value: normalized(attribute, node.value), raw: node.value, time };
  if (node.operator === "ne") return negated ? null : { kind: "ne", value: normalized(attribute, node.value), raw: node.value, time };
  // A negated range is an open range on the other side only when the attribute is present: leave it out.
  if (negated || time === null || typeof node.value !== "string") return null;
  if (node.operator !== "gt" && node.operator !== "ge" && node.operator !== "lt" && node.operator !== "le") return null;
  const side = node.operator === "gt" || node.operator === "ge" ? "lower" : "upper";
  return { kind: "bound", side, bound: { time, strict: node.operator === "gt" || node.operator === "lt", text: node.value } };
}

/** The comparison or presence test a clause makes: `attr op value`, `attr pr`, and their `not (…)`. */
function testOf(node: Filter): CompareFilter | PresentFilter | null {
  const target = node.type === "not" ? node.filter : node;
  return target.type === "compare" || target.type === "present" ? target : null;
}

/** The single-valued attribute a clause is on. */
function attributeOf(node: Filter, schema: FilterSchema): AttributeSchema | null {
  const target = testOf(node);
  if (target === null) return null;
  const resolution = resolveAttribute(schema, target.attribute);
  return resolution.kind === "unknown" || resolution.attribute.multiValued === true ? null : resolution.attribute;
}

/** What a clause says about its single-valued attribute. */
function clauseOf(node: Filter, schema: FilterSchema): Clause | null {
  const attribute = attributeOf(node, schema);
  const target = testOf(node);
  const constraint = attribute === null || target === null ? null : constraintOf(target, attribute, node.type === "not");
  return attribute === null || constraint === null ? null : { attribute, constraint, span: node.span };
}

/** `a` lies past `b`, or on it when the comparison is strict. */
function past(a: number, b: number, strict: boolean): boolean {
  return a > b || (a === b && strict);
}

function outside(time: number, lower: Bound | null, upper: Bound | null): boolean {
  return (lower !== null && past(lower.time, time, lower.strict)) || (upper !== null && past(time, upper.time, upper.strict));
}

/** Contradictions among the clauses on one attribute, in text order; each warning points at the clause that completes it. */
function checkAttribute(clauses: Clause[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const equal: { value: unknown; raw: FilterValue; time: number | null }[] = [];
  const notEqual: unknown[] = [];
  let absent: Span | null = null;
  let present = false;
  let lower: Bound | null = null;
  let upper: Bound | null = null;
  const path = clauses[0]?.attribute.path ?? "";

  for (const { constraint, span } of clauses) {
    switch (constraint.kind) {
      case "absent":
        absent = span;
        break;
      case "present":
        present = true;
        break;
      case "eq": {
        const other = equal.find((entry) => entry.value !== constraint.value);
        if (other !== undefined) diagnostics.push(warning(`${path} cannot equal both ${formatValue(other.raw)} and ${formatValue(constraint.raw)}`, span));
        else if (notEqual.includes(constraint.value)) diagnostics.push(warning(`${path} cannot both equal and not equal ${formatValue(constraint.raw)}`, span));
        else if (constraint.time !== null && outside(constraint.time, lower, upper)) {
          diagnostics.push(warning(`${path} cannot equal ${formatValue(constraint.raw)} and lie outside the range the other clauses set`, span));
        }
        equal.push(constraint);
        break;
      }
      case "ne":
        if (equal.some((entry) => entry.value === constraint.value)) diagnostics.push(warning(`${path} cannot both equal and not equal ${formatValue(constraint.raw)}`, span));
        notEqual.push(constraint.value);
        break;
      case "bound": {
        const { bound } = constraint;
        if (constraint.side === "lower") {
          if (lower === null || past(bound.time, lower.time, bound.strict)) lower = bound;
        } else if (upper === null || past(upper.time, bound.time, bound.strict)) {
          upper = bound;
        }
        if (lower !== null && upper !== null && past(lower.time, upper.time, lower.strict || upper.strict)) {
          diagnostics.push(warning(`${path} cannot be after ${lower.text} and before ${upper.text} at once`, span));
          lower = null;
          upper = null;
        } else if (equal.some(({ time }) => time !== null && outside(time, constraint.side === "lower" ? bound : null, constraint.side === "upper" ? bound : null))) {
          diagnostics.push(warning(`${path} cannot be ${constraint.side === "lower" ? "after" : "before"} ${bound.text} and equal an instant outside that range`, span));
        }
        break;
      }
    }
  }
  if (present && absent !== null) diagnostics.push(warning(`${path} cannot be present and absent at once`, absent));
  if (absent !== null && equal[0] !== undefined) diagnostics.push(warning(`${path} cannot be absent and equal ${formatValue(equal[0].raw)}`, absent));
  return diagnostics;
}

/** The operands of an `and` chain, with parenthesized `and` chains inside it taken as part of it. */
function conjuncts(node: LogicalFilter, out: Filter[] = []): Filter[] {
  for (const child of node.filters) {
    if (child.type === "and") conjuncts(child, out);
    else out.push(child);
  }
  return out;
}

/** Where clauses on one attribute meet: the first one in the check `round`, then all of them. */
interface Meeting {
  round: number;
  first: Filter | null;
  nodes: Filter[] | null;
}

// Per schema: by path as written, the attribute's meeting (spellings of one attribute share it), or null
// when the path is no single-valued attribute of the schema. Kept from one check to the next, so a long
// chain checked again after each edit resolves no path again and allocates nothing for its lone clauses.
type Places = { byPath: Map<string, Meeting | null>; byKey: Map<string, Meeting> };
const meetings = new WeakMap<FilterSchema, Places>();
let round = 0;

/** The schema's memory, started afresh when it holds too many paths: only between checks, never during one. */
function placesFor(schema: FilterSchema): Places {
  let places = meetings.get(schema);
  if (places === undefined || places.byPath.size >= 10_000) {
    places = { byPath: new Map(), byKey: new Map() };
    meetings.set(schema, places);
  }
  return places;
}

function meetingOf(node: Filter, schema: FilterSchema, places: Places): Meeting | null {
  const target = testOf(node);
  if (target === null) return null;
  let meeting = places.byPath.get(target.attribute.path);
  if (meeting === undefined) {
    const key = attributeOf(node, schema)?.path.toLowerCase();
    meeting = key === undefined ? null : (places.byKey.get(key) ?? { round: 0, first: null, nodes: null });
    if (key !== undefined && meeting !== null) places.byKey.set(key, meeting);
    places.byPath.set(target.attribute.path, meeting);
  }
  return meeting;
}

/**
 * Warnings for an `and` chain whose clauses on one attribute contradict each other. A chain nested in
 * another `and` is checked as part of the outer one (`insideAnd`: skip it here, it was counted there).
 */
export function checkContradictions(node: LogicalFilter, schema: FilterSchema, insideAnd = false): Diagnostic[] {
  if (node.type !== "and" || insideAnd) return [];
  // Constraints are worked out only where clauses meet on one attribute: a long chain (a builder
  // re-validating after each edit) costs one lookup for each other clause.
  round += 1;
  const places = placesFor(schema);
  const met: Meeting[] = [];
  for (const child of conjuncts(node)) {
    const meeting = meetingOf(child, schema, places);
    if (meeting === null) continue;
    if (meeting.round !== round) {
      meeting.round = round;
      meeting.first = child;
      meeting.nodes = null;
    } else if (meeting.nodes === null) {
      meeting.nodes = [meeting.first as Filter, child];
      met.push(meeting);
    } else {
      meeting.nodes.push(child);
    }
  }
  const diagnostics: Diagnostic[] = [];
  for (const meeting of met) {
    const clauses = (meeting.nodes ?? []).map((child) => clauseOf(child, schema)).filter((clause) => clause !== null);
    if (clauses.length > 1) diagnostics.push(...checkAttribute(clauses));
  }
  return diagnostics.sort((a, b) => a.span.start - b.span.start);
}

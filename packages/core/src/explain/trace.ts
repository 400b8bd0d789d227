// Evaluates a filter against one record node by node, with compileFilter's building blocks
// (lookup, readers, compileAttributeTest, isPresent, the value and element walks), keeping what each
// node saw. `matched` is compileFilter's answer for the node; `result` the three-valued one.
import type { CompareFilter, Filter, LogicalFilter, NotFilter, PresentFilter, ValuePathFilter } from "../ast.js";
import { compileComparison } from "../evaluate/comparison.js";
import { elementsOf, valuesOf } from "../evaluate/each-value.js";
import { isPresent } from "../evaluate/present.js";
import { attributeReader } from "../evaluate/read-values.js";
import { lookup } from "../evaluate/scope.js";
import type { Scope } from "../evaluate/scope.js";
import { formatFilter } from "../format/format.js";
import { leafReason, logicalReason, notReason, valuePathReason } from "./reason.js";
import type { ExplanationNode, ExplanationResult } from "./types.js";
import type { Subject } from "./words.js";
import { attributeName } from "./words.js";

export interface TraceContext {
  scope: Scope;
  subject: Subject;
  /** The operands that are the schema's implicit clauses, with their labels. */
  implicit?: ReadonlyMap<Filter, string>;
}

/** Kleene `and` / `or` over results. */
export function combine(kind: "and" | "or", results: readonly ExplanationResult[]): ExplanationResult {
  const decisive = kind === "or";
  if (results.includes(decisive)) return decisive;
  return results.includes("unknown") ? "unknown" : !decisive;
}

export function negate(result: ExplanationResult): ExplanationResult {
  return result === "unknown" ? "unknown" : !result;
}

function node(filter: Filter, fields: Omit<ExplanationNode, "kind" | "decisive" | "span" | "text">, kind: ExplanationNode["kind"] = filter.type): ExplanationNode {
  const { result, matched, ...rest } = fields;
  return { kind, result, matched, decisive: false, span: { start: filter.span.start, end: filter.span.end }, text: formatFilter(filter), ...rest };
}

function leaf(filter: CompareFilter | PresentFilter, record: unknown, context: TraceContext, label: string | undefined): ExplanationNode {
  const schema = lookup(filter.attribute, context.scope);
  const raw = attributeReader(filter.attribute, schema)(record);
  const test = filter.type === "present" ? isPresent : compileComparison(filter, schema, (value) => value);
  const matched = test !== null && test(raw);
  const result: ExplanationResult = raw === undefined && test !== null ? "unknown" : matched;
  const values = raw === undefined ? undefined : valuesOf(raw);
  const reason = leafReason({
    head: label ?? formatFilter(filter),
    name: attributeName(filter.attribute, schema),
    subject: context.subject,
    result,
    matched,
    values,
    presence: filter.type === "present",
    ...(test === null && filter.type === "compare" ? { impossible: filter } : {}),
  });
  const fields = { result, matched, reason, ...(label === undefined ? {} : { label }), ...(values === undefined ? {} : { actual: values }) };
  return node(filter, fields, label === undefined ? filter.type : "implicit");
}

function logical(filter: LogicalFilter, record: unknown, context: TraceContext): ExplanationNode {
  const children = filter.filters.map((child) => trace(child, record, context));
  const result = combine(filter.type, children.map((child) => child.result));
  const matched = filter.type === "and" ? children.every((child) => child.matched) : children.some((child) => child.matched);
  return node(filter, { result, matched, reason: logicalReason(filter.type, formatFilter(filter), result, matched, children), children });
}

function not(filter: NotFilter, record: unknown, context: TraceContext): ExplanationNode {
  const child = trace(filter.filter, record, context);
  const result = negate(child.result);
  const matched = !child.matched;
  return node(filter, { result, matched, reason: notReason(formatFilter(filter), result, matched, child), children: [child] });
}

function valuePath(filter: ValuePathFilter, record: unknown, context: TraceContext): ExplanationNode {
  const schema = lookup(filter.attribute, context.scope);
  const raw = attributeReader(filter.attribute, schema)(record);
  const inner: TraceContext = { scope: { kind: "element", subAttributes: schema?.subAttributes }, subject: "entry" };
  const elements = raw === undefined ? undefined : elementsOf(raw);
  const children = (elements ?? []).map((element, index) => ({ ...trace(filter.filter, element, inner), element: index }));
  const result: ExplanationResult = elements === undefined ? "unknown" : combine("or", children.map((child) => child.result));
  const matched = children.some((child) => child.matched);
  const reason = valuePathReason({ head: formatFilter(filter), name: attributeName(filter.attribute, schema), subject: context.subject, result, matched, elements, children });
  return node(filter, { result, matched, reason, ...(elements === undefined ? {} : { actual: elements }), children });
}

/** The explanation of one node (decisive marks not yet set). */
export function trace(filter: Filter, record: unknown, context: TraceContext): ExplanationNode {
  switch (filter.type) {
    case "compare":
    case "present":
      return leaf(filter, record, context, context.implicit?.get(filter));
    case "and":
    case "or":
      return logical(filter, record, context);
    case "not":
      return not(filter, record, context);
    case "valuePath":
      return valuePath(filter, record, context);
  }
}

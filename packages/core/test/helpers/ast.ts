// Helpers for comparing and walking filter ASTs in tests.
import type { AttributePath, CompareOperator, Filter, FilterValue, LogicalOperator, Span } from "../../src/index.js";
import { filterChildren } from "../../src/index.js";

/** A filter AST without the `span` of any node: what two parses of differently written text share. */
export type SpanlessFilter =
  | { type: "compare"; attribute: AttributePath; operator: CompareOperator; value: FilterValue }
  | { type: "present"; attribute: AttributePath }
  | { type: LogicalOperator; filters: SpanlessFilter[] }
  | { type: "not"; filter: SpanlessFilter }
  | { type: "valuePath"; attribute: AttributePath; filter: SpanlessFilter };

/** Copies the tree without spans (attribute objects are copied too, so nothing is shared with the input). */
export function stripSpans(filter: Filter): SpanlessFilter {
  switch (filter.type) {
    case "compare":
      return { type: "compare", attribute: { ...filter.attribute }, operator: filter.operator, value: filter.value };
    case "present":
      return { type: "present", attribute: { ...filter.attribute } };
    case "and":
    case "or":
      return { type: filter.type, filters: filter.filters.map(stripSpans) };
    case "not":
      return { type: "not", filter: stripSpans(filter.filter) };
    case "valuePath":
      return { type: "valuePath", attribute: { ...filter.attribute }, filter: stripSpans(filter.filter) };
  }
}

/** Every node of the tree with its parent (null for the root), depth first, without recursion. */
export function allNodes(root: Filter): { node: Filter; parent: Filter | null }[] {
  const result: { node: Filter; parent: Filter | null }[] = [];
  const stack: { node: Filter; parent: Filter | null }[] = [{ node: root, parent: null }];
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    result.push(entry);
    for (const child of [...filterChildren(entry.node)].reverse()) stack.push({ node: child, parent: entry.node });
  }
  return result;
}

/** A span for nodes built by hand, where the formatter ignores it. */
export const NO_SPAN: Span = { start: 0, end: 0 };

/** A plain attribute path (no schema, no sub-attribute), as the parser builds it. */
export function plain(name: string): AttributePath {
  return { path: name, name };
}

import type { Diagnostic, Filter, Span } from "@scim-filter/core";
import { filterChildren } from "@scim-filter/core";
import type { NodeId } from "./types.js";

/**
 * Where each tree node's part of the text is. `built` is the tree's filter, `parsed` the parse of its
 * formatted text: formatting round-trips, so both have the same shape and can be walked side by side.
 */
export function spansOfNodes(built: Filter, parsed: Filter, owners: ReadonlyMap<Filter, NodeId>): Map<NodeId, Span> {
  const spans = new Map<NodeId, Span>();
  const walk = (a: Filter, b: Filter) => {
    const owner = owners.get(a);
    // A negated group owns both its `not` node and the chain inside; keep the outer (wider) span.
    if (owner !== undefined && !spans.has(owner)) spans.set(owner, b.span);
    const left = filterChildren(a);
    const right = filterChildren(b);
    left.forEach((child, index) => {
      const other = right[index];
      if (other !== undefined) walk(child, other);
    });
  };
  walk(built, parsed);
  return spans;
}

function shift(span: Span, by: number): Span {
  return { start: span.start - by, end: span.end - by };
}

/**
 * Attaches every diagnostic to the innermost node whose span contains it (the root for what no node
 * contains), with spans — its own and its suggestions' — made relative to that node's start, so a
 * rule's diagnostics stay equal (and the rule does not re-render) when text before it changes.
 */
export function diagnosticsByNode(diagnostics: readonly Diagnostic[], spans: ReadonlyMap<NodeId, Span>, rootId: NodeId): Map<NodeId, Diagnostic[]> {
  const entries = [...spans.entries()];
  const result = new Map<NodeId, Diagnostic[]>();
  for (const diagnostic of diagnostics) {
    let owner = rootId;
    let best: Span | null = null;
    for (const [id, span] of entries) {
      const contains = span.start <= diagnostic.span.start && diagnostic.span.end <= span.end;
      if (contains && (best === null || span.end - span.start < best.end - best.start)) {
        best = span;
        owner = id;
      }
    }
    const by = best?.start ?? 0;
    const relative: Diagnostic = {
      ...diagnostic,
      span: shift(diagnostic.span, by),
      suggestions: diagnostic.suggestions.map((suggestion) => ({ ...suggestion, span: shift(suggestion.span, by) })),
    };
    const list = result.get(owner);
    if (list === undefined) result.set(owner, [relative]);
    else list.push(relative);
  }
  return result;
}

import type { Diagnostic, Filter, Span } from "@scim-filter/core";
import { filterChildren } from "@scim-filter/core";
import { getOrCreate } from "./collections.js";
import type { Owners } from "./to-filter.js";
import type { NodeId } from "./types.js";

/**
 * Where each tree node's part of the text is. `built` is the tree's filter, `parsed` the parse of its
 * formatted text: formatting round-trips, so both have the same shape and can be walked side by side.
 */
export function spansOfNodes(built: Filter, parsed: Filter, owners: Owners): Map<NodeId, Span> {
  const spans = new Map<NodeId, Span>();
  const walk = (a: Filter, b: Filter) => {
    const owner = owners.get(a);
    // A negated group owns both its `not` node and the chain inside; keep the outer (wider) span.
    if (owner !== undefined && !spans.has(owner)) spans.set(owner, b.span);
    const left = filterChildren(a);
    const right = filterChildren(b);
    for (let index = 0; index < left.length && index < right.length; index++) walk(left[index] as Filter, right[index] as Filter);
  };
  walk(built, parsed);
  return spans;
}

function shift(span: Span, by: number): Span {
  return { start: span.start - by, end: span.end - by };
}

type Entry = readonly [NodeId, Span];

/**
 * For each target span, the innermost node span that contains it: the shortest, the first of equal ones.
 * One sweep by start: node spans nest, so the nodes still open at a target's start are a short stack —
 * a filter with a problem in every rule costs a few checks per problem, not one per node.
 */
function innermost(targets: readonly Span[], spans: ReadonlyMap<NodeId, Span>): (Entry | undefined)[] {
  // Stable, and cheap on spansOfNodes' output, which is in this order already.
  const entries = [...spans].sort((a, b) => a[1].start - b[1].start);
  const order = targets.map((_, index) => index).sort((a, b) => (targets[a] as Span).start - (targets[b] as Span).start);
  const found: (Entry | undefined)[] = [];
  const open: Entry[] = [];
  const close = (at: number) => {
    while (open.length > 0 && (open[open.length - 1] as Entry)[1].end < at) open.pop();
  };
  let next = 0;
  for (const index of order) {
    const target = targets[index] as Span;
    for (let entry = entries[next]; entry !== undefined && entry[1].start <= target.start; entry = entries[++next]) {
      close(entry[1].start);
      open.push(entry);
    }
    close(target.start);
    let best: Entry | undefined;
    for (const entry of open) {
      const span = entry[1];
      const contains = span.start <= target.start && target.end <= span.end;
      if (contains && (best === undefined || span.end - span.start < best[1].end - best[1].start)) best = entry;
    }
    found[index] = best;
  }
  return found;
}

/**
 * Attaches every diagnostic to the innermost node whose span contains it (the root for what no node
 * contains), with spans — its own and its suggestions' — made relative to that node's start, so a
 * rule's diagnostics stay equal (and the rule does not re-render) when text before it changes.
 */
export function diagnosticsByNode(diagnostics: readonly Diagnostic[], spans: ReadonlyMap<NodeId, Span>, rootId: NodeId): Map<NodeId, Diagnostic[]> {
  const result = new Map<NodeId, Diagnostic[]>();
  if (diagnostics.length === 0) return result;
  const owners = innermost(diagnostics.map((diagnostic) => diagnostic.span), spans);
  diagnostics.forEach((diagnostic, index) => {
    const [owner, span] = owners[index] ?? [rootId, null];
    const by = span?.start ?? 0;
    const relative: Diagnostic = {
      ...diagnostic,
      span: shift(diagnostic.span, by),
      suggestions: diagnostic.suggestions.map((suggestion) => ({ ...suggestion, span: shift(suggestion.span, by) })),
    };
    getOrCreate(result, owner, () => []).push(relative);
  });
  return result;
}

// Which explanation node each builder node shows, and the explanation's implicit clauses.
import type { Explanation, ExplanationNode, Span } from "@scim-filter/core";
import { sameItems } from "../model/collections.js";
import type { NodeId, Tree } from "../model/types.js";

export const NO_IMPLICIT: readonly ExplanationNode[] = /* @__PURE__ */ Object.freeze([]);

export interface NodeExplanations {
  /** Per rule (raw rule, value path), the explanation node at its span. */
  nodeExplanations: Readonly<Record<NodeId, ExplanationNode>>;
  /** The implicit clauses (the schema's status default), in order. */
  implicitExplanations: readonly ExplanationNode[];
}

const spanKey = (span: Span) => `${span.start}:${span.end}`;

/** How many operands of an entry's top-level `and` the entry met (a lone condition counts as one). */
function conditionsMet(entry: ExplanationNode): number {
  const operands = entry.kind === "and" ? (entry.children ?? []) : [entry];
  return operands.filter((operand) => operand.matched).length;
}

/**
 * The one evaluation of a value path's filter its rules show. A value path's children evaluate its
 * filter once per entry, all at the same spans, so only one entry can be shown: when the value path is
 * met, the first entry that meets its filter (the one that decided it); otherwise the entry that met
 * the most of its top-level conditions — the nearest miss — the first of those on a tie.
 */
export function decidingEntry(valuePath: ExplanationNode): ExplanationNode | undefined {
  const entries = valuePath.children ?? [];
  if (valuePath.matched) return entries.find((entry) => entry.matched);
  let best: ExplanationNode | undefined;
  let bestCount = -1;
  for (const entry of entries) {
    const count = conditionsMet(entry);
    if (count > bestCount) [best, bestCount] = [entry, count];
  }
  return best;
}

/** Maps rules to the explanation nodes at their spans (the innermost one wins) and collects the implicit clauses. */
export function explanationsByNode(
  explanation: Explanation,
  tree: Tree,
  nodeSpans: ReadonlyMap<NodeId, Span>,
  previousImplicit: readonly ExplanationNode[] = NO_IMPLICIT,
): NodeExplanations {
  const bySpan = new Map<string, ExplanationNode>();
  const implicit: ExplanationNode[] = [];
  const walk = (node: ExplanationNode) => {
    if (node.kind === "implicit") implicit.push(node);
    else bySpan.set(spanKey(node.span), node);
    if (node.kind !== "valuePath") node.children?.forEach(walk);
    else {
      const entry = decidingEntry(node);
      if (entry !== undefined) walk(entry);
    }
  };
  walk(explanation.root);
  const nodeExplanations: Record<NodeId, ExplanationNode> = {};
  for (const [id, span] of nodeSpans) {
    // Groups show no verdict of their own, but a value path does: that one entry meets all its
    // conditions is more than its rules' per-entry verdicts say.
    const node = tree.nodes[id];
    const found = node?.kind === "group" && node.valuePath === undefined ? undefined : bySpan.get(spanKey(span));
    if (found !== undefined) nodeExplanations[id] = found;
  }
  return { nodeExplanations, implicitExplanations: sameItems(previousImplicit, implicit) ? previousImplicit : implicit };
}

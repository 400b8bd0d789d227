// Which clauses of the filter text decided an explanation's result.
import type { ExplanationNode } from "@scim-filter/core";

/**
 * Whether a node stands for a run of the filter text with a result of its own: not an implicit clause
 * (no place in the text), and not a group the schema's implicit clauses were added to (its span is the
 * user's text, but its result also counts the status default).
 */
function inText(node: ExplanationNode): boolean {
  return node.kind !== "implicit" && node.span.end > node.span.start && !(node.children ?? []).some((child) => child.kind === "implicit");
}

/**
 * The decisive nodes to highlight: the deepest decisive ones in the text — the comparisons, presence
 * tests and value paths that decided the result, a group only when none below it did. A value path
 * counts as one clause: its children evaluate its filter once per element, all at the same span.
 * Empty when only the implicit clauses decided.
 */
export function decidingClauses(root: ExplanationNode): ExplanationNode[] {
  const found: ExplanationNode[] = [];
  // Whether the node or something below it was collected.
  const visit = (node: ExplanationNode): boolean => {
    if (!node.decisive) return false;
    let below = false;
    if (node.kind !== "valuePath") for (const child of node.children ?? []) below = visit(child) || below;
    if (below) return true;
    if (!inText(node)) return false;
    found.push(node);
    return true;
  };
  visit(root);
  return found;
}

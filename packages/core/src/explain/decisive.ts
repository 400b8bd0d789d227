// Which nodes decided the result: followed down from the root along the evaluator's own logic.
import type { ExplanationNode } from "./types.js";

/**
 * The children that decided a node's (compileFilter) result: `and` false — its first unmet child;
 * `and` true — all; `or` true — its first met child; `or` false — all; `not` — its child; a value
 * path true — the first element that met its filter; false — every element.
 */
function decidingChildren(node: ExplanationNode): ExplanationNode[] {
  const children = node.children ?? [];
  switch (node.kind) {
    case "and":
      return node.matched ? children : children.filter((child) => !child.matched).slice(0, 1);
    case "or":
    case "valuePath":
      return node.matched ? children.filter((child) => child.matched).slice(0, 1) : children;
    case "not":
      return children;
    case "compare":
    case "present":
    case "implicit":
      return [];
  }
}

/** Marks the node and, recursively, the children that decided it as `decisive`. */
export function markDecisive(node: ExplanationNode): void {
  node.decisive = true;
  for (const child of decidingChildren(node)) markDecisive(child);
}

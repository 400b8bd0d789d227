import type { Explanation, ExplanationNode, ExplanationResult } from "../../explain/types.js";

const INDENT = "  ";

function mark(result: ExplanationResult): string {
  return result === "unknown" ? "?" : result ? "✓" : "✗";
}

function isClause(node: ExplanationNode): boolean {
  return node.kind === "compare" || node.kind === "present" || node.kind === "implicit";
}

function lines(node: ExplanationNode, depth: number, into: string[]): void {
  const entry = node.element === undefined ? "" : `entry ${node.element + 1}: `;
  const deciding = node.decisive && isClause(node) ? "  ← deciding" : "";
  into.push(`${INDENT.repeat(depth)}${mark(node.result)} ${entry}${node.reason}${deciding}`);
  for (const child of node.children ?? []) lines(child, depth + 1, into);
}

/**
 * The explanation as an indented tree, one node a line: ✓ met, ✗ not met, ? unknown, then the reason;
 * the clauses that decided the result are marked. The last line says whether the user matches.
 */
export function explanationTree(explanation: Explanation): string {
  const output: string[] = [];
  lines(explanation.root, 0, output);
  output.push(explanation.result ? "Result: the user matches the filter." : "Result: the user does not match the filter.");
  return `${output.join("\n")}\n`;
}

import type { ExplanationNode, ExplanationResult } from "@scim-filter/core";

function verdict(result: ExplanationResult): string {
  return result === "unknown" ? "unknown" : result ? "met" : "not met";
}

function verdictClass(result: ExplanationResult): string {
  return result === "unknown" ? "demo-unknown" : result ? "demo-met" : "demo-not-met";
}

/** One node of an explanation trace and its children, as a nested list item; the deciding clauses emphasised. */
export function ExplanationNodeItem({ node }: { node: ExplanationNode }) {
  const reason = node.kind === "implicit" ? `${node.label ?? node.text} (implicit): ${node.reason}` : node.reason;
  return (
    <li className={`demo-explanation-node ${verdictClass(node.result)}`} data-kind={node.kind}>
      <span className="demo-verdict">{verdict(node.result)}</span> {node.decisive ? <strong title="decisive">{reason}</strong> : <span>{reason}</span>}
      {node.decisive ? <span className="demo-visually-hidden"> (decisive)</span> : null}
      {node.children !== undefined && node.children.length > 0 ? (
        <ul>
          {node.children.map((child, index) => (
            <ExplanationNodeItem key={index} node={child} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

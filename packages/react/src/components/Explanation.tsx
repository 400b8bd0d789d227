import type { ExplanationNode, ExplanationResult } from "@scim-filter/core";
import { useBuilderState, useMessages, useNodeState } from "../context.js";
import type { NodeId } from "../model/types.js";

/** This rule's explanation node, or undefined: subscribes to the rule's own entry only. */
export function useNodeExplanation(id: NodeId): ExplanationNode | undefined {
  return useNodeState(id, (state) => state.derived.nodeExplanations[id]);
}

function resultClass(result: ExplanationResult): string {
  return result === "unknown" ? "sfb-unknown" : result ? "sfb-met" : "sfb-not-met";
}

/** The classes a rule gets from its explanation node ("" without one), with a leading space. */
export function explanationClasses(node: ExplanationNode | undefined): string {
  if (node === undefined) return "";
  return ` ${resultClass(node.result)}${node.decisive ? " sfb-decisive" : ""}`;
}

/** A read-only badge (met / not met / unknown) and the node's reason; nothing without a node. */
export function ExplanationLine({ node }: { node: ExplanationNode | undefined }) {
  const messages = useMessages();
  if (node === undefined) return null;
  return (
    <p className={`sfb-explanation${explanationClasses(node)}`}>
      <span className="sfb-explanation-badge">{messages.explanationResult(node.result)}</span>
      {node.decisive ? <span className="sfb-visually-hidden"> {messages.explanationDecisive}</span> : null}{" "}
      <span className="sfb-explanation-reason">{node.reason}</span>
    </p>
  );
}

/** The clauses the schema adds on its own (the status default), listed under the root group. */
export function ImplicitExplanations() {
  const messages = useMessages();
  const implicit = useBuilderState((state) => state.derived.implicitExplanations);
  if (implicit.length === 0) return null;
  return (
    <p className="sfb-hint sfb-explanation-implicit">
      {messages.explanationImplicit}{" "}
      {implicit.map((node, index) => (
        <span key={index} className={`sfb-explanation-clause${explanationClasses(node)}`}>
          {index > 0 ? "; " : ""}
          {node.label ?? node.text} — <span className="sfb-explanation-badge">{messages.explanationResult(node.result)}</span>
          {node.decisive ? <span className="sfb-visually-hidden"> {messages.explanationDecisive}</span> : null}
        </span>
      ))}
    </p>
  );
}

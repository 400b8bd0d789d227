import { isValid } from "@scim-filter/core";
import { memo } from "react";
import { useBuilderContext, useMessages } from "../context.js";
import { useRule } from "../hooks/use-rule.js";
import { DiagnosticList } from "./DiagnosticList.js";
import { explanationClasses, ExplanationLine, useNodeExplanation } from "./Explanation.js";
import { handleNodeKeys } from "./node-keys.js";
import { NodeToolbar } from "./NodeToolbar.js";
import type { NodeViewProps } from "./RuleView.js";
import { useBuilderActions } from "../hooks/use-actions.js";

/** A part of the filter the rule editor cannot show, kept read-only as text so nothing disappears. */
export const RawRuleView = /* @__PURE__ */ memo(function RawRuleView({ id, position }: NodeViewProps) {
  const { domId } = useBuilderContext();
  const messages = useMessages();
  const actions = useBuilderActions();
  const { node, diagnostics } = useRule(id);
  const explanation = useNodeExplanation(id);
  if (node.kind !== "raw") return null;
  const name = messages.rule(position, node.text);
  const diagnosticsId = `${domId}-${id}-diagnostics`;
  // Marked like an editable rule: an invalid rule is shown at the rule, whatever the editor can show of it.
  const hasError = !isValid(diagnostics);
  // The rule itself takes focus (its text does not): its messages describe it.
  const describedBy = diagnostics.length > 0 ? diagnosticsId : undefined;
  return (
    <li id={`${domId}-${id}`} className={`sfb-rule sfb-raw${hasError ? " sfb-invalid" : ""}${explanationClasses(explanation)}`} aria-label={name} aria-describedby={describedBy} tabIndex={-1} data-node-id={id} onKeyDown={(event) => handleNodeKeys(event, id, actions)}>
      <span className="sfb-rule-controls">
        <code className="sfb-raw-text" aria-label={messages.rawRuleLabel(name)} aria-describedby={describedBy}>
          {node.text}
        </code>
      </span>
      <NodeToolbar id={id} name={name} />
      <p className="sfb-hint">{messages.rawRule(node.reason)}</p>
      <ExplanationLine node={explanation} />
      <DiagnosticList id={diagnosticsId} nodeId={id} diagnostics={diagnostics} />
    </li>
  );
});

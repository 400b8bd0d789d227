import { isValid } from "@scim-filter/core";
import { memo } from "react";
import { useBuilderContext, useMessages } from "../context.js";
import { useRule } from "../hooks/use-rule.js";
import { ruleSummary } from "../model/rule-summary.js";
import { DiagnosticList, invalidParts } from "./DiagnosticList.js";
import { explanationClasses, ExplanationLine, useNodeExplanation } from "./Explanation.js";
import { FieldSelect } from "./FieldSelect.js";
import { handleNodeKeys } from "./node-keys.js";
import { NodeToolbar } from "./NodeToolbar.js";
import { OperatorSelect } from "./OperatorSelect.js";
import { ValueEditor } from "./ValueEditor.js";
import { useBuilderActions } from "../hooks/use-actions.js";

export interface NodeViewProps {
  id: string;
  /** 1-based position in the tree, e.g. "2" or "3.1", used in accessible names. */
  position: string;
}

/** One rule: field → operator → value, its diagnostics and its toolbar. Subscribes to its own node only. */
export const RuleView = /* @__PURE__ */ memo(function RuleView({ id, position }: NodeViewProps) {
  const { domId } = useBuilderContext();
  const messages = useMessages();
  const actions = useBuilderActions();
  const { node, attribute, diagnostics } = useRule(id);
  const explanation = useNodeExplanation(id);
  if (node.kind !== "rule") return null;
  const name = messages.rule(position, ruleSummary(node, attribute));
  const diagnosticsId = `${domId}-${id}-diagnostics`;
  const describedBy = diagnostics.length > 0 ? diagnosticsId : undefined;
  const invalid = invalidParts(diagnostics);
  const unfinished = node.field === "" || node.field.endsWith(".");
  const hasError = !isValid(diagnostics);

  return (
    <li
      id={`${domId}-${id}`}
      className={`sfb-rule${hasError ? " sfb-invalid" : ""}${unfinished ? " sfb-unfinished" : ""}${explanationClasses(explanation)}`}
      aria-label={name}
      tabIndex={-1}
      data-node-id={id}
      onKeyDown={(event) => handleNodeKeys(event, id, actions)}
    >
      <span className="sfb-rule-controls">
        <FieldSelect ruleId={id} field={node.field} attribute={attribute} ruleName={name} invalid={invalid.field} describedBy={describedBy} />
        {unfinished ? null : (
          <OperatorSelect ruleId={id} operator={node.operator} attribute={attribute} ruleName={name} invalid={invalid.operator} describedBy={describedBy} />
        )}
        {unfinished || node.operator === "pr" ? null : (
          <ValueEditor ruleId={id} field={node.field} value={node.value} attribute={attribute} ruleName={name} invalid={invalid.value} describedBy={describedBy} />
        )}
      </span>
      <NodeToolbar id={id} name={name} />
      {unfinished ? <p className="sfb-hint">{messages.unfinishedRule}</p> : null}
      <ExplanationLine node={explanation} />
      <DiagnosticList id={diagnosticsId} nodeId={id} diagnostics={diagnostics} />
    </li>
  );
});

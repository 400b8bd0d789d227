import { memo } from "react";
import { useBuilderContext, useMessages } from "../context.js";
import { useGroup } from "../hooks/use-group.js";
import { DiagnosticList } from "./DiagnosticList.js";
import { ImplicitExplanations } from "./Explanation.js";
import { handleNodeKeys } from "./node-keys.js";
import { NodeToolbar } from "./NodeToolbar.js";
import { NodeView } from "./NodeView.js";
import type { NodeViewProps } from "./RuleView.js";
import { useBuilderActions } from "../hooks/use-actions.js";

/** A group: combinator, NOT toggle, its children, and buttons to add rules and groups. */
export const GroupView = memo(function GroupView({ id, position }: NodeViewProps) {
  const { domId } = useBuilderContext();
  const messages = useMessages();
  const actions = useBuilderActions();
  const { node, diagnostics, isRoot } = useGroup(id);
  const name = isRoot ? messages.rootGroup : messages.group(position);
  const prefix = isRoot ? "" : `${position}.`;
  const combinatorName = `${domId}-${id}-combinator`;

  const body = (
    <>
      <div className="sfb-group-header">
        <fieldset className="sfb-combinator">
          <legend className="sfb-visually-hidden">{messages.combinatorLabel(name)}</legend>
          {(["and", "or"] as const).map((combinator) => (
            <label key={combinator} className={`sfb-combinator-option${node.combinator === combinator ? " sfb-checked" : ""}`}>
              <input type="radio" name={combinatorName} value={combinator} checked={node.combinator === combinator} onChange={() => actions.setCombinator(id, combinator)} />
              <span>{combinator === "and" ? messages.combinatorAnd : messages.combinatorOr}</span>
            </label>
          ))}
        </fieldset>
        <label className={`sfb-not${node.not ? " sfb-checked" : ""}`}>
          <input type="checkbox" checked={node.not} onChange={() => actions.toggleNot(id)} aria-label={messages.notLabel(name)} />
          <span aria-hidden>{messages.notText}</span>
        </label>
        <span className="sfb-group-actions">
          <button type="button" className="sfb-button" aria-label={messages.addRule(name)} onClick={() => actions.addRule(id)}>
            {messages.addRuleText}
          </button>
          <button type="button" className="sfb-button" aria-label={messages.addGroup(name)} onClick={() => actions.addGroup(id)}>
            {messages.addGroupText}
          </button>
          {isRoot ? null : <NodeToolbar id={id} name={name} />}
        </span>
      </div>
      {node.children.length === 0 ? (
        <p className="sfb-hint sfb-empty">{messages.emptyGroup}</p>
      ) : (
        <ul className="sfb-children" aria-label={name}>
          {node.children.map((child, index) => (
            <NodeView key={child} id={child} position={`${prefix}${index + 1}`} />
          ))}
        </ul>
      )}
      {isRoot ? <ImplicitExplanations /> : null}
      <DiagnosticList id={`${domId}-${id}-diagnostics`} nodeId={isRoot ? null : id} diagnostics={isRoot ? [] : diagnostics} />
    </>
  );

  if (isRoot) {
    return (
      <div id={`${domId}-${id}`} className={`sfb-group sfb-root${node.not ? " sfb-negated" : ""}`} data-node-id={id} tabIndex={-1} role="group" aria-label={name}>
        {body}
      </div>
    );
  }
  return (
    <li id={`${domId}-${id}`} className={`sfb-group${node.not ? " sfb-negated" : ""}`} data-node-id={id} tabIndex={-1} aria-label={name} onKeyDown={(event) => handleNodeKeys(event, id, actions)}>
      {body}
    </li>
  );
});

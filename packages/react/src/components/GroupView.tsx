import { memo } from "react";
import { useBuilderContext, useMessages, useNodeState } from "../context.js";
import { useBuilderActions } from "../hooks/use-actions.js";
import { useGroup } from "../hooks/use-group.js";
import { valuePathAttributes } from "../store/node-schema.js";
import { DiagnosticList } from "./DiagnosticList.js";
import { explanationClasses, ExplanationLine, ImplicitExplanations, useNodeExplanation } from "./Explanation.js";
import { handleNodeKeys } from "./node-keys.js";
import { NodeToolbar } from "./NodeToolbar.js";
import { NodeRange } from "./NodeRange.js";
import type { NodeViewProps } from "./RuleView.js";
import { ValuePathPicker, valuePathLabel } from "./ValuePathPicker.js";

/**
 * A group: combinator, NOT toggle, its children, and buttons to add rules and groups. A value path
 * (`emails[…]`) is a group too, headed by its attribute ("Emails where …"); outside value paths, groups
 * can add one when the schema has attributes with sub-attributes.
 */
export const GroupView = /* @__PURE__ */ memo(function GroupView({ id, position }: NodeViewProps) {
  const { domId } = useBuilderContext();
  const messages = useMessages();
  const actions = useBuilderActions();
  const { node, diagnostics, isRoot, inValuePath } = useGroup(id);
  const schema = useNodeState(id, (state) => state.schema);
  // Only value paths get one (store/derive.ts).
  const explanation = useNodeExplanation(id);
  const { valuePath } = node;
  const name = isRoot ? messages.rootGroup : valuePath !== undefined ? messages.valuePath(position, valuePathLabel(schema, valuePath)) : messages.group(position);
  const prefix = isRoot ? "" : `${position}.`;
  const combinatorName = `${domId}-${id}-combinator`;
  const canAddValuePath = !inValuePath && valuePathAttributes(schema).length > 0;

  // The root is a named group of its own; other groups are items of their parent's list, with its keys.
  const Element = isRoot ? "div" : "li";
  return (
    <Element
      id={`${domId}-${id}`}
      className={`sfb-group${valuePath === undefined ? "" : " sfb-value-path"}${node.not ? " sfb-negated" : ""}${explanationClasses(explanation)}${isRoot ? " sfb-root" : ""}`}
      data-node-id={id}
      tabIndex={-1}
      role={isRoot ? "group" : undefined}
      aria-label={name}
      onKeyDown={isRoot ? undefined : (event) => handleNodeKeys(event, id, actions)}
    >
      <div className="sfb-group-header">
        {valuePath === undefined ? null : <ValuePathPicker groupId={id} valuePath={valuePath} schema={schema} groupName={name} />}
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
          {canAddValuePath ? (
            <button type="button" className="sfb-button sfb-add-value-path" aria-label={messages.addValuePath(name)} onClick={() => actions.addValuePath(id)}>
              {messages.addValuePathText}
            </button>
          ) : null}
        </span>
        {isRoot ? null : <NodeToolbar id={id} name={name} />}
      </div>
      <ExplanationLine node={explanation} />
      {node.children.length === 0 ? (
        <p className="sfb-hint sfb-empty">{messages.emptyGroup}</p>
      ) : (
        // The word between siblings is drawn by CSS from data-combinator (and hidden from assistive technology).
        <ul className="sfb-children" aria-label={name} data-combinator={node.combinator}>
          <NodeRange ids={node.children} from={0} to={node.children.length} prefix={prefix} />
        </ul>
      )}
      {isRoot ? <ImplicitExplanations /> : null}
      <DiagnosticList id={`${domId}-${id}-diagnostics`} nodeId={isRoot ? null : id} diagnostics={isRoot ? [] : diagnostics} />
    </Element>
  );
});

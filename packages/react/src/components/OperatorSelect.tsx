import type { AttributeSchema, Operator } from "@scim-filter/core";
import { OPERATOR_LABELS, OPERATORS } from "@scim-filter/core";
import { useMessages } from "../context.js";
import { Select } from "./Select.js";
import { useBuilderActions } from "../hooks/use-actions.js";

export interface OperatorSelectProps {
  ruleId: string;
  operator: Operator;
  attribute: AttributeSchema | null;
  ruleName: string;
  invalid: boolean;
  describedBy?: string | undefined;
}

/** Only the operators the field allows, in words ("is member of", "is after", "is present"). */
export function OperatorSelect({ ruleId, operator, attribute, ruleName, invalid, describedBy }: OperatorSelectProps) {
  const messages = useMessages();
  const setOperator = useBuilderActions().setOperator;
  const options = attribute?.operators ?? OPERATORS.map((candidate) => ({ operator: candidate, label: OPERATOR_LABELS[candidate] }));
  // An operator the field does not allow (typed as text) stays visible, marked invalid, rather than vanishing.
  const all = options.some((option) => option.operator === operator) ? options : [...options, { operator, label: OPERATOR_LABELS[operator] }];
  return (
    <Select
      label={messages.operatorLabel(ruleName)}
      value={operator}
      groups={[{ options: all.map((option) => ({ value: option.operator, label: option.label })) }]}
      invalid={invalid}
      describedBy={describedBy}
      onValueChange={(value) => setOperator(ruleId, value as Operator)}
      className="sfb-operator"
    />
  );
}

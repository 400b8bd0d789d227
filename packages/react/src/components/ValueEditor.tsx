import type { AttributeSchema, FilterValue } from "@scim-filter/core";
import { useState } from "react";
import { useBuilderContext, useMessages } from "../context.js";
import { DateValueInput } from "./DateValueInput.js";
import { IdValueInput } from "./IdValueInput.js";
import { Select } from "./Select.js";
import { valueText } from "./value-text.js";
import { useBuilderActions } from "../hooks/use-actions.js";

export interface ValueEditorProps {
  ruleId: string;
  field: string;
  value: FilterValue;
  attribute: AttributeSchema | null;
  ruleName: string;
  invalid: boolean;
  describedBy?: string | undefined;
}

/** The editor for a rule's value, chosen by the attribute's type. */
export function ValueEditor({ ruleId, field, value, attribute, ruleName, invalid, describedBy }: ValueEditorProps) {
  const { domId } = useBuilderContext();
  const messages = useMessages();
  const setValue = useBuilderActions().setValue;
  const label = messages.valueLabel(ruleName);
  const id = `${domId}-${ruleId}-value`;
  const common = { id, "aria-label": label, "aria-invalid": invalid || undefined, "aria-describedby": describedBy };

  switch (attribute?.type) {
    case "enum": {
      const options = (attribute.options ?? []).map((option) => ({ value: option.value, label: option.label, description: option.description }));
      const current = typeof value === "string" ? value : "";
      // A value outside the list (typed as text) is shown, marked invalid, rather than dropped.
      const shown = current === "" || options.some((option) => option.value === current) ? options : [...options, { value: current, label: current, description: undefined }];
      return (
        <Select id={id} label={label} value={current} placeholder={messages.valuePlaceholder} groups={[{ options: shown }]} invalid={invalid} describedBy={describedBy} onValueChange={(next) => setValue(ruleId, next)} />
      );
    }
    case "boolean":
      return (
        <Select
          id={id}
          label={label}
          value={typeof value === "boolean" ? String(value) : ""}
          placeholder={messages.valuePlaceholder}
          groups={[{ options: [{ value: "true", label: messages.trueLabel }, { value: "false", label: messages.falseLabel }] }]}
          invalid={invalid}
          describedBy={describedBy}
          onValueChange={(next) => setValue(ruleId, next === "true")}
        />
      );
    case "dateTime":
      return <DateValueInput {...common} ruleName={ruleName} value={value} onChange={(next) => setValue(ruleId, next)} />;
    case "id":
      return <IdValueInput {...common} field={field} value={value} attribute={attribute} ruleName={ruleName} onChange={(next) => setValue(ruleId, next)} />;
    case "number":
      return (
        <NumberValueInput {...common} value={value} onChange={(next) => setValue(ruleId, next)} />
      );
    default:
      return (
        <input
          {...common}
          className="sfb-input sfb-value-input"
          value={valueText(value)}
          onChange={(event) => setValue(ruleId, event.target.value)}
        />
      );
  }
}

function numberOrText(text: string): FilterValue {
  return text.trim() !== "" && Number.isFinite(Number(text)) ? Number(text) : text;
}

/**
 * A number input that keeps what was typed even when it is not a number (yet); validation marks it.
 * The typed spelling ("1.", "1.50") is shown while it still stands for the rule's value, so decimals can
 * be typed; a value changed elsewhere (text view, undo) replaces it.
 */
function NumberValueInput({ value, onChange, ...input }: { id: string; "aria-label": string; "aria-invalid": boolean | undefined; "aria-describedby": string | undefined; value: FilterValue; onChange: (value: FilterValue) => void }) {
  const [typed, setTyped] = useState<string | null>(null);
  const shown = typed !== null && Object.is(numberOrText(typed), value) ? typed : valueText(value);
  return (
    <input
      {...input}
      className="sfb-input sfb-value-input"
      inputMode="decimal"
      value={shown}
      onChange={(event) => {
        setTyped(event.target.value);
        onChange(numberOrText(event.target.value));
      }}
    />
  );
}

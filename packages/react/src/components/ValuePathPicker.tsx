import type { FilterSchema } from "@scim-filter/core";
import { useBuilderContext, useMessages } from "../context.js";
import { useBuilderActions } from "../hooks/use-actions.js";
import { attributeOf, valuePathAttributes } from "../store/node-schema.js";
import type { SelectOption } from "./Select.js";
import { Select } from "./Select.js";

/** The attribute's label ("Emails"), or the path as written when the schema does not know it. */
export function valuePathLabel(schema: FilterSchema | undefined, valuePath: string): string {
  return attributeOf(schema, valuePath)?.label ?? valuePath;
}

export interface ValuePathPickerProps {
  groupId: string;
  valuePath: string;
  schema: FilterSchema | undefined;
  /** The value path's accessible name, e.g. "Value path 2: Emails". */
  groupName: string;
}

/** "Emails ▾ where": the attribute of a value path, among the schema's attributes with sub-attributes. */
export function ValuePathPicker({ groupId, valuePath, schema, groupName }: ValuePathPickerProps) {
  const { domId } = useBuilderContext();
  const messages = useMessages();
  const setValuePath = useBuilderActions().setValuePath;
  const options: SelectOption[] = valuePathAttributes(schema).map((attribute) => ({ value: attribute.path, label: attribute.label }));
  const selected = attributeOf(schema, valuePath)?.path ?? valuePath;
  // An attribute the list lacks (the schema changed) stays visible rather than vanishing.
  const shown = options.some((option) => option.value === selected) ? options : [...options, { value: selected, label: valuePath }];
  return (
    <span className="sfb-value-path-header">
      <Select
        id={`${domId}-${groupId}-attribute`}
        label={messages.valuePathAttributeLabel(groupName)}
        value={selected}
        groups={[{ options: shown }]}
        onValueChange={(next) => setValuePath(groupId, next)}
        className="sfb-value-path-attribute"
      />
      <span className="sfb-value-path-where">{messages.valuePathWhere}</span>
    </span>
  );
}

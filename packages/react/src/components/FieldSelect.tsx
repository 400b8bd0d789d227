import type { AttributeSchema, FilterSchema } from "@scim-filter/core";
import { getOrCreate } from "../model/collections.js";
import { useBuilderContext, useMessages } from "../context.js";
import type { SelectGroup } from "./Select.js";
import { Select } from "./Select.js";
import { useBuilderActions } from "../hooks/use-actions.js";
import { useFieldSchema } from "../hooks/use-field-schema.js";

const CUSTOM_PREFIX = "dynamic:";

// Every rule shows the same list: build it once per schema, not once per rule.
const groupsBySchema = new WeakMap<FilterSchema, SelectGroup[]>();
const NO_GROUPS: SelectGroup[] = [];

function cachedFieldGroups(schema: FilterSchema | undefined): SelectGroup[] {
  return schema === undefined ? NO_GROUPS : getOrCreate(groupsBySchema, schema, () => fieldGroups(schema));
}

function fieldGroups(schema: FilterSchema): SelectGroup[] {
  const groups = new Map<string, SelectGroup & { options: { value: string; label: string; description?: string | undefined }[] }>();
  const add = (heading: string, option: { value: string; label: string; description?: string | undefined }) => {
    getOrCreate(groups, heading, () => ({ label: heading, options: [] })).options.push(option);
  };
  for (const attribute of schema.attributes) add(attribute.group ?? "Other", { value: attribute.path, label: attribute.label, description: attribute.description });
  for (const dynamic of schema.dynamic ?? []) {
    if (dynamic.allowUndeclared) add(dynamic.template.group ?? "Other", { value: `${CUSTOM_PREFIX}${dynamic.name}`, label: `Other ${dynamic.name} field (by id)…`, description: dynamic.template.description });
  }
  return [...groups.values()];
}

export interface FieldSelectProps {
  ruleId: string;
  field: string;
  attribute: AttributeSchema | null;
  ruleName: string;
  invalid: boolean;
  describedBy?: string | undefined;
}

/**
 * The field picker: the schema's attributes grouped and labelled. Fields under a dynamic prefix that
 * the schema does not list (Staffbase `profile.<fieldID>`) get a text box for their id; without a
 * schema the field is free text. Inside a value path `emails[…]` it offers the attribute's sub-attributes.
 */
export function FieldSelect({ ruleId, field, attribute, ruleName, invalid, describedBy }: FieldSelectProps) {
  const { domId } = useBuilderContext();
  const messages = useMessages();
  // Inside a value path: only its attribute's sub-attributes.
  const schema = useFieldSchema(ruleId);
  const setField = useBuilderActions().setField;
  const groups = cachedFieldGroups(schema);
  const controlId = `${domId}-${ruleId}-field`;

  if (schema === undefined) {
    return (
      <input
        id={controlId}
        className="sfb-input sfb-field-input"
        aria-label={messages.fieldLabel(ruleName)}
        value={field}
        placeholder="attribute.path"
        onChange={(event) => setField(ruleId, event.target.value)}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
      />
    );
  }

  const dynamic = schema.dynamic?.find((candidate) => field.toLowerCase().startsWith(`${candidate.name.toLowerCase()}.`));
  const isUndeclaredDynamic = dynamic !== undefined && (attribute === null || !schema.attributes.includes(attribute));
  const selected = isUndeclaredDynamic ? `${CUSTOM_PREFIX}${dynamic.name}` : (attribute?.path ?? "");

  return (
    <span className="sfb-field">
      <Select
        id={controlId}
        label={messages.fieldLabel(ruleName)}
        value={selected}
        placeholder={messages.fieldPlaceholder}
        groups={groups}
        invalid={invalid}
        describedBy={describedBy}
        onValueChange={(value) => setField(ruleId, value.startsWith(CUSTOM_PREFIX) ? `${value.slice(CUSTOM_PREFIX.length)}.` : value)}
      />
      {isUndeclaredDynamic ? (
        <input
          className="sfb-input sfb-field-id-input"
          aria-label={`${dynamic.name} field id of ${ruleName}`}
          value={field.slice(dynamic.name.length + 1)}
          placeholder="fieldID"
          onChange={(event) => setField(ruleId, `${dynamic.name}.${event.target.value}`)}
        />
      ) : null}
    </span>
  );
}

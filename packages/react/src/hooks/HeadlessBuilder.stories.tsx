import type { FilterSchema } from "@scim-filter/core";
import { staffbaseUserSchema } from "@scim-filter/core";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { HistoryButtons } from "../components/HistoryButtons.js";
import type { FilterChangeDetails } from "../components/FilterBuilderProvider.js";
import { FilterBuilderProvider } from "../components/FilterBuilderProvider.js";
import { TextView } from "../components/TextView.js";
import { useBuilderState } from "../context.js";
import { useBuilderActions } from "./use-actions.js";
import { useFilterBuilder } from "./use-filter-builder.js";
import { useGroup } from "./use-group.js";
import { useRule } from "./use-rule.js";

// A deliberately different UI built only on the headless hooks: native selects, one line per
// condition, "Match all / any" as a toggle button. No class names or components of the package.

function ConditionRow({ id, number }: { id: string; number: string }) {
  // `schema` is the one the field is read against: inside a value path `emails[…]`, its sub-attributes.
  const { node, attribute, schema, diagnostics } = useRule(id);
  const actions = useBuilderActions();
  const attributes = schema?.attributes ?? [];
  const name = `condition ${number}`;
  if (node.kind === "raw") {
    return (
      <li>
        <code>{node.text}</code>{" "}
        <button type="button" onClick={() => actions.remove(id)}>
          Delete {name}
        </button>
      </li>
    );
  }
  const valueText = node.value === null ? "" : String(node.value);
  return (
    <li style={{ display: "flex", gap: 8, alignItems: "center", flexWrap: "wrap" }}>
      <select aria-label={`Field of ${name}`} value={node.field} onChange={(event) => actions.setField(id, event.target.value)}>
        <option value="">Pick a field</option>
        {attributes.map((candidate) => (
          <option key={candidate.path} value={candidate.path}>
            {candidate.label}
          </option>
        ))}
      </select>
      {attribute === null ? null : (
        <select aria-label={`Operator of ${name}`} value={node.operator} onChange={(event) => actions.setOperator(id, event.target.value as typeof node.operator)}>
          {attribute.operators.map((option) => (
            <option key={option.operator} value={option.operator}>
              {option.label}
            </option>
          ))}
        </select>
      )}
      {attribute === null || node.operator === "pr" ? null : attribute.options === undefined ? (
        <input aria-label={`Value of ${name}`} value={valueText} onChange={(event) => actions.setValue(id, event.target.value)} />
      ) : (
        <select aria-label={`Value of ${name}`} value={valueText} onChange={(event) => actions.setValue(id, event.target.value)}>
          <option value="">Pick a value</option>
          {attribute.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
      <button type="button" onClick={() => actions.remove(id)}>
        Delete {name}
      </button>
      {diagnostics.map((diagnostic) => (
        <small key={`${diagnostic.code}-${diagnostic.span.start}`} style={{ color: diagnostic.severity === "error" ? "#a4000f" : "#6b4500" }}>
          {diagnostic.message}
        </small>
      ))}
    </li>
  );
}

function ConditionNode({ id, number }: { id: string; number: string }) {
  const kind = useBuilderState((state) => state.tree.nodes[id]?.kind);
  if (kind !== "group") return <ConditionRow id={id} number={number} />;
  return (
    <li>
      <ConditionGroup id={id} number={number} />
    </li>
  );
}

function ConditionGroup({ id, number }: { id: string; number: string }) {
  const { node, isRoot } = useGroup(id);
  const actions = useBuilderActions();
  const name = isRoot ? "all conditions" : `condition group ${number}`;
  return (
    <fieldset>
      <legend>
        <button type="button" aria-pressed={node.combinator === "or"} onClick={() => actions.setCombinator(id, node.combinator === "and" ? "or" : "and")}>
          Match any of {name}
        </button>
      </legend>
      <ol>
        {node.children.map((child, index) => (
          <ConditionNode key={child} id={child} number={isRoot ? `${index + 1}` : `${number}.${index + 1}`} />
        ))}
      </ol>
      <button type="button" onClick={() => actions.addRule(id)}>
        Add a condition to {name}
      </button>
    </fieldset>
  );
}

/** Custom markup: the hooks only. */
function CustomBuilder() {
  const { rootId, text, valid, diagnostics, canUndo, canRedo, actions } = useFilterBuilder();
  return (
    <div style={{ display: "grid", gap: 12, fontFamily: "system-ui, sans-serif" }}>
      <ConditionGroup id={rootId} number="" />
      <div style={{ display: "flex", gap: 8 }}>
        <button type="button" disabled={!canUndo} onClick={actions.undo}>
          Step back
        </button>
        <button type="button" disabled={!canRedo} onClick={actions.redo}>
          Step forward
        </button>
      </div>
      <p>
        Generated filter: <output aria-label="Generated filter">{text === "" ? "(everyone)" : text}</output>
      </p>
      <p>{valid ? "Ready to send." : `Not ready: ${diagnostics.length} problem${diagnostics.length === 1 ? "" : "s"}.`}</p>
    </div>
  );
}

interface HeadlessExampleProps {
  schema?: FilterSchema;
  defaultValue?: string;
  onValueChange?: (text: string, details: FilterChangeDetails) => void;
  /** Add the package's own text view and undo buttons next to the custom markup. */
  withDefaultParts?: boolean;
}

function HeadlessExample({ schema, defaultValue, onValueChange, withDefaultParts = false }: HeadlessExampleProps) {
  return (
    <FilterBuilderProvider schema={schema} defaultValue={defaultValue} onValueChange={onValueChange}>
      <CustomBuilder />
      {withDefaultParts ? (
        <div className="sfb-builder" style={{ marginTop: 16 }}>
          <HistoryButtons />
          <TextView />
        </div>
      ) : null}
    </FilterBuilderProvider>
  );
}

const meta = {
  title: "Headless hooks",
  component: HeadlessExample,
  args: { schema: staffbaseUserSchema, onValueChange: fn() },
} satisfies Meta<typeof HeadlessExample>;

export default meta;
type Story = StoryObj<typeof meta>;

/** FilterBuilderProvider + useFilterBuilder / useGroup / useRule / useBuilderActions with native controls. */
export const CustomMarkup: Story = {
  args: { defaultValue: 'staffbase.status eq "pending"' },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const output = canvas.getByRole("status", { name: "Generated filter" });
    await expect(output).toHaveTextContent('staffbase.status eq "pending"');

    await userEvent.click(canvas.getByRole("button", { name: "Add a condition to all conditions" }));
    await userEvent.selectOptions(canvas.getByRole("combobox", { name: "Field of condition 2" }), "Role");
    await userEvent.selectOptions(canvas.getByRole("combobox", { name: "Value of condition 2" }), "Editor");
    await expect(output).toHaveTextContent('staffbase.status eq "pending" and staffbase.role eq "editor"');
    await expect(args.onValueChange).toHaveBeenLastCalledWith('staffbase.status eq "pending" and staffbase.role eq "editor"', expect.objectContaining({ valid: true }));

    const any = canvas.getByRole("button", { name: "Match any of all conditions" });
    await userEvent.click(any);
    await expect(any).toHaveAttribute("aria-pressed", "true");
    await expect(output).toHaveTextContent('staffbase.status eq "pending" or staffbase.role eq "editor"');

    await userEvent.selectOptions(canvas.getByRole("combobox", { name: "Field of condition 1" }), "Created");
    // A date is another kind of field: it starts from its own first operator.
    await expect(canvas.getByRole("combobox", { name: "Operator of condition 1" })).toHaveDisplayValue("is after");
    await userEvent.selectOptions(canvas.getByRole("combobox", { name: "Operator of condition 1" }), "is before");
    // A run of typing in one box is one undo step.
    await userEvent.type(canvas.getByRole("textbox", { name: "Value of condition 1" }), "xy");
    await expect(canvas.getByText("Not ready: 1 problem.")).toBeVisible();

    // Value, operator and field: three steps back.
    for (let step = 0; step < 3; step += 1) await userEvent.click(canvas.getByRole("button", { name: "Step back" }));
    await waitFor(() => expect(output).toHaveTextContent('staffbase.status eq "pending" or staffbase.role eq "editor"'));
    await expect(canvas.getByText("Ready to send.")).toBeVisible();

    await userEvent.click(canvas.getByRole("button", { name: "Delete condition 1" }));
    await expect(output).toHaveTextContent('staffbase.role eq "editor"');
  },
};

/** Custom rule markup next to the package's own text view and undo buttons, all on one store. */
export const MixedWithDefaultParts: Story = {
  args: { defaultValue: 'staffbase.role eq "admin"', withDefaultParts: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const text = canvas.getByRole("textbox", { name: "Filter text" });
    await userEvent.selectOptions(canvas.getByRole("combobox", { name: "Value of condition 1" }), "Reader");
    await expect(text).toHaveValue('staffbase.role eq "reader"');

    await userEvent.clear(text);
    await userEvent.type(text, "password pr and externalId pr");
    await expect(canvas.getByRole("combobox", { name: "Field of condition 2" })).toHaveDisplayValue("External id");
    await expect(canvas.queryByRole("textbox", { name: "Value of condition 2" })).toBeNull();

    await userEvent.click(canvas.getByRole("button", { name: "Undo" }));
    await expect(canvas.getByRole("status", { name: "Generated filter" })).toHaveTextContent('staffbase.role eq "reader"');
  },
};

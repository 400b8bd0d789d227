import type { Diagnostic, FilterSchema } from "@scim-filter/core";
import {
  explainFilter,
  operatorOptions,
  rfc7643Schemas,
  schemaFromScim,
  scimCoreUserSchema,
  staffbasePresets,
  staffbaseUserSchema,
  withProfileFields,
} from "@scim-filter/core";
import type { Meta, StoryObj } from "@storybook/react-vite";
import type { CSSProperties } from "react";
import { useState } from "react";
import type { queries } from "storybook/test";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import type { LoadOptions } from "../context.js";
import type { BuilderMessages } from "../i18n/messages.js";
import { defaultMessages } from "../i18n/messages.js";
import type { FilterChangeDetails } from "./FilterBuilderProvider.js";
import { FilterBuilder } from "./FilterBuilder.js";
import { RuleView } from "./RuleView.js";
import { renderCounts } from "../test/render-counter.js";

// ---------------------------------------------------------------------------------------------
// Helpers for the play functions. Radix renders a picker's options in a portal on document.body,
// so options are looked up there; everything else within the story's canvas.

type Canvas = ReturnType<typeof within<typeof queries>>;
const page = within(document.body);

function filterText(canvas: Canvas): HTMLTextAreaElement {
  return canvas.getByRole<HTMLTextAreaElement>("textbox", { name: "Filter text" });
}

/** Opens a picker by clicking it and clicks one of its options. */
async function pick(canvas: Canvas, picker: string | RegExp, option: string | RegExp): Promise<void> {
  await userEvent.click(canvas.getByRole("combobox", { name: picker }));
  await userEvent.click(await page.findByRole("option", { name: option }));
  await waitFor(() => expect(page.queryByRole("listbox")).toBeNull());
}

/** An option's accessible name: its label, without the description shown under it. */
function optionName(option: HTMLElement): string {
  return document.getElementById(option.getAttribute("aria-labelledby") ?? "")?.textContent ?? "";
}

/** The names of a picker's options, read while it is open; closes it again with Escape. */
async function optionNames(canvas: Canvas, picker: string | RegExp): Promise<string[]> {
  await userEvent.click(canvas.getByRole("combobox", { name: picker }));
  const names = (await page.findAllByRole("option")).map(optionName);
  await userEvent.keyboard("{Escape}");
  await waitFor(() => expect(page.queryByRole("listbox")).toBeNull());
  return names;
}

const meta = {
  title: "FilterBuilder",
  component: FilterBuilder,
  args: { schema: staffbaseUserSchema, onValueChange: fn() },
} satisfies Meta<typeof FilterBuilder>;

export default meta;
type Story = StoryObj<typeof meta>;

// ---------------------------------------------------------------------------------------------
// Empty, presets

/** No filter yet: adding a rule focuses its field picker; field → operator → value by clicking. */
export const Empty: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText("No conditions yet: add a rule.")).toBeVisible();
    await expect(filterText(canvas)).toHaveValue("");
    await expect(canvas.getByRole("button", { name: "Undo" })).toBeDisabled();

    await userEvent.click(canvas.getByRole("button", { name: "Add a rule to Filter" }));
    await waitFor(() => expect(canvas.getByRole("combobox", { name: "Field of rule 1" })).toHaveFocus());
    await expect(canvas.getByText("Choose a field: this rule is not part of the filter yet.")).toBeVisible();

    await pick(canvas, "Field of rule 1", "Role");
    await expect(canvas.getByRole("combobox", { name: /^Operator of rule 1: role is/ })).toHaveTextContent("is");
    await pick(canvas, /^Value of rule 1: role is/, "Admin");

    await expect(filterText(canvas)).toHaveValue('staffbase.role eq "admin"');
    await expect(canvas.getByRole("listitem", { name: "rule 1: role is Admin" })).toBeVisible();
    await expect(canvas.getByRole("group", { name: "In words" })).toHaveTextContent("Users where role is Admin, and status is activated (default).");
    await expect(args.onValueChange).toHaveBeenLastCalledWith('staffbase.role eq "admin"', expect.objectContaining({ valid: true }));
  },
};

/** The documented Staffbase examples as one-click starting points: each loads its text and its rules. */
export const Presets: Story = {
  args: { presets: staffbasePresets },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const presets = within(canvas.getByRole("group", { name: "Start from an example" }));
    for (const preset of staffbasePresets) {
      await userEvent.click(presets.getByRole("button", { name: preset.label }));
      await expect(filterText(canvas)).toHaveValue(preset.filter);
      // Every comparison of the preset is an editable rule, none is left as raw text.
      const comparisons = (preset.filter.match(/ (eq|pr|gt|lt)\b/g) ?? []).length;
      await expect(canvasElement.querySelectorAll(".sfb-rule:not(.sfb-raw)")).toHaveLength(comparisons);
      await expect(canvas.getByRole("group", { name: /^Problems/ })).not.toHaveTextContent(/error/i);
    }
    // The last preset is "Pending invitations"; the first, "Only admins", shows both of its rules.
    await expect(canvas.getByRole("listitem", { name: "rule 1: status is Pending" })).toBeVisible();
    await userEvent.click(presets.getByRole("button", { name: "Only admins" }));
    await expect(canvas.getByRole("listitem", { name: "rule 1: status is Activated" })).toBeVisible();
    await expect(canvas.getByRole("listitem", { name: "rule 2: role is Admin" })).toBeVisible();
    // Loading a preset is one undo step.
    await userEvent.click(canvas.getByRole("button", { name: "Undo" }));
    await expect(filterText(canvas)).toHaveValue('staffbase.status eq "pending"');
  },
};

// ---------------------------------------------------------------------------------------------
// Every field type

/** Enum (a select of allowed values), chosen by keyboard only: Enter opens a picker, arrows move, Enter picks. */
export const EnumField: Story = {
  args: { defaultValue: 'staffbase.role eq "reader"' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await optionNames(canvas, "Operator of rule 1: role is Reader")).toEqual(["is"]);
    const value = canvas.getByRole("combobox", { name: "Value of rule 1: role is Reader" });
    value.focus();
    await waitFor(() => expect(canvas.getByRole("combobox", { name: "Value of rule 1: role is Reader" })).toHaveFocus());
    await userEvent.keyboard("{Enter}");
    const listbox = await page.findByRole("listbox");
    await expect(within(listbox).getAllByRole("option").map(optionName)).toEqual(["Admin", "Editor", "Moderator", "Managing editor", "Reader"]);
    // Descriptions show under the labels.
    await expect(within(listbox).getByRole("option", { name: "Moderator" })).toHaveTextContent('Shown as "Editor" in the Studio.');
    await waitFor(() => expect(within(listbox).getByRole("option", { name: "Reader" })).toHaveFocus());
    await userEvent.keyboard("{ArrowUp}{ArrowUp}{ArrowUp}{ArrowUp}{Enter}");
    await waitFor(() => expect(filterText(canvas)).toHaveValue('staffbase.role eq "admin"'));
    await expect(canvas.getByRole("combobox", { name: "Value of rule 1: role is Admin" })).toHaveFocus();
  },
};

const GROUP_NAMES = [
  { value: "604fab5e830203614e6fa59d", label: "Engineering" },
  { value: "604fab5e830203614e6fa5a0", label: "Sales" },
  { value: "604fab5e830203614e6fa5b3", label: "Works council" },
];

/** Looks group names up in a small in-story list, as an app would ask its server. */
const lookUpGroups: LoadOptions = ({ query }) =>
  Promise.resolve(GROUP_NAMES.filter((group) => query === "" || group.value.startsWith(query) || group.label.toLowerCase().includes(query.toLowerCase())));

/** Id values (groups, spaces): the id format is checked as you type, and `loadOptions` resolves names. */
export const IdFieldWithLookup: Story = {
  args: { defaultValue: 'groups eq "604fab5e830203614e6fa59d"', loadOptions: fn(lookUpGroups) },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(await optionNames(canvas, /^Operator of rule 1: group is member of/)).toEqual(["is member of", "is not member of"]);
    // The looked-up name of the current id shows beside the input.
    await expect(await canvas.findByText("Engineering")).toBeVisible();
    await expect(args.loadOptions).toHaveBeenCalledWith(expect.objectContaining({ field: "groups", query: "604fab5e830203614e6fa59d" }));

    const input = canvas.getByRole("combobox", { name: /^Value of rule 1: group is member of/ });
    await userEvent.clear(input);
    await userEvent.type(input, "604fab5e");
    await expect(input).toHaveAttribute("aria-invalid", "true");
    await expect(canvas.getByText("Expected a 24-character hexadecimal id.")).toBeVisible();
    // The suggestions for the partial id are offered in the input's list.
    await waitFor(() => expect(canvasElement.querySelectorAll("datalist option")).toHaveLength(3));

    await userEvent.type(input, "830203614e6fa5a0");
    await expect(input).not.toHaveAttribute("aria-invalid");
    await expect(await canvas.findByText("Sales")).toBeVisible();
    await expect(filterText(canvas)).toHaveValue('groups eq "604fab5e830203614e6fa5a0"');
  },
};

/** Dates: a date input, with a switch to date and time (UTC); the operator reads "is after", "is before". */
export const DateTimeField: Story = {
  args: { defaultValue: 'created gt "2021-01-01T10:00" and updated lt "2022-01-01"' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await optionNames(canvas, /^Operator of rule 1: created is after/)).toEqual([
      "is after",
      "is on or after",
      "is before",
      "is on or before",
      "is exactly",
      "is not exactly",
    ]);
    await expect(canvas.getByLabelText<HTMLInputElement>(/^Value of rule 1: created is after/).type).toBe("datetime-local");
    await expect(canvas.getByLabelText<HTMLInputElement>(/^Value of rule 2: updated is before/).type).toBe("date");
    // Each rule's time switch is named after its rule.
    await expect(canvas.getByRole("checkbox", { name: "time (UTC) for rule 2: updated is before 2022-01-01" })).not.toBeChecked();
    await userEvent.click(canvas.getByRole("checkbox", { name: "time (UTC) for rule 1: created is after 2021-01-01T10:00" }));
    await expect(filterText(canvas)).toHaveValue('created gt "2021-01-01" and updated lt "2022-01-01"');
    await expect(canvas.getByLabelText<HTMLInputElement>(/^Value of rule 1: created is after/).type).toBe("date");

    await pick(canvas, /^Operator of rule 1/, "is on or after");
    const value = canvas.getByLabelText(/^Value of rule 1: created is on or after/);
    await userEvent.clear(value);
    await userEvent.type(value, "2021-05-30");
    await expect(filterText(canvas)).toHaveValue('created ge "2021-05-30" and updated lt "2022-01-01"');
    await expect(canvas.getByRole("group", { name: /^Problems/ })).toHaveTextContent("No problems found.");
  },
};

/** Strings (SCIM `userName`): every string operator, and a text input for the value. */
export const StringField: Story = {
  args: { schema: scimCoreUserSchema },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Add a rule to Filter" }));
    await pick(canvas, "Field of rule 1", "User name");
    await expect(await optionNames(canvas, /^Operator of rule 1/)).toEqual(["is", "is not", "contains", "starts with", "ends with", "is present"]);
    await pick(canvas, /^Operator of rule 1/, "starts with");
    await userEvent.type(canvas.getByRole("textbox", { name: /^Value of rule 1: user name starts with/ }), "alice");
    await expect(filterText(canvas)).toHaveValue('userName sw "alice"');
    await expect(canvas.getByRole("listitem", { name: "rule 1: user name starts with alice" })).toBeVisible();
  },
};

/** Presence-only fields (password, e-mail…): "is present" only, and no value editor at all. */
export const PresenceOnlyField: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Add a rule to Filter" }));
    await pick(canvas, "Field of rule 1", "Password");
    await expect(await optionNames(canvas, "Operator of rule 1: password is present")).toEqual(["is present"]);
    await expect(canvas.queryByLabelText(/^Value of rule 1/)).toBeNull();
    await expect(filterText(canvas)).toHaveValue("password pr");

    // NOT on the root group.
    await userEvent.click(canvas.getByRole("checkbox", { name: "Negate Filter (not)" }));
    await expect(filterText(canvas)).toHaveValue("not (password pr)");
    await expect(canvas.getByRole("group", { name: "In words" })).toHaveTextContent("Users where password is absent");
  },
};

/** Booleans (SCIM `active`): a true/false picker; a new rule starts with true. */
export const BooleanField: Story = {
  args: { schema: scimCoreUserSchema },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Add a rule to Filter" }));
    await pick(canvas, "Field of rule 1", "Active");
    await expect(filterText(canvas)).toHaveValue("active eq true");
    await pick(canvas, "Value of rule 1: active is true", "false");
    await expect(filterText(canvas)).toHaveValue("active eq false");
  },
};

const deviceSchema: FilterSchema = {
  id: "devices",
  name: "Devices (example)",
  attributes: [
    { path: "loginCount", label: "Login count", group: "Usage", type: "number", operators: operatorOptions("number") },
    { path: "model", label: "Model", group: "Device", type: "string", operators: operatorOptions("string") },
  ],
};

/** Numbers, in a small custom schema: typed digits become a number; text that is not one is kept and marked. */
export const NumberField: Story = {
  args: { schema: deviceSchema, defaultValue: "loginCount gt 10" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const value = canvas.getByRole("textbox", { name: /^Value of rule 1: login count is greater than/ });
    await userEvent.clear(value);
    await userEvent.type(value, "25");
    await expect(filterText(canvas)).toHaveValue("loginCount gt 25");
    await userEvent.type(value, "x");
    await expect(filterText(canvas)).toHaveValue('loginCount gt "25x"');
    await expect(value).toHaveAttribute("aria-invalid", "true");
    await expect(canvas.getByRole("group", { name: /^Problems/ })).toHaveTextContent("1 error");
  },
};

// ---------------------------------------------------------------------------------------------
// Text view, validation, server diagnostics

/** Invalid text shows the error at its position and keeps the rules; fixing it updates the rules. */
export const InvalidText: Story = {
  args: { defaultValue: 'staffbase.role eq "admin"' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const text = filterText(canvas);
    await userEvent.type(text, " and (");
    await expect(text).toHaveValue('staffbase.role eq "admin" and (');
    await expect(text).toHaveAttribute("aria-invalid", "true");
    const alert = canvas.getByRole("alert");
    await expect(alert).toHaveTextContent('Syntax error: Expected an attribute name, "not" or "(" after "(" at line 1, column 32');
    // The code frame puts the caret under column 32.
    await expect(alert.querySelector("pre")?.textContent).toBe(`staffbase.role eq "admin" and (\n${" ".repeat(31)}^`);
    // The rules keep their last valid state.
    await expect(canvas.getByRole("listitem", { name: "rule 1: role is Admin" })).toBeVisible();
    await expect(canvasElement.querySelectorAll(".sfb-rule")).toHaveLength(1);

    await userEvent.type(text, 'staffbase.status eq "pending" or staffbase.status eq "deactivated")');
    await expect(text).not.toHaveAttribute("aria-invalid");
    await expect(canvas.queryByRole("alert")).toBeNull();
    await expect(canvas.getByRole("listitem", { name: "rule 2.1: status is Pending" })).toBeVisible();
    await expect(canvas.getByRole("listitem", { name: "rule 2.2: status is Deactivated" })).toBeVisible();
  },
};

/** Validation at the rule it concerns, with a one-click fix. */
export const ApplySuggestion: Story = {
  args: { defaultValue: 'staffbase.role eq "Admin" and staffbase.creationType eq "ldap"' },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const rule = within(canvas.getByRole("listitem", { name: "rule 1: role is Admin" }));
    await expect(rule.getByText(/values are case-sensitive/)).toBeVisible();
    await expect(rule.getByRole("combobox", { name: /^Value of rule 1/ })).toHaveAttribute("aria-invalid", "true");
    await expect(canvas.getByRole("group", { name: /^Problems/ })).toHaveTextContent("1 error, 1 warning");
    const deprecated = within(canvas.getByRole("listitem", { name: "rule 2: creation type is LDAP" }));
    await expect(deprecated.getByText(/no longer documented/)).toBeVisible();

    await userEvent.click(rule.getByRole("button", { name: 'Replace with "admin"' }));
    await expect(filterText(canvas)).toHaveValue('staffbase.role eq "admin" and staffbase.creationType eq "ldap"');
    await expect(canvas.getByRole("group", { name: /^Problems/ })).toHaveTextContent("1 warning");
    await expect(canvas.getByRole("combobox", { name: /^Value of rule 1/ })).not.toHaveAttribute("aria-invalid");
    await expect(args.onValueChange).toHaveBeenLastCalledWith(
      'staffbase.role eq "admin" and staffbase.creationType eq "ldap"',
      expect.objectContaining({ valid: true }),
    );
  },
};

const SERVER_TEXT = 'staffbase.role eq "admin" and groups eq "604fab5e830203614e6fa59d"';
const serverDiagnostic: Diagnostic = {
  severity: "error",
  code: "server",
  message: "Group 604fab5e830203614e6fa59d does not exist in this instance.",
  span: { start: 30, end: SERVER_TEXT.length },
  suggestions: [],
};

/** Diagnostics the server returned for the current text: shown at their rule until the text changes. */
export const ServerDiagnostics: Story = {
  args: { defaultValue: SERVER_TEXT, externalDiagnostics: { text: SERVER_TEXT, diagnostics: [serverDiagnostic] } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const rule = within(canvas.getByRole("listitem", { name: /^rule 2: group is member of/ }));
    await expect(rule.getByText(serverDiagnostic.message)).toBeVisible();
    await expect(rule.getByRole("textbox", { name: /^Value of rule 2/ })).toHaveAttribute("aria-invalid", "true");
    await expect(canvas.getByRole("group", { name: /^Problems/ })).toHaveTextContent(`Error (1:31) ${serverDiagnostic.message}`);

    // Another text is not what the server judged: its diagnostic lapses.
    await pick(canvas, /^Operator of rule 2/, "is not member of");
    await expect(filterText(canvas)).toHaveValue('staffbase.role eq "admin" and groups ne "604fab5e830203614e6fa59d"');
    await expect(canvas.queryByText(serverDiagnostic.message)).toBeNull();
    await expect(canvas.getByRole("group", { name: /^Problems/ })).toHaveTextContent("No problems found.");
    // Undo brings the judged text back, and with it the server's diagnostic.
    await userEvent.click(canvas.getByRole("button", { name: "Undo" }));
    await expect(await canvas.findAllByText(serverDiagnostic.message, { exact: false })).not.toHaveLength(0);
  },
};

// ---------------------------------------------------------------------------------------------
// Structure: groups, NOT, moves, undo

/** Groups and NOT by pointer: add a group, fill it, switch its combinator, negate it, move a rule out. */
export const GroupsAndNot: Story = {
  args: { defaultValue: 'staffbase.role eq "admin"' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Add a group to Filter" }));
    const group = within(canvas.getByRole("listitem", { name: "group 2" }));
    await waitFor(() => expect(group.getByRole("combobox", { name: "Field of rule 2.1" })).toHaveFocus());
    await pick(group, "Field of rule 2.1", "Status");
    await pick(group, /^Value of rule 2.1/, "Pending");
    await userEvent.click(group.getByRole("button", { name: "Add a rule to group 2" }));
    await pick(group, "Field of rule 2.2", "Status");
    await pick(group, /^Value of rule 2.2/, "Deactivated");
    // A new group inside an "and" group starts as "or".
    await expect(group.getByRole("radio", { name: "any (or)" })).toBeChecked();
    await expect(filterText(canvas)).toHaveValue('staffbase.role eq "admin" and (staffbase.status eq "pending" or staffbase.status eq "deactivated")');

    await userEvent.click(group.getByRole("checkbox", { name: "Negate group 2 (not)" }));
    await expect(filterText(canvas)).toHaveValue('staffbase.role eq "admin" and not (staffbase.status eq "pending" or staffbase.status eq "deactivated")');

    await userEvent.click(group.getByRole("radio", { name: "all (and)" }));
    await expect(filterText(canvas)).toHaveValue('staffbase.role eq "admin" and not (staffbase.status eq "pending" and staffbase.status eq "deactivated")');

    // The secondary actions are in each rule's "More actions" menu (a real menu in Chromium: opens, runs, closes).
    await userEvent.click(group.getByRole("button", { name: "More actions for rule 2.2: status is Deactivated" }));
    await userEvent.click(group.getByRole("menuitem", { name: "Move rule 2.2: status is Deactivated out of its group" }));
    await expect(filterText(canvas)).toHaveValue('staffbase.role eq "admin" and not (staffbase.status eq "pending") and staffbase.status eq "deactivated"');
    await userEvent.click(canvas.getByRole("button", { name: "More actions for rule 1: role is Admin" }));
    await userEvent.click(canvas.getByRole("menuitem", { name: "Duplicate rule 1: role is Admin" }));
    await expect(filterText(canvas)).toHaveValue(
      'staffbase.role eq "admin" and staffbase.role eq "admin" and not (staffbase.status eq "pending") and staffbase.status eq "deactivated"',
    );
  },
};

/** Everything by keyboard: Alt+arrows move and indent the focused rule, Ctrl+Z undoes, focus follows. */
export const KeyboardOnly: Story = {
  args: { defaultValue: 'staffbase.role eq "admin" and staffbase.status eq "pending"' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // Tab to the second rule's field picker.
    const field = canvas.getByRole("combobox", { name: "Field of rule 2: status is Pending" });
    for (let presses = 0; presses < 30 && document.activeElement?.id !== field.id; presses += 1) await userEvent.tab();
    await waitFor(() => expect(canvas.getByRole("combobox", { name: "Field of rule 2: status is Pending" })).toHaveFocus());

    await userEvent.keyboard("{Alt>}{ArrowUp}{/Alt}");
    await expect(filterText(canvas)).toHaveValue('staffbase.status eq "pending" and staffbase.role eq "admin"');
    await expect(canvas.getByRole("status")).toHaveTextContent("Moved.");
    // Alt+ArrowUp moves the rule; it does not also open the focused picker.
    await expect(page.queryByRole("listbox")).toBeNull();
    await waitFor(() => expect(canvas.getByRole("combobox", { name: "Field of rule 1: status is Pending" })).toHaveFocus());

    await userEvent.keyboard("{Alt>}{ArrowRight}{/Alt}");
    await expect(canvas.getByRole("listitem", { name: "rule 1.1: status is Pending" })).toBeVisible();
    await userEvent.keyboard("{Alt>}{ArrowLeft}{/Alt}");
    await expect(canvas.getByRole("listitem", { name: "rule 1: status is Pending" })).toBeVisible();

    // Three undos in a row: focus stays on the rule's picker even as undo moves the rule in and out of a group.
    await userEvent.keyboard("{Control>}z{/Control}{Control>}z{/Control}{Control>}z{/Control}");
    await expect(filterText(canvas)).toHaveValue('staffbase.role eq "admin" and staffbase.status eq "pending"');
    await waitFor(() => expect(canvas.getByRole("combobox", { name: "Field of rule 2: status is Pending" })).toHaveFocus());
    await userEvent.keyboard("{Control>}{Shift>}z{/Shift}{/Control}");
    await expect(filterText(canvas)).toHaveValue('staffbase.status eq "pending" and staffbase.role eq "admin"');

    // Add a rule with Enter, then choose its field with the keyboard.
    const add = canvas.getByRole("button", { name: "Add a rule to Filter" });
    add.focus();
    await userEvent.keyboard("{Enter}");
    await waitFor(() => expect(canvas.getByRole("combobox", { name: "Field of rule 3" })).toHaveFocus());
    await userEvent.keyboard("{Enter}");
    await page.findByRole("listbox");
    await waitFor(() => expect(page.getByRole("option", { name: "Group" })).toHaveFocus());
    await userEvent.keyboard("{ArrowDown}{Enter}");
    await expect(filterText(canvas)).toHaveValue('staffbase.status eq "pending" and staffbase.role eq "admin" and staffbase.space eq ""');

    // Alt+Delete removes the focused rule; focus goes to its neighbour.
    await userEvent.keyboard("{Alt>}{Delete}{/Alt}");
    await expect(filterText(canvas)).toHaveValue('staffbase.status eq "pending" and staffbase.role eq "admin"');
    await waitFor(() => expect(canvas.getByRole("combobox", { name: "Field of rule 2: role is Admin" })).toHaveFocus());
  },
};

/** Undo and redo by button and by Ctrl+Z / Shift+Ctrl+Z; removing a rule moves focus to its neighbour. */
export const UndoRedo: Story = {
  args: { defaultValue: 'staffbase.status eq "activated" and staffbase.role eq "admin"' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const undo = canvas.getByRole("button", { name: "Undo" });
    const redo = canvas.getByRole("button", { name: "Redo" });
    await userEvent.click(canvas.getByRole("button", { name: "Remove rule 2: role is Admin" }));
    await expect(filterText(canvas)).toHaveValue('staffbase.status eq "activated"');
    await waitFor(() => expect(canvas.getByRole("combobox", { name: "Field of rule 1: status is Activated" })).toHaveFocus());
    await expect(canvas.getByRole("status")).toHaveTextContent("Removed.");

    await userEvent.click(undo);
    await expect(filterText(canvas)).toHaveValue('staffbase.status eq "activated" and staffbase.role eq "admin"');
    await expect(undo).toBeDisabled();
    await expect(redo).toBeEnabled();
    await userEvent.click(redo);
    await expect(filterText(canvas)).toHaveValue('staffbase.status eq "activated"');

    // Anywhere in the builder but a text field (which keeps its own undo).
    canvas.getByRole("button", { name: "Add a rule to Filter" }).focus();
    await userEvent.keyboard("{Control>}z{/Control}");
    await expect(filterText(canvas)).toHaveValue('staffbase.status eq "activated" and staffbase.role eq "admin"');
    await userEvent.keyboard("{Control>}{Shift>}Z{/Shift}{/Control}");
    await expect(filterText(canvas)).toHaveValue('staffbase.status eq "activated"');
  },
};

// ---------------------------------------------------------------------------------------------
// Scale, theming, schemas, several builders, controlled use

const THOUSAND_RULES = Array.from({ length: 1000 }, (_, i) => `profile.f${i} eq "v${i}"`).join(" and ");

/** A 1,000-rule filter: editing one value re-renders that rule alone and updates the text. */
export const ThousandRules: Story = {
  args: { defaultValue: THOUSAND_RULES, showSummary: false },
  play: async ({ canvasElement }) => {
    // Attribute selectors, not Testing Library queries: computing roles or labels of ~10,000 elements takes seconds.
    const byLabel = (label: string) => {
      const found = canvasElement.querySelector<HTMLInputElement>(`[aria-label="${label}"]`);
      if (found === null) throw new Error(`No control labelled ${label}`);
      return found;
    };
    await expect(canvasElement.querySelectorAll(".sfb-rule")).toHaveLength(1000);
    const text = canvasElement.querySelector("textarea");
    await expect(text).toHaveAccessibleName("Filter text");
    await expect(text).toHaveValue(THOUSAND_RULES);

    const before = new Map(renderCounts(RuleView));
    await userEvent.type(byLabel("Value of rule 500: f499 is v499"), "!");
    await expect(text?.value).toContain('profile.f498 eq "v498" and profile.f499 eq "v499!" and profile.f500 eq "v500"');
    await expect(text).toHaveValue(THOUSAND_RULES.replace('"v499"', '"v499!"'));
    await expect(byLabel("Value of rule 500: f499 is v499!")).toHaveValue("v499!");
    // Only the edited rule re-rendered.
    const rerendered = [...renderCounts(RuleView)].filter(([id, count]) => before.get(id) !== count);
    await expect(rerendered).toHaveLength(1);
  },
};

/**
 * Theming from an ancestor: `data-theme="dark"`, `data-density="compact"` and a custom property set on a
 * wrapper, not on the builder, all apply (the defaults are on `:where(:root)`); the open picker follows.
 */
export const DarkTheme: Story = {
  args: { defaultValue: 'staffbase.role eq "Admin" and staffbase.creationType eq "ldap" and created gt "2021-01-01"', presets: staffbasePresets.slice(0, 3) },
  render: (args) => (
    <div data-theme="dark" data-density="compact" style={{ background: "#16181d", padding: 16, "--sfb-accent": "rgb(255, 170, 60)" } as CSSProperties}>
      <FilterBuilder {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const builder = canvas.getByRole("region", { name: "Filter builder" });
    await expect(getComputedStyle(builder).color).toBe("rgb(232, 234, 239)");
    await expect(getComputedStyle(canvas.getByRole("group", { name: "Filter" })).backgroundColor).toBe("rgb(29, 32, 39)");
    // The wrapper's accent and density, not the defaults.
    await expect(getComputedStyle(canvas.getByText("all (and)")).color).toBe("rgb(255, 170, 60)");
    await expect(canvas.getByRole("combobox", { name: /^Value of rule 2/ }).getBoundingClientRect().height).toBe(28);
    await userEvent.click(canvas.getByRole("combobox", { name: /^Value of rule 2/ }));
    const listbox = await page.findByRole("listbox");
    await expect(getComputedStyle(listbox.closest(".sfb-select-content") ?? listbox).backgroundColor).toBe("rgb(22, 24, 29)");
    await userEvent.click(page.getByRole("option", { name: "Single sign-on" }));
    await expect(filterText(canvas)).toHaveValue('staffbase.role eq "Admin" and staffbase.creationType eq "sso" and created gt "2021-01-01"');
  },
};

const profileSchema = withProfileFields(staffbaseUserSchema, [
  {
    id: "department",
    label: "Department",
    type: "enum",
    options: [
      { value: "engineering", label: "Engineering" },
      { value: "sales", label: "Sales" },
      { value: "hr", label: "Human resources" },
    ],
  },
  { id: "location", label: "Location", description: "Office location as entered in the profile." },
]);

/** An instance's custom profile fields, here an enum and a string, listed under "Profile". */
export const CustomProfileFields: Story = {
  args: { schema: profileSchema, defaultValue: 'profile.costCenter eq "4711"' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // A field the instance does not declare is kept, with a warning.
    await expect(canvas.getByText("profile.costCenter is not one of this instance's fields.")).toBeVisible();

    await userEvent.click(canvas.getByRole("button", { name: "Add a rule to Filter" }));
    await userEvent.click(canvas.getByRole("combobox", { name: "Field of rule 2" }));
    const profile = within(await page.findByRole("group", { name: "Profile" }));
    await expect(profile.getAllByRole("option").map(optionName)).toEqual(["Department", "Location"]);
    await expect(profile.getByRole("option", { name: "Location" })).toHaveTextContent("Office location as entered in the profile.");
    // Only the declared fields: no free "field by id" entry once the instance's fields are known.
    await expect(page.queryByRole("option", { name: /by id/ })).toBeNull();
    await userEvent.click(profile.getByRole("option", { name: "Department" }));
    await pick(canvas, /^Value of rule 2: department is/, "Human resources");
    await expect(filterText(canvas)).toHaveValue('profile.costCenter eq "4711" and profile.department eq "hr"');
    await expect(canvas.getByRole("listitem", { name: "rule 2: department is Human resources" })).toBeVisible();
  },
};

/** A generic SCIM server's User schema; a value path is a group of its attribute's sub-attributes, moved as a whole. */
export const GenericScimSchema: Story = {
  args: { schema: scimCoreUserSchema, defaultValue: 'emails[type eq "work" and value co "@example.com"] and active eq true' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const valuePath = canvas.getByRole("listitem", { name: "Value path 1: Emails" });
    await expect(within(valuePath).getByRole("combobox", { name: "Attribute of Value path 1: Emails" })).toHaveTextContent("Emails");
    await expect(within(valuePath).getByRole("listitem", { name: "rule 1.1: type is Work" })).toBeVisible();
    await expect(canvas.queryByText(/Shown as text/)).toBeNull();

    valuePath.focus();
    await userEvent.keyboard("{Alt>}{ArrowDown}{/Alt}");
    await expect(filterText(canvas)).toHaveValue('active eq true and emails[type eq "work" and value co "@example.com"]');

    await pick(canvas, "Field of rule 1: active is true", "Display name");
    await userEvent.type(canvas.getByRole("textbox", { name: /^Value of rule 1: display name is/ }), "Ada");
    await expect(filterText(canvas)).toHaveValue('displayName eq "Ada" and emails[type eq "work" and value co "@example.com"]');
  },
};

const genericScimSchema = schemaFromScim(rfc7643Schemas);
const EMPLOYEE_NUMBER = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber";
const WORK_EMAILS = 'emails[type eq "work" and value co "@example.com"]';
const WORK_EMAILS_ORG = 'emails[type eq "work" and value co "@example.org"]';

/** Any SCIM server, from its `GET /Schemas` response (RFC 7643): value paths, extension attributes, booleans, presence-only fields. */
export const GenericScimServer: Story = {
  name: "Generic SCIM server",
  args: { schema: genericScimSchema, defaultValue: WORK_EMAILS },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    // The value path is edited in place: its rules pick among the emails' sub-attributes only.
    const valuePath = canvas.getByRole("listitem", { name: "Value path 1: Emails" });
    await expect(await optionNames(canvas, "Field of rule 1.1: type is Work")).toEqual(["Value", "Display", "Type", "Primary"]);
    const value = within(valuePath).getByRole("textbox", { name: "Value of rule 1.2: value contains @example.com" });
    await userEvent.clear(value);
    await userEvent.type(value, "@example.org");
    await expect(filterText(canvas)).toHaveValue(WORK_EMAILS_ORG);
    await expect(canvas.getByRole("group", { name: /^Problems/ })).not.toHaveTextContent(/error/i);
    // Rules stay inside the brackets: out there `type` and `value` would be other attributes.
    await userEvent.click(within(valuePath).getByRole("button", { name: /^More actions for rule 1\.1: / }));
    await expect(within(valuePath).getByRole("menuitem", { name: /^Move rule 1\.1: .* out of its group$/ })).toHaveAttribute("aria-disabled", "true");
    await userEvent.keyboard("{Escape}");

    // Enterprise extension attributes are listed with readable labels, and written with their URN.
    await userEvent.click(canvas.getByRole("button", { name: "Add a rule to Filter" }));
    await userEvent.click(canvas.getByRole("combobox", { name: "Field of rule 2" }));
    const enterprise = within(await page.findByRole("group", { name: "Enterprise User" }));
    await expect(enterprise.getAllByRole("option").map(optionName)).toContain("Employee number (Enterprise User)");
    await userEvent.click(enterprise.getByRole("option", { name: "Employee number (Enterprise User)" }));
    await waitFor(() => expect(page.queryByRole("listbox")).toBeNull());
    await userEvent.type(canvas.getByRole("textbox", { name: /^Value of rule 2/ }), "4711");
    await expect(filterText(canvas)).toHaveValue(`${WORK_EMAILS_ORG} and ${EMPLOYEE_NUMBER} eq "4711"`);

    // A boolean offers true and false.
    await userEvent.click(canvas.getByRole("button", { name: "Add a rule to Filter" }));
    await pick(canvas, "Field of rule 3", "Active");
    await expect(await optionNames(canvas, /^Value of rule 3: active is/)).toEqual(["true", "false"]);
    await expect(filterText(canvas)).toHaveValue(`${WORK_EMAILS_ORG} and ${EMPLOYEE_NUMBER} eq "4711" and active eq true`);

    // A never-returned attribute can only be tested for presence.
    await pick(canvas, /^Field of rule 3/, "Password");
    await expect(await optionNames(canvas, /^Operator of rule 3: password is present/)).toEqual(["is present"]);
    await expect(canvas.queryByLabelText(/^Value of rule 3/)).toBeNull();
    const text = `${WORK_EMAILS_ORG} and ${EMPLOYEE_NUMBER} eq "4711" and password pr`;
    await expect(filterText(canvas)).toHaveValue(text);

    // A second value path, of another attribute: its rule is the first thing to fill in.
    await userEvent.click(canvas.getByRole("button", { name: "Add a value path to Filter" }));
    await pick(canvas, "Attribute of Value path 4: Emails", "Addresses");
    await waitFor(() => expect(canvas.getByRole("listitem", { name: "Value path 4: Addresses" })).toBeVisible());
    await pick(canvas, "Field of rule 4.1", "Country");
    await userEvent.type(canvas.getByRole("textbox", { name: /^Value of rule 4\.1: country/ }), "DE");
    await expect(filterText(canvas)).toHaveValue(`${text} and addresses[country eq "DE"]`);
    await expect(canvas.getByRole("group", { name: /^Problems/ })).not.toHaveTextContent(/error/i);
    await expect(args.onValueChange).toHaveBeenLastCalledWith(`${text} and addresses[country eq "DE"]`, expect.objectContaining({ valid: true }));
  },
};

/** Two builders on one page never share state: edits, undo and text stay with their own builder. */
export const TwoBuilders: Story = {
  render: (args) => (
    <div style={{ display: "grid", gap: 24 }}>
      <FilterBuilder {...args} aria-label="Audience A" defaultValue='staffbase.role eq "admin"' presets={staffbasePresets.slice(0, 2)} />
      <FilterBuilder {...args} aria-label="Audience B" presets={staffbasePresets.slice(0, 2)} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const a = within(canvas.getByRole("region", { name: "Audience A" }));
    const b = within(canvas.getByRole("region", { name: "Audience B" }));
    await userEvent.click(a.getByRole("button", { name: "Add a rule to Filter" }));
    await pick(a, "Field of rule 2", "Password");
    await expect(filterText(a)).toHaveValue('staffbase.role eq "admin" and password pr');
    await expect(filterText(b)).toHaveValue("");
    await expect(b.getByText("No conditions yet: add a rule.")).toBeVisible();
    await expect(b.getByRole("button", { name: "Undo" })).toBeDisabled();

    await userEvent.type(filterText(b), "externalId pr");
    await expect(b.getByRole("listitem", { name: "rule 1: external id is present" })).toBeVisible();
    await userEvent.click(a.getByRole("button", { name: "Undo" }));
    await expect(filterText(a)).toHaveValue('staffbase.role eq "admin"');
    await expect(filterText(b)).toHaveValue("externalId pr");
  },
};

function ControlledBuilder({ schema, onValueChange }: { schema: FilterSchema; onValueChange: (text: string, details: FilterChangeDetails) => void }) {
  const [value, setValue] = useState('staffbase.status eq "pending"');
  const [valid, setValid] = useState(true);
  return (
    <div style={{ display: "grid", gap: 16 }}>
      <FilterBuilder
        schema={schema}
        value={value}
        onValueChange={(text, details) => {
          setValue(text);
          setValid(details.valid);
          onValueChange(text, details);
        }}
      />
      <p>
        <strong>Value held by the app: </strong>
        <output aria-label="Value held by the app">{value}</output> ({valid ? "valid" : "invalid"})
      </p>
      <button type="button" onClick={() => setValue('staffbase.role eq "admin" and groups eq "604fab5e830203614e6fa59d"')}>
        Set the value from outside
      </button>
    </div>
  );
}

/** Controlled (`value` + `onValueChange`): the app holds the text, and can replace it from outside. */
export const Controlled: Story = {
  render: (args) => <ControlledBuilder schema={args.schema ?? staffbaseUserSchema} onValueChange={args.onValueChange ?? (() => undefined)} />,
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const output = canvas.getByRole("status", { name: "Value held by the app" });
    await pick(canvas, "Value of rule 1: status is Pending", "Deactivated");
    await expect(output).toHaveTextContent('staffbase.status eq "deactivated"');
    await expect(args.onValueChange).toHaveBeenLastCalledWith('staffbase.status eq "deactivated"', expect.objectContaining({ valid: true }));

    await userEvent.click(canvas.getByRole("button", { name: "Set the value from outside" }));
    await expect(filterText(canvas)).toHaveValue('staffbase.role eq "admin" and groups eq "604fab5e830203614e6fa59d"');
    await expect(canvas.getByRole("listitem", { name: "rule 2: group is member of 604fab5e830203614e6fa59d" })).toBeVisible();

    await userEvent.clear(filterText(canvas));
    await userEvent.type(filterText(canvas), "password pr");
    await expect(output).toHaveTextContent("password pr");
  },
};

const german: Partial<BuilderMessages> = {
  builderLabel: "Filtereditor",
  rule: (position, summary) => (summary === "" ? `Regel ${position}` : `Regel ${position}: ${summary}`),
  addRule: (group) => `Regel zu ${group} hinzufügen`,
  addRuleText: "+ Regel",
  addGroup: (group) => `Gruppe zu ${group} hinzufügen`,
  addGroupText: "+ Gruppe",
  notLabel: (group) => `${group} verneinen (nicht)`,
  notText: "NICHT",
  fieldLabel: (rule) => `Feld von ${rule}`,
  fieldPlaceholder: "Feld wählen…",
  operatorLabel: (rule) => `Operator von ${rule}`,
  valueLabel: (rule) => `Wert von ${rule}`,
  removeNode: (node) => `${node} entfernen`,
  emptyGroup: "Noch keine Bedingungen: füge eine Regel hinzu.",
  unfinishedRule: "Wähle ein Feld: diese Regel gehört noch nicht zum Filter.",
  dateTimeToggle: "Uhrzeit (UTC)",
  dateTimeToggleLabel: (rule) => `Uhrzeit (UTC) für ${rule}`,
  textLabel: "Filtertext",
  textHelp: "Bearbeite den Filter als Text; die Regeln folgen, sobald er gültig ist.",
  undo: "Rückgängig",
  redo: "Wiederholen",
  announce: { ...defaultMessages.announce, add: "Hinzugefügt.", remove: "Entfernt." },
};

/** A replaced dictionary: the words shown and every accessible name come from `messages`. */
export const Translated: Story = {
  args: { messages: german },
  render: (args) => (
    <div lang="de">
      <FilterBuilder {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("region", { name: "Filtereditor" })).toBeVisible();
    await expect(canvas.getByText("Noch keine Bedingungen: füge eine Regel hinzu.")).toBeVisible();
    await expect(canvas.getByRole("button", { name: "Gruppe zu Filter hinzufügen" })).toHaveTextContent("+ Gruppe");
    await userEvent.click(canvas.getByRole("button", { name: "Regel zu Filter hinzufügen" }));
    await expect(canvas.getByRole("status")).toHaveTextContent("Hinzugefügt.");
    await pick(canvas, "Feld von Regel 1", "Created");
    await userEvent.click(canvas.getByRole("checkbox", { name: "Uhrzeit (UTC) für Regel 1: created is after …" }));
    // Switching the time on starts from today at 00:00.
    const value = canvas.getByLabelText<HTMLInputElement>(/^Wert von Regel 1: created is after \d{4}-\d{2}-\d{2}T00:00$/);
    await expect(value.type).toBe("datetime-local");
    await userEvent.clear(value);
    await userEvent.type(value, "2024-01-31T08:30");
    await expect(canvas.getByRole("textbox", { name: "Filtertext" })).toHaveValue('created gt "2024-01-31T08:30"');
    await userEvent.click(canvas.getByRole("checkbox", { name: "Filter verneinen (nicht)" }));
    await expect(canvas.getByRole("textbox", { name: "Filtertext" })).toHaveValue('not (created gt "2024-01-31T08:30")');
    await userEvent.click(canvas.getByRole("button", { name: "Rückgängig" }));
    await expect(canvas.getByRole("textbox", { name: "Filtertext" })).toHaveValue('created gt "2024-01-31T08:30"');
    await expect(canvas.getByRole("button", { name: "Wiederholen" })).toBeEnabled();
  },
};

// ---------------------------------------------------------------------------------------------
// Explanation

const explainedText = 'staffbase.role eq "admin" or userName pr';
const explainedUser = { id: "u1", userName: "ann", status: "activated", role: { type: "reader" } };

/**
 * Why one user matches: each rule shows a read-only verdict with its reason; the status default is listed
 * under the rules, and a copy of the text under the text view marks the clause that decided.
 */
export const Explained: Story = {
  args: {
    defaultValue: explainedText,
    explanation: { text: explainedText, explanation: explainFilter(explainedText, explainedUser, staffbaseUserSchema) },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const role = canvas.getByRole("listitem", { name: /^rule 1:/ });
    const userName = canvas.getByRole("listitem", { name: /^rule 2:/ });
    await expect(role).toHaveClass("sfb-not-met");
    await expect(within(role).getByText("not met")).toBeVisible();
    await expect(within(role).getByText(/the user's role is reader/)).toBeVisible();
    await expect(userName).toHaveClass("sfb-met", "sfb-decisive");
    await expect(within(userName).getByText("met")).toBeVisible();
    await expect(canvas.getByText(/^Also applied:/)).toHaveTextContent("Also applied: status is activated (default) — met");
    // Under the text, a copy with the clause that decided the result marked, its verdict in words too.
    const deciding = canvas.getByRole("figure", { name: "Deciding clauses" });
    await expect(deciding).toHaveTextContent(`${explainedText} (met)`);
    await expect(deciding.querySelectorAll("mark")).toHaveLength(1);
    const mark = deciding.querySelector("mark");
    await expect(mark).toHaveClass("sfb-met");
    await expect(mark).toHaveTextContent(/^userName pr \(met\)$/);
    await expect(mark?.querySelector(".sfb-visually-hidden")).toHaveTextContent("(met)");
    // Another text: the explanation no longer applies and its badges and marks go.
    await userEvent.type(filterText(canvas), " and userName pr");
    await waitFor(() => expect(within(canvas.getByRole("listitem", { name: /^rule 1:/ })).queryByText("not met")).toBeNull());
    await expect(canvas.queryByRole("figure", { name: "Deciding clauses" })).toBeNull();
  },
};

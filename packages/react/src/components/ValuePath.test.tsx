import { rfc7643Schemas, schemaFromScim, staffbaseUserSchema } from "@scim-filter/core";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { choose, filterText, menuItem, optionLabels, rule } from "../test/builder.js";
import { FilterBuilder } from "./FilterBuilder.js";
import { RuleView } from "./RuleView.js";
import { renderCounts } from "../test/render-counter.js";

const schema = schemaFromScim(rfc7643Schemas);
const WORK_EMAILS = 'emails[type eq "work" and value co "@example.com"]';

function valuePath(name: string): HTMLElement {
  return screen.getByRole("listitem", { name });
}

describe("value paths", () => {
  it("edits a value path as a group of its sub-attributes, headed by its attribute", async () => {
    const user = userEvent.setup();
    render(<FilterBuilder schema={schema} defaultValue={WORK_EMAILS} />);
    const group = valuePath("Value path 1: Emails");
    expect(group).toHaveClass("sfb-group", "sfb-value-path");
    expect(within(group).getByRole("combobox", { name: "Attribute of Value path 1: Emails" })).toHaveTextContent("Emails");
    expect(within(group).getByText("where")).toBeInTheDocument();
    expect(within(group).getByRole("group", { name: "Combine the conditions of Value path 1: Emails with" })).toBeInTheDocument();
    expect(rule("1.1")).toHaveAccessibleName("rule 1.1: type is Work");
    expect(rule("1.2")).toHaveAccessibleName("rule 1.2: value contains @example.com");
    expect(screen.queryByText(/Shown as text/)).not.toBeInTheDocument();

    // The field picker inside offers only the emails' sub-attributes.
    await user.click(screen.getByRole("combobox", { name: "Field of rule 1.1: type is Work" }));
    expect(optionLabels()).toEqual(["Value", "Display", "Type", "Primary"]);
    await user.keyboard("{Escape}");

    // Editing a value inside updates the text, and re-renders that rule alone.
    renderCounts(RuleView).clear();
    await user.type(screen.getByRole("textbox", { name: /^Value of rule 1\.2:/ }), "m");
    expect(filterText()).toHaveValue('emails[type eq "work" and value co "@example.comm"]');
    expect([...renderCounts(RuleView).keys()]).toHaveLength(1);

    await choose(user, screen.getByRole("combobox", { name: "Value of rule 1.1: type is Work" }), "Home");
    await user.click(within(group).getByRole("radio", { name: "any (or)" }));
    expect(filterText()).toHaveValue('emails[type eq "home" or value co "@example.comm"]');
    await user.click(screen.getByRole("checkbox", { name: "Negate Value path 1: Emails (not)" }));
    expect(filterText()).toHaveValue('not (emails[type eq "home" or value co "@example.comm"])');
  });

  it("adds a value path with the button, and fills its first rule", async () => {
    const user = userEvent.setup();
    render(<FilterBuilder schema={schema} defaultValue="userName pr" />);
    await user.click(screen.getByRole("button", { name: "Add a value path to Filter" }));
    expect(valuePath("Value path 2: Emails")).toBeInTheDocument();
    const field = screen.getByRole("combobox", { name: "Field of rule 2.1" });
    expect(field).toHaveFocus();
    expect(filterText()).toHaveValue("userName pr");
    await choose(user, field, "Value");
    await user.type(screen.getByRole("textbox", { name: /^Value of rule 2\.1: value/ }), "@example.com");
    expect(filterText()).toHaveValue('userName pr and emails[value eq "@example.com"]');
  });

  it("offers no value path inside a value path, nor for schemas without sub-attributes", async () => {
    const user = userEvent.setup();
    const { unmount } = render(<FilterBuilder schema={schema} defaultValue={WORK_EMAILS} />);
    const group = valuePath("Value path 1: Emails");
    expect(within(group).getByRole("button", { name: "Add a rule to Value path 1: Emails" })).toBeInTheDocument();
    await user.click(within(group).getByRole("button", { name: "Add a group to Value path 1: Emails" }));
    expect(screen.getAllByRole("button", { name: /^Add a value path to/ }).map((button) => button.getAttribute("aria-label"))).toEqual(["Add a value path to Filter"]);
    // The new plain group inside picks sub-attributes too.
    await user.click(screen.getByRole("combobox", { name: "Field of rule 1.3.1" }));
    expect(optionLabels()).toEqual(["Value", "Display", "Type", "Primary"]);
    await user.keyboard("{Escape}");
    unmount();

    render(<FilterBuilder schema={staffbaseUserSchema} defaultValue="userName pr" />);
    expect(screen.queryByRole("button", { name: /value path/ })).not.toBeInTheDocument();
  });

  it("changes the attribute, starting over with one empty rule", async () => {
    const user = userEvent.setup();
    render(<FilterBuilder schema={schema} defaultValue={`userName pr and ${WORK_EMAILS}`} />);
    await choose(user, screen.getByRole("combobox", { name: "Attribute of Value path 2: Emails" }), "Phone numbers");
    const group = valuePath("Value path 2: Phone numbers");
    expect(within(group).getAllByRole("listitem", { name: /^rule / })).toHaveLength(1);
    expect(filterText()).toHaveValue("userName pr");
    await choose(user, screen.getByRole("combobox", { name: "Field of rule 2.1" }), "Type");
    await user.click(screen.getByRole("combobox", { name: /^Value of rule 2\.1: type/ }));
    expect(optionLabels()).toContain("Mobile");
    await user.click(screen.getByRole("option", { name: "Mobile" }));
    expect(filterText()).toHaveValue('userName pr and phoneNumbers[type eq "mobile"]');
  });

  it("keeps rules inside the brackets: outdent is disabled there, and Alt+← does nothing", async () => {
    const user = userEvent.setup();
    render(<FilterBuilder schema={schema} defaultValue={`userName pr and ${WORK_EMAILS}`} />);
    const inner = rule("2.1");
    expect(await menuItem(user, "Move rule 2.1: type is Work out of its group", inner)).toHaveAttribute("aria-disabled", "true");
    inner.focus();
    await user.keyboard("{Alt>}{ArrowLeft}{/Alt}");
    expect(filterText()).toHaveValue(`userName pr and ${WORK_EMAILS}`);
    expect(screen.getByRole("button", { name: "Undo" })).toBeDisabled();

    // Alt+→ next to the value path makes a new group rather than entering the brackets.
    rule("1").focus();
    await user.keyboard("{Alt>}{ArrowDown}{/Alt}");
    expect(filterText()).toHaveValue(`${WORK_EMAILS} and userName pr`);
    rule("2").focus();
    await user.keyboard("{Alt>}{ArrowRight}{/Alt}");
    expect(screen.getByRole("listitem", { name: "group 2" })).toBeInTheDocument();
    expect(within(valuePath("Value path 1: Emails")).getAllByRole("listitem", { name: /^rule / })).toHaveLength(2);
    expect(filterText()).toHaveValue(`${WORK_EMAILS} and userName pr`);
  });

  it("shows problems with the attribute at the value path, with their fix", async () => {
    const user = userEvent.setup();
    render(<FilterBuilder schema={schema} defaultValue='EMAILS[type eq "work"]' />);
    const group = valuePath("Value path 1: Emails");
    expect(within(group).getByText(/EMAILS works \(attribute names are case-insensitive\)/)).toBeInTheDocument();
    await user.click(within(group).getByRole("button", { name: "Spell it emails" }));
    expect(filterText()).toHaveValue('emails[type eq "work"]');
  });
});

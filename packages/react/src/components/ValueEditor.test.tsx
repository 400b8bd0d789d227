import { staffbaseUserSchema, withProfileFields } from "@scim-filter/core";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { choose, filterText, optionLabels, rule } from "../test/builder.js";
import { FilterBuilder } from "./FilterBuilder.js";

const schema = withProfileFields(staffbaseUserSchema, [
  { id: "manager", label: "Is manager", type: "boolean" },
  { id: "level", label: "Level", type: "number" },
  { id: "department", label: "Department" },
]);

describe("value editors", () => {
  it("enum: field → operator → value from the allowed values", async () => {
    const user = userEvent.setup();
    render(<FilterBuilder schema={schema} />);
    await user.click(screen.getByRole("button", { name: "Add a rule to Filter" }));
    await choose(user, screen.getByRole("combobox", { name: "Field of rule 1" }), "Status");
    // The only operator enums allow here is "is".
    await user.click(screen.getByRole("combobox", { name: /^Operator of rule 1: status is/ }));
    expect(optionLabels()).toEqual(["is"]);
    await user.click(screen.getByRole("option", { name: "is" }));
    const value = screen.getByRole("combobox", { name: /^Value of rule 1: status is/ });
    expect(value).toHaveTextContent("Choose a value…");
    await user.click(value);
    expect(optionLabels()).toEqual(["Activated", "Pending", "Deactivated", "Contact"]);
    await user.click(screen.getByRole("option", { name: "Pending" }));
    expect(filterText()).toHaveValue('staffbase.status eq "pending"');
    expect(screen.getByRole("combobox", { name: "Value of rule 1: status is Pending" })).toHaveTextContent("Pending");
  });

  it("enum: a value outside the list (typed as text) is shown, marked invalid, not dropped", async () => {
    const user = userEvent.setup();
    render(<FilterBuilder schema={schema} defaultValue='staffbase.role eq "boss"' />);
    const value = screen.getByRole("combobox", { name: "Value of rule 1: role is boss" });
    expect(value).toHaveTextContent("boss");
    expect(value).toHaveAttribute("aria-invalid", "true");
    await user.click(value);
    expect(optionLabels()).toContain("boss");
    await user.click(screen.getByRole("option", { name: "Admin" }));
    expect(filterText()).toHaveValue('staffbase.role eq "admin"');
    expect(screen.getByRole("combobox", { name: "Value of rule 1: role is Admin" })).not.toHaveAttribute("aria-invalid");
  });

  it("boolean: defaults to true and offers true and false", async () => {
    const user = userEvent.setup();
    render(<FilterBuilder schema={schema} />);
    await user.click(screen.getByRole("button", { name: "Add a rule to Filter" }));
    await choose(user, screen.getByRole("combobox", { name: "Field of rule 1" }), "Is manager");
    expect(filterText()).toHaveValue("profile.manager eq true");
    const value = screen.getByRole("combobox", { name: "Value of rule 1: is manager is true" });
    await user.click(value);
    expect(optionLabels()).toEqual(["true", "false"]);
    await user.click(screen.getByRole("option", { name: "false" }));
    expect(filterText()).toHaveValue("profile.manager eq false");
  });

  it("number: numbers become JSON numbers, decimals can be typed, other text is kept as typed", async () => {
    const user = userEvent.setup();
    render(<FilterBuilder schema={schema} defaultValue='profile.level eq ""' />);
    const input = screen.getByRole("textbox", { name: /^Value of rule 1: level is/ });
    await user.type(input, "-1.05");
    expect(input).toHaveValue("-1.05");
    expect(filterText()).toHaveValue("profile.level eq -1.05");
    await user.type(input, "x");
    expect(input).toHaveValue("-1.05x");
    // Kept as a string, and marked: the field expects a number.
    expect(filterText()).toHaveValue('profile.level eq "-1.05x"');
    expect(input).toHaveAttribute("aria-invalid", "true");
    await user.clear(input);
    await user.type(input, "12");
    expect(filterText()).toHaveValue("profile.level eq 12");
    expect(input).not.toHaveAttribute("aria-invalid");
  });

  it("number: shows a value changed elsewhere (text, undo) instead of the last typed spelling", async () => {
    const user = userEvent.setup();
    render(<FilterBuilder schema={schema} defaultValue="profile.level eq 1" />);
    const input = screen.getByRole("textbox", { name: /^Value of rule 1: level is/ });
    await user.type(input, ".50");
    expect(input).toHaveValue("1.50");
    expect(filterText()).toHaveValue("profile.level eq 1.5");
    await user.click(screen.getByRole("button", { name: "Undo" }));
    expect(filterText()).toHaveValue("profile.level eq 1");
    expect(screen.getByRole("textbox", { name: /^Value of rule 1: level is/ })).toHaveValue("1");
  });

  it("string: a free text input, kept exactly as typed", async () => {
    const user = userEvent.setup();
    render(<FilterBuilder schema={schema} defaultValue='profile.department eq ""' />);
    const input = screen.getByRole("textbox", { name: /^Value of rule 1: department is/ });
    await user.type(input, ' Sales "EU" ');
    expect(input).toHaveValue(' Sales "EU" ');
    expect(filterText()).toHaveValue('profile.department eq " Sales \\"EU\\" "');
  });

  it("changing the field to another kind resets operator and value", async () => {
    const user = userEvent.setup();
    render(<FilterBuilder schema={schema} defaultValue='staffbase.role eq "admin"' />);
    await choose(user, screen.getByRole("combobox", { name: "Field of rule 1: role is Admin" }), "Status");
    expect(filterText()).toHaveValue('staffbase.status eq ""');
    expect(screen.getByRole("combobox", { name: /^Value of rule 1: status is/ })).toHaveTextContent("Choose a value…");
    // A date is another kind of field: it starts from its own first operator ("is after").
    await choose(user, screen.getByRole("combobox", { name: /^Field of rule 1: status is/ }), "Created");
    expect(filterText()).toHaveValue('created gt ""');
    // userName allows pr only: the operator follows and the value editor goes away.
    await choose(user, screen.getByRole("combobox", { name: /^Field of rule 1: created/ }), "User name");
    expect(filterText()).toHaveValue("userName pr");
    expect(within(rule("1")).queryByRole("textbox")).not.toBeInTheDocument();
    expect(within(rule("1")).queryByRole("combobox", { name: /^Value/ })).not.toBeInTheDocument();
  });
});

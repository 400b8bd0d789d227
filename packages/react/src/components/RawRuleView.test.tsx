import { staffbaseUserSchema } from "@scim-filter/core";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { filterText, menuItem, rule, rules } from "../test/builder.js";
import { FilterBuilder } from "./FilterBuilder.js";

describe("raw rules", () => {
  it("shows a value path without a schema (no sub-attributes known) as read-only text that can still be moved and removed", async () => {
    const user = userEvent.setup();
    render(<FilterBuilder defaultValue='userName pr and emails[type eq "work" and value co "@example.com"]' />);
    const raw = rule("2");
    expect(raw).toHaveAccessibleName('rule 2: emails[type eq "work" and value co "@example.com"]');
    expect(within(raw).getByLabelText('Filter text of rule 2: emails[type eq "work" and value co "@example.com"]')).toHaveTextContent('emails[type eq "work" and value co "@example.com"]');
    expect(within(raw).getByText("Shown as text: value paths are edited only for attributes whose sub-attributes the schema lists.")).toBeInTheDocument();
    expect(within(raw).queryByRole("textbox")).not.toBeInTheDocument();
    expect(within(raw).queryByRole("combobox")).not.toBeInTheDocument();

    await user.click(await menuItem(user, /^Move rule 2: emails\[.*\] up$/, raw));
    expect(filterText()).toHaveValue('emails[type eq "work" and value co "@example.com"] and userName pr');
    await user.click(screen.getByRole("button", { name: /^Remove rule 1: emails\[/ }));
    expect(filterText()).toHaveValue("userName pr");
    expect(rules()).toHaveLength(1);
  });

  it("shows an attribute the schema does not know as text with its diagnostic, and fixes it into a rule", async () => {
    const user = userEvent.setup();
    render(<FilterBuilder schema={staffbaseUserSchema} defaultValue='staffbase.rol eq "admin" and userName pr' />);
    const raw = rule("1");
    expect(raw).toHaveClass("sfb-raw");
    expect(within(raw).getByText("Shown as text: the schema has no such attribute.")).toBeInTheDocument();
    expect(within(raw).getByText(/has no filterable attribute staffbase\.rol/)).toBeInTheDocument();
    await user.click(within(raw).getByRole("button", { name: /staffbase\.role/ }));
    expect(filterText()).toHaveValue('staffbase.role eq "admin" and userName pr');
    // Now the rule editor can show it.
    expect(screen.getByRole("combobox", { name: "Field of rule 1: role is Admin" })).toBeInTheDocument();
    expect(screen.queryByText("Shown as text: the schema has no such attribute.")).not.toBeInTheDocument();
  });

  it("keeps a value path the schema rejects, with its error at the rule", () => {
    render(<FilterBuilder schema={staffbaseUserSchema} defaultValue='emails[type eq "work"]' />);
    const raw = rule("1");
    const error = within(raw).getByText(/emails/, { selector: ".sfb-diagnostic-message" });
    expect(error.closest("li")).toHaveAttribute("data-code", "value-path-not-allowed");
    expect(filterText()).toHaveValue('emails[type eq "work"]');
  });
});

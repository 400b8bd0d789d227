import { staffbaseUserSchema, withProfileFields } from "@scim-filter/core";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { choose, filterText, optionLabels, rule } from "../test/builder.js";
import { FilterBuilder } from "./FilterBuilder.js";

const schema = staffbaseUserSchema;

/** The open picker's option labels under each heading. */
function groupedOptions(): Record<string, string[]> {
  const listbox = screen.getByRole("listbox");
  const result: Record<string, string[]> = {};
  for (const heading of within(listbox).getAllByRole("group")) {
    const name = document.getElementById(heading.getAttribute("aria-labelledby") ?? "")?.textContent ?? "";
    result[name] = within(heading)
      .getAllByRole("option")
      .map((option) => document.getElementById(option.getAttribute("aria-labelledby") ?? "")?.textContent ?? "");
  }
  return result;
}

describe("field picker", () => {
  it("lists the schema's attributes grouped and labelled", async () => {
    const user = userEvent.setup();
    render(<FilterBuilder schema={schema} defaultValue="userName pr" />);
    await user.click(screen.getByRole("combobox", { name: "Field of rule 1: user name is present" }));
    expect(groupedOptions()).toEqual({
      Membership: ["Group", "Space"],
      Account: ["Role", "Status", "Creation type"],
      Dates: ["Created", "Updated", "Deactivated"],
      "Sign-in": ["Email", "User name", "External id", "Password", "Recovery code"],
      Profile: ["Other profile field (by id)…"],
    });
    expect(screen.getByRole("option", { name: "User name" })).toHaveAttribute("aria-selected", "true");
    // Descriptions are shown beside the label but are not part of the option's name.
    expect(within(screen.getByRole("option", { name: "Group" })).getByText("Membership in a group, by group id.")).toBeInTheDocument();
  });

  it("lists an instance's profile fields by label instead of the free id entry", async () => {
    const user = userEvent.setup();
    render(<FilterBuilder schema={withProfileFields(schema, [{ id: "dept", label: "Department" }, { id: "floor", label: "Floor", type: "number" }])} defaultValue="userName pr" />);
    await user.click(screen.getByRole("combobox", { name: /^Field of rule 1/ }));
    expect(groupedOptions().Profile).toEqual(["Department", "Floor"]);
    await user.click(screen.getByRole("option", { name: "Floor" }));
    expect(filterText()).toHaveValue('profile.floor eq ""');
  });

  it("takes a custom profile field by its id: unfinished until the id is typed", async () => {
    const user = userEvent.setup();
    render(<FilterBuilder schema={schema} />);
    await user.click(screen.getByRole("button", { name: "Add a rule to Filter" }));
    await choose(user, screen.getByRole("combobox", { name: "Field of rule 1" }), "Other profile field (by id)…");
    expect(within(rule("1")).getByText("Choose a field: this rule is not part of the filter yet.")).toBeInTheDocument();
    expect(screen.queryByRole("combobox", { name: /^Operator of rule 1/ })).not.toBeInTheDocument();
    expect(filterText()).toHaveValue("");

    const fieldId = screen.getByRole("textbox", { name: /^profile field id of rule 1/ });
    await user.type(fieldId, "costCenter");
    expect(fieldId).toHaveFocus();
    expect(fieldId).toHaveValue("costCenter");
    expect(filterText()).toHaveValue('profile.costCenter eq ""');
    expect(screen.queryByText("Choose a field: this rule is not part of the filter yet.")).not.toBeInTheDocument();
    await user.type(screen.getByRole("textbox", { name: /^Value of rule 1:/ }), "4711");
    expect(filterText()).toHaveValue('profile.costCenter eq "4711"');
    // The field picker shows the custom entry for it.
    expect(screen.getByRole("combobox", { name: /^Field of rule 1/ })).toHaveTextContent("Other profile field (by id)…");
  });

  it("is a text box without a schema, and every operator is offered", async () => {
    const user = userEvent.setup();
    render(<FilterBuilder />);
    await user.click(screen.getByRole("button", { name: "Add a rule to Filter" }));
    const field = screen.getByRole("textbox", { name: "Field of rule 1" });
    await user.type(field, "name.givenName");
    expect(field).toHaveFocus();
    expect(filterText()).toHaveValue('name.givenName eq ""');
    await user.click(screen.getByRole("combobox", { name: /^Operator of rule 1/ }));
    expect(optionLabels()).toEqual(["is", "is not", "contains", "starts with", "ends with", "is greater than", "is less than", "is at least", "is at most", "is present"]);
  });

  it("works by keyboard alone", async () => {
    const user = userEvent.setup();
    render(<FilterBuilder schema={schema} />);
    screen.getByRole("button", { name: "Add a rule to Filter" }).focus();
    await user.keyboard("{Enter}");
    const field = screen.getByRole("combobox", { name: "Field of rule 1" });
    expect(field).toHaveFocus();
    await user.keyboard("{Enter}");
    await screen.findByRole("listbox");
    // Group, Space, Role.
    await user.keyboard("{ArrowDown}{ArrowDown}{Enter}");
    expect(screen.queryByRole("listbox")).not.toBeInTheDocument();
    expect(filterText()).toHaveValue('staffbase.role eq ""');
    expect(screen.getByRole("combobox", { name: /^Field of rule 1: role is/ })).toHaveFocus();
  });
});

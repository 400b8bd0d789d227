import { staffbaseUserSchema } from "@scim-filter/core";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { choose, filterText, group, rule, rules } from "../test/builder.js";
import { FilterBuilder } from "./FilterBuilder.js";

const schema = staffbaseUserSchema;

describe("groups", () => {
  it("adds a group with the other combinator and one empty rule, and fills it", async () => {
    const user = userEvent.setup();
    render(<FilterBuilder schema={schema} defaultValue="userName pr" />);
    await user.click(screen.getByRole("button", { name: "Add a group to Filter" }));
    const added = group("2");
    expect(within(added).getByRole("radio", { name: "any (or)" })).toBeChecked();
    expect(within(added).getAllByRole("listitem", { name: /^rule / })).toHaveLength(1);
    // The empty rule is not part of the text yet.
    expect(filterText()).toHaveValue("userName pr");

    await choose(user, screen.getByRole("combobox", { name: "Field of rule 2.1" }), "Password");
    await user.click(within(added).getByRole("button", { name: "Add a rule to group 2" }));
    await choose(user, screen.getByRole("combobox", { name: "Field of rule 2.2" }), "Email");
    expect(filterText()).toHaveValue("userName pr and (password pr or emails pr)");
    expect(screen.getByRole("list", { name: "group 2" })).toBeInTheDocument();
  });

  it("switches the combinator with its radio buttons", async () => {
    const user = userEvent.setup();
    render(<FilterBuilder schema={schema} defaultValue="userName pr and password pr" />);
    const combinator = screen.getByRole("group", { name: "Combine the conditions of Filter with" });
    expect(within(combinator).getByRole("radio", { name: "all (and)" })).toBeChecked();
    await user.click(within(combinator).getByRole("radio", { name: "any (or)" }));
    expect(filterText()).toHaveValue("userName pr or password pr");
    expect(within(combinator).getByRole("radio", { name: "any (or)" })).toBeChecked();
    expect(within(combinator).getByRole("radio", { name: "all (and)" })).not.toBeChecked();
    // Arrow keys move between the radio buttons, as for any radio group.
    await user.keyboard("{ArrowLeft}");
    expect(filterText()).toHaveValue("userName pr and password pr");
  });

  it("negates a group with its NOT toggle", async () => {
    const user = userEvent.setup();
    render(<FilterBuilder schema={schema} defaultValue="userName pr and (password pr or emails pr)" />);
    const toggle = screen.getByRole("checkbox", { name: "Negate group 2 (not)" });
    expect(toggle).not.toBeChecked();
    await user.click(toggle);
    expect(toggle).toBeChecked();
    expect(filterText()).toHaveValue("userName pr and not (password pr or emails pr)");
    expect(group("2")).toHaveClass("sfb-negated");

    // The root can be negated too.
    await user.click(screen.getByRole("checkbox", { name: "Negate Filter (not)" }));
    expect(filterText()).toHaveValue("not (userName pr and not (password pr or emails pr))");
    await user.click(toggle);
    expect(filterText()).toHaveValue("not (userName pr and (password pr or emails pr))");
  });

  it("shows a negated single rule as a negated group", () => {
    render(<FilterBuilder schema={schema} defaultValue="userName pr and not (password pr)" />);
    expect(screen.getByRole("checkbox", { name: "Negate group 2 (not)" })).toBeChecked();
    expect(rule("2.1")).toHaveAccessibleName("rule 2.1: password is present");
  });

  it("removes a group with everything in it", async () => {
    const user = userEvent.setup();
    render(<FilterBuilder schema={schema} defaultValue="userName pr and (password pr or emails pr) and externalId pr" />);
    await user.click(screen.getByRole("button", { name: "Remove group 2" }));
    expect(filterText()).toHaveValue("userName pr and externalId pr");
    expect(screen.queryByRole("listitem", { name: "group 2" })).not.toBeInTheDocument();
    expect(rules().map((item) => item.getAttribute("aria-label"))).toEqual(["rule 1: user name is present", "rule 2: external id is present"]);
  });

  it("says so when a group is empty", async () => {
    const user = userEvent.setup();
    render(<FilterBuilder schema={schema} defaultValue="userName pr" />);
    expect(screen.queryByText("No conditions yet: add a rule.")).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Remove rule 1: user name is present" }));
    expect(screen.getByText("No conditions yet: add a rule.")).toBeInTheDocument();
    expect(filterText()).toHaveValue("");
  });
});

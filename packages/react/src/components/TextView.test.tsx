import { staffbaseUserSchema } from "@scim-filter/core";
import { fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { choose, filterText, rule, rules } from "../test/builder.js";
import { FilterBuilder } from "./FilterBuilder.js";

const schema = staffbaseUserSchema;

function names(): string[] {
  return rules().map((item) => item.getAttribute("aria-label") ?? "");
}

describe("text view", () => {
  it("updates the rules as valid text is typed, keeping the text as typed", async () => {
    const user = userEvent.setup();
    render(<FilterBuilder schema={schema} />);
    expect(filterText()).toHaveAccessibleDescription("Edit the filter as text; the rules follow as soon as it is valid.");
    await user.type(filterText(), "userName  PR OR (password pr AND emails pr)");
    expect(filterText()).toHaveValue("userName  PR OR (password pr AND emails pr)");
    expect(names()).toEqual(["rule 1: user name is present", "rule 2.1: password is present", "rule 2.2: email is present"]);
    expect(within(screen.getByRole("group", { name: "Filter" })).getAllByRole("radio", { checked: true }).map((radio) => radio.getAttribute("value"))).toEqual(["or", "and"]);
  });

  it("shows a syntax error with its line and column and keeps the last valid rules", async () => {
    const user = userEvent.setup();
    render(<FilterBuilder schema={schema} defaultValue="userName pr" />);
    fireEvent.change(filterText(), { target: { value: 'userName pr and\n  staffbase.role eq admin' } });
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent(/^Syntax error: .*line 2, column 21, but found "admin"/);
    expect(filterText()).toHaveAttribute("aria-invalid", "true");
    expect(filterText().getAttribute("aria-describedby")?.split(" ")).toContain(alert.id);
    // A code frame points at the place.
    expect(alert.querySelector("pre")?.textContent).toContain("staffbase.role eq admin");
    expect(names()).toEqual(["rule 1: user name is present"]);
    // The text stays as the user typed it, and the rules stay editable.
    expect(filterText()).toHaveValue('userName pr and\n  staffbase.role eq admin');

    await user.type(filterText(), "{Backspace}{Backspace}{Backspace}{Backspace}{Backspace}\"admin\"");
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(filterText()).not.toHaveAttribute("aria-invalid");
    expect(names()).toEqual(["rule 1: user name is present", "rule 2: role is Admin"]);
  });

  it("replaces the text with the tree's canonical text when a rule is edited", async () => {
    const user = userEvent.setup();
    render(<FilterBuilder schema={schema} defaultValue='  staffbase.role  EQ "admin"  AND userName PR' />);
    expect(filterText()).toHaveValue('  staffbase.role  EQ "admin"  AND userName PR');
    await choose(user, screen.getByRole("combobox", { name: "Value of rule 1: role is Admin" }), "Editor");
    expect(filterText()).toHaveValue('staffbase.role eq "editor" and userName pr');
    await user.click(screen.getByRole("button", { name: "Add a rule to Filter" }));
    await choose(user, screen.getByRole("combobox", { name: "Field of rule 3" }), "Password");
    expect(filterText()).toHaveValue('staffbase.role eq "editor" and userName pr and password pr');
  });

  it("replaces invalid text when the rules are edited", async () => {
    const user = userEvent.setup();
    render(<FilterBuilder schema={schema} defaultValue="userName pr and password pr" />);
    await user.type(filterText(), " or (");
    expect(screen.getByRole("alert")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Remove rule 2: password is present" }));
    expect(filterText()).toHaveValue("userName pr");
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("empties the rules when the text is cleared, and keeps them for an invalid text from the start", () => {
    render(<FilterBuilder schema={schema} defaultValue="userName pr" />);
    fireEvent.change(filterText(), { target: { value: "   " } });
    expect(rules()).toHaveLength(0);
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    fireEvent.change(filterText(), { target: { value: "userName pr" } });
    expect(rule("1")).toHaveAccessibleName("rule 1: user name is present");
  });

  it("shows an invalid default value as text with its error", () => {
    render(<FilterBuilder schema={schema} defaultValue="userName pr and" />);
    expect(filterText()).toHaveValue("userName pr and");
    expect(screen.getByRole("alert")).toHaveTextContent("line 1, column 16");
    expect(rules()).toHaveLength(0);
  });

  it("can be hidden", () => {
    render(<FilterBuilder schema={schema} defaultValue="userName pr" showText={false} />);
    expect(screen.queryByRole("textbox", { name: "Filter text" })).not.toBeInTheDocument();
    expect(rules()).toHaveLength(1);
  });
});

import { staffbaseUserSchema } from "@scim-filter/core";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { filterText, rules } from "../test/builder.js";
import { FilterBuilder } from "./FilterBuilder.js";

const schema = staffbaseUserSchema;

function undoButton(): HTMLElement {
  return screen.getByRole("button", { name: "Undo" });
}

function redoButton(): HTMLElement {
  return screen.getByRole("button", { name: "Redo" });
}

describe("undo and redo", () => {
  it("undoes and redoes with the buttons, which are disabled when there is nothing to do", async () => {
    const user = userEvent.setup();
    render(<FilterBuilder schema={schema} defaultValue="userName pr and password pr" />);
    expect(undoButton()).toBeDisabled();
    expect(redoButton()).toBeDisabled();
    expect(undoButton()).toHaveAttribute("aria-keyshortcuts", "Control+Z Meta+Z");

    await user.click(screen.getByRole("button", { name: "Remove rule 1: user name is present" }));
    await user.click(screen.getByRole("checkbox", { name: "Negate Filter (not)" }));
    expect(filterText()).toHaveValue("not (password pr)");

    await user.click(undoButton());
    expect(filterText()).toHaveValue("password pr");
    expect(redoButton()).toBeEnabled();
    await user.click(undoButton());
    expect(filterText()).toHaveValue("userName pr and password pr");
    expect(rules()).toHaveLength(2);
    expect(undoButton()).toBeDisabled();

    await user.click(redoButton());
    expect(filterText()).toHaveValue("password pr");
    await user.click(redoButton());
    expect(filterText()).toHaveValue("not (password pr)");
    expect(redoButton()).toBeDisabled();
  });

  it("undoes with Ctrl+Z and redoes with Shift+Ctrl+Z or Cmd, anywhere in the builder but text fields", async () => {
    const user = userEvent.setup();
    render(<FilterBuilder schema={schema} defaultValue="userName pr" />);
    await user.click(screen.getByRole("button", { name: "Add a rule to Filter" }));
    expect(rules()).toHaveLength(2);
    // Focus is on the new rule's field picker now.
    await user.keyboard("{Control>}z{/Control}");
    expect(rules()).toHaveLength(1);
    screen.getByRole("button", { name: "More actions for rule 1: user name is present" }).focus();
    await user.keyboard("{Shift>}{Control>}z{/Control}{/Shift}");
    expect(rules()).toHaveLength(2);
    await user.keyboard("{Meta>}z{/Meta}");
    expect(rules()).toHaveLength(1);
    await user.keyboard("{Shift>}{Meta>}Z{/Meta}{/Shift}");
    expect(rules()).toHaveLength(2);
    // A plain z does nothing.
    screen.getByRole("button", { name: "Undo" }).focus();
    await user.keyboard("z");
    expect(rules()).toHaveLength(2);
  });

  it("leaves Ctrl+Z in the text view and in value inputs to the text field", async () => {
    const user = userEvent.setup();
    render(<FilterBuilder schema={schema} defaultValue='userName pr and profile.dept eq "x"' />);
    await user.click(screen.getByRole("button", { name: "Remove rule 1: user name is present" }));
    expect(filterText()).toHaveValue('profile.dept eq "x"');

    await user.click(filterText());
    await user.keyboard("{Control>}z{/Control}");
    expect(filterText()).toHaveValue('profile.dept eq "x"');
    expect(rules()).toHaveLength(1);

    await user.click(screen.getByRole("textbox", { name: /^Value of rule 1:/ }));
    await user.keyboard("{Control>}z{/Control}");
    expect(rules()).toHaveLength(1);
    expect(undoButton()).toBeEnabled();
  });

  it("undoes a run of typing in the text view as one step, with the text as it was typed", async () => {
    const user = userEvent.setup();
    render(<FilterBuilder schema={schema} defaultValue="userName pr" />);
    await user.click(screen.getByRole("button", { name: "Add a group to Filter" }));
    await user.click(filterText());
    await user.keyboard("{Control>}a{/Control}");
    await user.keyboard("password  PR or emails pr");
    expect(rules()).toHaveLength(2);
    await user.click(undoButton());
    // Back to before the typing: one group with an unfinished rule, and the text it had.
    expect(filterText()).toHaveValue("userName pr");
    expect(screen.getByRole("listitem", { name: "group 2" })).toBeInTheDocument();
    await user.click(redoButton());
    expect(filterText()).toHaveValue("password  PR or emails pr");
    expect(rules().map((item) => item.getAttribute("aria-label"))).toEqual(["rule 1: password is present", "rule 2: email is present"]);
  });

  it("undoes an edit made while the text was invalid back to that text and its error", async () => {
    const user = userEvent.setup();
    render(<FilterBuilder schema={schema} defaultValue="userName pr" />);
    await user.type(filterText(), " and");
    expect(screen.getByRole("alert")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Add a rule to Filter" }));
    // The builder edit replaces the invalid text with the tree's text.
    expect(filterText()).toHaveValue("userName pr");
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    await user.click(undoButton());
    expect(rules()).toHaveLength(1);
    expect(filterText()).toHaveValue("userName pr and");
    expect(screen.getByRole("alert")).toHaveTextContent("line 1, column 16");
  });
});

// `value` as React's <input value> has it: the parent decides what the builder shows.
import type { Filter } from "@scim-filter/core";
import { parseFilter, staffbaseUserSchema } from "@scim-filter/core";
import { fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { choose, filterText, rules } from "../test/builder.js";
import { FilterBuilder } from "./FilterBuilder.js";
import type { FilterChangeDetails } from "./FilterBuilderProvider.js";

const schema = staffbaseUserSchema;

function names(): string[] {
  return rules().map((item) => item.getAttribute("aria-label") ?? "");
}

const undoButton = () => screen.getByRole("button", { name: "Undo" });

describe("a controlled value", () => {
  it("a parent that keeps value fixed and ignores onValueChange keeps its value", async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn<(text: string, details: FilterChangeDetails) => void>();
    render(<FilterBuilder schema={schema} value='staffbase.role eq "admin" and userName pr' onValueChange={onValueChange} />);

    await choose(user, screen.getByRole("combobox", { name: "Value of rule 1: role is Admin" }), "Editor");
    expect(onValueChange).toHaveBeenCalledTimes(1);
    expect(onValueChange).toHaveBeenLastCalledWith('staffbase.role eq "editor" and userName pr', expect.objectContaining({ valid: true }));
    // The edit was offered and not taken: the view returns to the value, and there is nothing to undo.
    expect(names()).toEqual(["rule 1: role is Admin", "rule 2: user name is present"]);
    expect(filterText()).toHaveValue('staffbase.role eq "admin" and userName pr');
    expect(undoButton()).toBeDisabled();

    await user.click(screen.getByRole("button", { name: "Remove rule 2: user name is present" }));
    expect(onValueChange).toHaveBeenLastCalledWith('staffbase.role eq "admin"', expect.anything());
    expect(names()).toEqual(["rule 1: role is Admin", "rule 2: user name is present"]);

    // Valid text typed in the text view is a change too; invalid text is not a value and stays to be finished.
    fireEvent.change(filterText(), { target: { value: "emails pr" } });
    expect(onValueChange).toHaveBeenLastCalledWith("emails pr", expect.anything());
    expect(filterText()).toHaveValue('staffbase.role eq "admin" and userName pr');
    fireEvent.change(filterText(), { target: { value: 'staffbase.role eq "admin" and' } });
    expect(filterText()).toHaveValue('staffbase.role eq "admin" and');
    expect(onValueChange).toHaveBeenCalledTimes(3);
  });

  it("a parent that takes only valid values: an invalid edit is undone, a valid one stays with its undo step", async () => {
    const user = userEvent.setup();
    function ValidOnly() {
      const [value, setValue] = useState('staffbase.role eq "admin"');
      return (
        <>
          <FilterBuilder schema={schema} value={value} onValueChange={(text, { valid }) => valid && setValue(text)} />
          <output aria-label="Parent value">{value}</output>
        </>
      );
    }
    render(<ValidOnly />);
    fireEvent.change(filterText(), { target: { value: 'staffbase.role eq "Admin"' } });
    expect(filterText()).toHaveValue('staffbase.role eq "admin"');
    expect(undoButton()).toBeDisabled();

    await choose(user, screen.getByRole("combobox", { name: "Value of rule 1: role is Admin" }), "Editor");
    expect(screen.getByRole("status", { name: "Parent value" })).toHaveTextContent('staffbase.role eq "editor"');
    expect(names()).toEqual(["rule 1: role is Editor"]);
    // Undo is an edit like any other: offered, taken, and redo-able.
    await user.click(undoButton());
    expect(screen.getByRole("status", { name: "Parent value" })).toHaveTextContent('staffbase.role eq "admin"');
    expect(names()).toEqual(["rule 1: role is Admin"]);
    await user.click(screen.getByRole("button", { name: "Redo" }));
    expect(names()).toEqual(["rule 1: role is Editor"]);
  });

  it("value set back to an earlier text restores the view (a reset), and the reset is undoable", async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    function Resettable() {
      const [value, setValue] = useState("userName pr");
      return (
        <>
          <FilterBuilder
            schema={schema}
            value={value}
            onValueChange={(text) => {
              onValueChange(text);
              setValue(text);
            }}
          />
          <button type="button" onClick={() => setValue("userName pr")}>
            Reset
          </button>
        </>
      );
    }
    render(<Resettable />);
    await user.click(screen.getByRole("button", { name: "Add a rule to Filter" }));
    await choose(user, screen.getByRole("combobox", { name: "Field of rule 2" }), /^Email/);
    expect(rules()).toHaveLength(2);
    onValueChange.mockClear();
    await user.click(screen.getByRole("button", { name: "Reset" }));
    expect(names()).toEqual(["rule 1: user name is present"]);
    expect(filterText()).toHaveValue("userName pr");
    // Following the parent is not a change to report back to it.
    expect(onValueChange).not.toHaveBeenCalled();
    await user.click(undoButton());
    expect(rules()).toHaveLength(2);
  });

  it("a parsed Filter as value: any spelling of it is the same value, another filter is undone", () => {
    const onValueChange = vi.fn();
    const value: Filter = parseFilter("userName pr");
    render(<FilterBuilder schema={schema} value={value} onValueChange={onValueChange} />);
    fireEvent.change(filterText(), { target: { value: "userName PR" } });
    expect(onValueChange).toHaveBeenLastCalledWith("userName PR", expect.anything());
    expect(filterText()).toHaveValue("userName PR");
    fireEvent.change(filterText(), { target: { value: "emails pr" } });
    expect(filterText()).toHaveValue("userName PR");
    expect(names()).toEqual(["rule 1: user name is present"]);
  });
});

describe("an uncontrolled value", () => {
  it("keeps every edit without a parent, and nothing typed is lost across renders or a new defaultValue", async () => {
    const user = userEvent.setup();
    const { rerender } = render(<FilterBuilder schema={schema} defaultValue="userName pr" />);
    await user.type(filterText(), " and emails pr and");
    rerender(<FilterBuilder schema={schema} defaultValue="password pr" />);
    expect(filterText()).toHaveValue("userName pr and emails pr and");
    expect(names()).toEqual(["rule 1: user name is present", "rule 2: email is present"]);
  });
});

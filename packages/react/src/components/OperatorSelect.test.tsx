import { scimCoreUserSchema, staffbaseUserSchema } from "@scim-filter/core";
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { choose, filterText, optionLabels, rule } from "../test/builder.js";
import { FilterBuilder } from "./FilterBuilder.js";

describe("operator picker", () => {
  it("offers only the field's operators, in words", async () => {
    const user = userEvent.setup();
    render(<FilterBuilder schema={scimCoreUserSchema} defaultValue='title eq "CTO"' />);
    await user.click(screen.getByRole("combobox", { name: "Operator of rule 1: title is CTO" }));
    expect(optionLabels()).toEqual(["is", "is not", "contains", "starts with", "ends with", "is present"]);
    await user.click(screen.getByRole("option", { name: "starts with" }));
    expect(filterText()).toHaveValue('title sw "CTO"');
    // The value is kept when switching between comparisons.
    expect(screen.getByRole("textbox", { name: "Value of rule 1: title starts with CTO" })).toHaveValue("CTO");
  });

  it("stays as chosen when a form around the builder is reset", async () => {
    // A picker inside a <form> must not rewind to the value it had when it was first focused: the rest of
    // the filter would not rewind with it.
    const user = userEvent.setup();
    const onValueChange = vi.fn<(value: string) => void>();
    render(
      <form aria-label="Settings">
        <FilterBuilder schema={scimCoreUserSchema} defaultValue='title eq "CTO"' onValueChange={onValueChange} />
      </form>,
    );
    await choose(user, screen.getByRole("combobox", { name: /^Operator of rule 1/ }), "starts with");
    expect(onValueChange).toHaveBeenLastCalledWith('title sw "CTO"', expect.anything());
    act(() => {
      screen.getByRole("form", { name: "Settings" }).dispatchEvent(new Event("reset"));
    });
    expect(onValueChange).toHaveBeenCalledTimes(1);
    expect(screen.getByRole("combobox", { name: /^Operator of rule 1/ })).toHaveTextContent("starts with");
  });

  it("hides the value editor for a presence test and brings back an empty one after", async () => {
    const user = userEvent.setup();
    render(<FilterBuilder schema={scimCoreUserSchema} defaultValue='title eq "CTO"' />);
    await choose(user, screen.getByRole("combobox", { name: /^Operator of rule 1/ }), "is present");
    expect(filterText()).toHaveValue("title pr");
    expect(within(rule("1")).queryByRole("textbox")).not.toBeInTheDocument();
    expect(rule("1")).toHaveAccessibleName("rule 1: title is present");

    await choose(user, screen.getByRole("combobox", { name: /^Operator of rule 1/ }), "contains");
    expect(filterText()).toHaveValue('title co ""');
    expect(screen.getByRole("textbox", { name: /^Value of rule 1: title contains/ })).toHaveValue("");
  });

  it("a boolean field comes back to true after a presence test", async () => {
    const user = userEvent.setup();
    render(<FilterBuilder schema={scimCoreUserSchema} defaultValue="active pr" />);
    await choose(user, screen.getByRole("combobox", { name: /^Operator of rule 1/ }), "is not");
    expect(filterText()).toHaveValue("active ne true");
  });

  it("keeps an operator the field does not allow visible and marks it", async () => {
    const user = userEvent.setup();
    render(<FilterBuilder schema={staffbaseUserSchema} defaultValue='staffbase.role co "adm"' />);
    const operator = screen.getByRole("combobox", { name: "Operator of rule 1: role contains adm" });
    expect(operator).toHaveTextContent("contains");
    expect(operator).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByRole("combobox", { name: /^Field of rule 1/ })).not.toHaveAttribute("aria-invalid");
    await user.click(operator);
    expect(optionLabels()).toEqual(["is", "contains"]);
    await user.click(screen.getByRole("option", { name: "is" }));
    expect(filterText()).toHaveValue('staffbase.role eq "adm"');
    expect(screen.getByRole("combobox", { name: /^Operator of rule 1/ })).not.toHaveAttribute("aria-invalid");
  });
});

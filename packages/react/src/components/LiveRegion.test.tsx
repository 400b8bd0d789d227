import { staffbasePresets, staffbaseUserSchema } from "@scim-filter/core";
import { fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { filterText, group, menuItem, rule } from "../test/builder.js";
import { FilterBuilder } from "./FilterBuilder.js";

const schema = staffbaseUserSchema;

function liveRegion(): HTMLElement {
  return screen.getByRole("status");
}

function focused(): HTMLElement {
  return document.activeElement as HTMLElement;
}

describe("focus after add and remove", () => {
  it("focuses the new rule's field picker after adding a rule, in the group it was added to", async () => {
    const user = userEvent.setup();
    render(<FilterBuilder schema={schema} defaultValue="userName pr and (password pr or emails pr)" />);
    await user.click(screen.getByRole("button", { name: "Add a rule to group 2" }));
    expect(focused()).toBe(screen.getByRole("combobox", { name: "Field of rule 2.3" }));
    // From there the keyboard opens it right away.
    await user.keyboard("{Enter}");
    expect(await screen.findByRole("listbox")).toBeInTheDocument();
  });

  it("focuses the field picker of the new group's first rule after adding a group", async () => {
    const user = userEvent.setup();
    render(<FilterBuilder schema={schema} defaultValue="userName pr" />);
    await user.click(screen.getByRole("button", { name: "Add a group to Filter" }));
    expect(group("2")).toContainElement(focused());
    expect(focused()).toBe(screen.getByRole("combobox", { name: "Field of rule 2.1" }));
  });

  it("focuses the copy after duplicating", async () => {
    const user = userEvent.setup();
    render(<FilterBuilder schema={schema} defaultValue='staffbase.role eq "admin" and userName pr' />);
    await user.click(await menuItem(user, "Duplicate rule 1: role is Admin"));
    expect(focused()).toBe(screen.getByRole("combobox", { name: "Field of rule 2: role is Admin" }));
  });

  it("focuses the next rule after removing one, or the previous one at the end", async () => {
    const user = userEvent.setup();
    render(<FilterBuilder schema={schema} defaultValue="userName pr and password pr and emails pr" />);
    await user.click(screen.getByRole("button", { name: "Remove rule 2: password is present" }));
    expect(rule("2")).toHaveAccessibleName("rule 2: email is present");
    expect(rule("2")).toContainElement(focused());
    await user.click(screen.getByRole("button", { name: "Remove rule 2: email is present" }));
    expect(rule("1")).toContainElement(focused());
  });

  it("focuses the group after removing its last rule", async () => {
    const user = userEvent.setup();
    render(<FilterBuilder schema={schema} defaultValue="userName pr and not (password pr)" />);
    await user.click(screen.getByRole("button", { name: "Remove rule 2.1: password is present" }));
    expect(focused()).toBe(group("2"));
  });

  it("keeps focus in the builder after removing the last rule of the filter", async () => {
    const user = userEvent.setup();
    render(<FilterBuilder schema={schema} defaultValue="userName pr" />);
    await user.click(screen.getByRole("button", { name: "Remove rule 1: user name is present" }));
    expect(focused()).toBe(screen.getByRole("group", { name: "Filter" }));
  });

  it("keeps focus in the builder after removing a group that was all of the filter", async () => {
    const user = userEvent.setup();
    render(<FilterBuilder schema={schema} defaultValue="userName pr and (password pr or emails pr)" />);
    await user.click(screen.getByRole("button", { name: "Remove rule 1: user name is present" }));
    await user.click(screen.getByRole("button", { name: "Remove group 1" }));
    expect(filterText()).toHaveValue("");
    expect(focused()).toBe(screen.getByRole("group", { name: "Filter" }));
  });

  it("does not steal focus from the text view when the text changes the rules", async () => {
    const user = userEvent.setup();
    render(<FilterBuilder schema={schema} defaultValue="userName pr" />);
    await user.type(filterText(), " and password pr");
    expect(focused()).toBe(filterText());
  });
});

describe("live region", () => {
  it("announces adds, removes, moves and undo", async () => {
    const user = userEvent.setup();
    render(<FilterBuilder schema={schema} defaultValue="userName pr and password pr" />);
    expect(liveRegion()).toHaveAttribute("aria-live", "polite");
    await user.click(screen.getByRole("button", { name: "Add a rule to Filter" }));
    expect(liveRegion()).toHaveTextContent("Added.");
    await user.click(screen.getByRole("button", { name: "Remove rule 3" }));
    expect(liveRegion()).toHaveTextContent("Removed.");
    await user.click(await menuItem(user, "Move rule 2: password is present up"));
    expect(liveRegion()).toHaveTextContent("Moved.");
    await user.click(screen.getByRole("button", { name: "Undo" }));
    expect(liveRegion()).toHaveTextContent("Undone.");
  });

  it("announces a syntax error in the text, and stops when the text is valid again", () => {
    render(<FilterBuilder schema={schema} defaultValue="userName pr" />);
    fireEvent.change(filterText(), { target: { value: "userName pr or" } });
    expect(liveRegion()).toHaveTextContent(/^Syntax error: .*line 1, column 15/);
    fireEvent.change(filterText(), { target: { value: "userName pr or password pr" } });
    expect(liveRegion()).toBeEmptyDOMElement();
  });

  it("announces a loaded preset", async () => {
    const user = userEvent.setup();
    render(<FilterBuilder schema={schema} presets={staffbasePresets} />);
    const preset = staffbasePresets[0];
    if (preset === undefined) throw new Error("no presets");
    await user.click(screen.getByRole("button", { name: preset.label }));
    expect(liveRegion()).toHaveTextContent("Filter loaded.");
    expect(filterText()).toHaveValue(preset.filter);
    expect(within(screen.getByRole("group", { name: "Filter" })).queryAllByRole("listitem").length).toBeGreaterThan(0);
  });
});

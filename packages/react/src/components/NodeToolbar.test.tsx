import { staffbaseUserSchema } from "@scim-filter/core";
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { actionsButton, filterText, group, menuItem, rule, rules } from "../test/builder.js";
import { FilterBuilder } from "./FilterBuilder.js";

const schema = staffbaseUserSchema;
const THREE = "userName pr and password pr and emails pr";

function names(): string[] {
  return rules().map((item) => item.getAttribute("aria-label") ?? "");
}

describe("accessible names", () => {
  it("name every control after the rule it acts on, and follow the rule's changes", async () => {
    const user = userEvent.setup();
    render(<FilterBuilder schema={schema} defaultValue='userName pr and staffbase.role eq "admin"' />);
    const item = rule("2");
    expect(item).toHaveAccessibleName("rule 2: role is Admin");
    // Remove stays visible; the other actions are in a menu named after the rule.
    expect(within(item).getAllByRole("button").map((button) => button.getAttribute("aria-label"))).toEqual(["More actions for rule 2: role is Admin", "Remove rule 2: role is Admin"]);
    const more = actionsButton("rule 2: role is Admin");
    expect(more).toHaveAttribute("aria-haspopup", "menu");
    expect(more).toHaveAttribute("aria-expanded", "false");
    await user.click(more);
    expect(more).toHaveAttribute("aria-expanded", "true");
    const menu = screen.getByRole("menu", { name: "More actions for rule 2: role is Admin" });
    expect(within(menu).getAllByRole("menuitem").map((entry) => entry.getAttribute("aria-label"))).toEqual([
      "Move rule 2: role is Admin up",
      "Move rule 2: role is Admin down",
      "Move rule 2: role is Admin out of its group",
      "Indent rule 2: role is Admin into a group",
      "Duplicate rule 2: role is Admin",
    ]);
    // The symbols say little to a pointer user: the menu shows words, and styles.css shows each item's and
    // button's shortcut (aria-keyshortcuts) beside it or in its tooltip.
    expect(within(menu).getAllByRole("menuitem").map((entry) => entry.textContent)).toEqual(["Move up", "Move down", "Move out of group", "Indent into a group", "Duplicate"]);
    expect(within(menu).getAllByRole("menuitem").map((entry) => entry.getAttribute("aria-keyshortcuts"))).toEqual(["Alt+ArrowUp", "Alt+ArrowDown", "Alt+ArrowLeft", "Alt+ArrowRight", null]);
    expect(screen.getByRole("button", { name: "Remove rule 2: role is Admin" })).toHaveAttribute("aria-keyshortcuts", "Alt+Delete");
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("menu")).not.toBeInTheDocument();
    expect(more).toHaveFocus();
    expect(within(item).getAllByRole("combobox").map((control) => control.getAttribute("aria-label"))).toEqual([
      "Field of rule 2: role is Admin",
      "Operator of rule 2: role is Admin",
      "Value of rule 2: role is Admin",
    ]);
    await user.click(await menuItem(user, "Move rule 2: role is Admin up"));
    expect(screen.getByRole("button", { name: "Remove rule 1: role is Admin" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Remove rule 2: user name is present" })).toBeInTheDocument();
  });
});

describe("the actions menu by keyboard", () => {
  it("opens on ArrowDown at its first item, wraps with the arrows, runs an item with Enter and returns focus", async () => {
    const user = userEvent.setup();
    render(<FilterBuilder schema={schema} defaultValue={THREE} />);
    actionsButton("rule 2: password is present").focus();
    await user.keyboard("{ArrowDown}");
    expect(screen.getByRole("menuitem", { name: "Move rule 2: password is present up" })).toHaveFocus();
    await user.keyboard("{ArrowUp}");
    expect(screen.getByRole("menuitem", { name: "Duplicate rule 2: password is present" })).toHaveFocus();
    await user.keyboard("{Home}{ArrowDown}");
    expect(screen.getByRole("menuitem", { name: "Move rule 2: password is present down" })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(filterText()).toHaveValue("userName pr and emails pr and password pr");
    expect(screen.queryByRole("menu")).not.toBeInTheDocument();
    expect(actionsButton("rule 3: password is present")).toHaveFocus();
  });

  it("does nothing for a disabled item and closes on Tab", async () => {
    const user = userEvent.setup();
    render(<FilterBuilder schema={schema} defaultValue={THREE} />);
    await user.click(actionsButton("rule 1: user name is present"));
    await user.click(screen.getByRole("menuitem", { name: "Move rule 1: user name is present up" }));
    expect(filterText()).toHaveValue(THREE);
    expect(screen.getByRole("menu")).toBeInTheDocument();
    await user.keyboard("{End}");
    expect(screen.getByRole("menuitem", { name: "Duplicate rule 1: user name is present" })).toHaveFocus();
    await user.tab();
    expect(screen.queryByRole("menu")).not.toBeInTheDocument();
  });
});

describe("moving, indenting, duplicating and removing", () => {
  it("moves rules up and down with the buttons, which are disabled at the ends", async () => {
    const user = userEvent.setup();
    render(<FilterBuilder schema={schema} defaultValue={THREE} />);
    expect(await menuItem(user, "Move rule 1: user name is present up")).toHaveAttribute("aria-disabled", "true");
    expect(await menuItem(user, "Move rule 3: email is present down")).toHaveAttribute("aria-disabled", "true");
    await user.click(await menuItem(user, "Move rule 1: user name is present down"));
    expect(filterText()).toHaveValue("password pr and userName pr and emails pr");
    await user.click(await menuItem(user, "Move rule 3: email is present up"));
    expect(filterText()).toHaveValue("password pr and emails pr and userName pr");
    expect(names()).toEqual(["rule 1: password is present", "rule 2: email is present", "rule 3: user name is present"]);
    expect(await menuItem(user, "Move rule 1: password is present up")).toHaveAttribute("aria-disabled", "true");
    expect(await menuItem(user, "Move rule 1: password is present down")).not.toHaveAttribute("aria-disabled");
  });

  it("keeps focus on a rule moved by keyboard across the render ranges of a large group (64 + 6 rules)", async () => {
    const user = userEvent.setup();
    const text = Array.from({ length: 70 }, (_, index) => `profile.f${index} pr`).join(" and ");
    render(<FilterBuilder schema={schema} defaultValue={text} showSummary={false} />);
    const id = rule("64").dataset.nodeId;
    rule("64").focus();
    await user.keyboard("{Alt>}{ArrowDown}{/Alt}");
    expect(rule("65").dataset.nodeId).toBe(id);
    expect(rule("65")).toContainElement(document.activeElement as HTMLElement);
    await user.keyboard("{Alt>}{ArrowUp}{/Alt}{Alt>}{ArrowUp}{/Alt}");
    expect(rule("63").dataset.nodeId).toBe(id);
    expect(rule("63")).toContainElement(document.activeElement as HTMLElement);
    expect(filterText()).toHaveValue(text.replace("profile.f62 pr and profile.f63 pr", "profile.f63 pr and profile.f62 pr"));
  }, 20_000);

  it("moves the focused rule with Alt+ArrowUp and Alt+ArrowDown, keeping focus on it", async () => {
    const user = userEvent.setup();
    render(<FilterBuilder schema={schema} defaultValue={THREE} />);
    const moved = rule("1");
    const id = moved.dataset.nodeId;
    moved.focus();
    await user.keyboard("{Alt>}{ArrowDown}{/Alt}");
    expect(filterText()).toHaveValue("password pr and userName pr and emails pr");
    expect(rule("2").dataset.nodeId).toBe(id);
    expect(rule("2")).toContainElement(document.activeElement as HTMLElement);
    await user.keyboard("{Alt>}{ArrowDown}{/Alt}");
    expect(filterText()).toHaveValue("password pr and emails pr and userName pr");
    expect(rule("3")).toContainElement(document.activeElement as HTMLElement);
    // At the end nothing happens.
    await user.keyboard("{Alt>}{ArrowDown}{/Alt}");
    expect(filterText()).toHaveValue("password pr and emails pr and userName pr");
    await user.keyboard("{Alt>}{ArrowUp}{/Alt}");
    expect(filterText()).toHaveValue("password pr and userName pr and emails pr");
    // Without Alt the arrows do not move anything.
    rule("2").focus();
    await user.keyboard("{ArrowUp}");
    expect(filterText()).toHaveValue("password pr and userName pr and emails pr");
  });

  it("moves only the innermost node with the keyboard", async () => {
    const user = userEvent.setup();
    render(<FilterBuilder schema={schema} defaultValue="userName pr and (password pr or emails pr)" />);
    actionsButton("rule 2.2: email is present").focus();
    await user.keyboard("{Alt>}{ArrowUp}{/Alt}");
    expect(filterText()).toHaveValue("userName pr and (emails pr or password pr)");
    group("2").focus();
    await user.keyboard("{Alt>}{ArrowUp}{/Alt}");
    expect(filterText()).toHaveValue("(emails pr or password pr) and userName pr");
  });

  it("moves the rule, not the picker's selection, with Alt+arrows on one of its pickers", async () => {
    const user = userEvent.setup();
    render(<FilterBuilder schema={schema} defaultValue='userName pr and staffbase.role eq "admin"' />);
    act(() => screen.getByRole("combobox", { name: "Value of rule 2: role is Admin" }).focus());
    await user.keyboard("{Alt>}{ArrowUp}{/Alt}");
    expect(filterText()).toHaveValue('staffbase.role eq "admin" and userName pr');
    expect(screen.queryByRole("listbox")).not.toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "Value of rule 1: role is Admin" })).toHaveFocus();
  });

  it("indents into a new group with the other combinator, then into the group before it", async () => {
    const user = userEvent.setup();
    render(<FilterBuilder schema={schema} defaultValue={THREE} />);
    await user.click(await menuItem(user, "Indent rule 2: password is present into a group"));
    // A group of one says nothing in the text, but it is there.
    expect(filterText()).toHaveValue(THREE);
    expect(within(group("2")).getByRole("radio", { name: "any (or)" })).toBeChecked();
    expect(rule("2.1")).toHaveAccessibleName("rule 2.1: password is present");
    await user.click(await menuItem(user, "Indent rule 3: email is present into a group"));
    expect(filterText()).toHaveValue("userName pr and (password pr or emails pr)");
    expect(names()).toEqual(["rule 1: user name is present", "rule 2.1: password is present", "rule 2.2: email is present"]);
  });

  it("outdents out of the group, removing the group it empties; disabled at the top level", async () => {
    const user = userEvent.setup();
    render(<FilterBuilder schema={schema} defaultValue="userName pr and (password pr or emails pr)" />);
    expect(await menuItem(user, "Move rule 1: user name is present out of its group")).toHaveAttribute("aria-disabled", "true");
    await user.click(await menuItem(user, "Move rule 2.1: password is present out of its group"));
    expect(filterText()).toHaveValue("userName pr and emails pr and password pr");
    expect(names()).toEqual(["rule 1: user name is present", "rule 2.1: email is present", "rule 3: password is present"]);
    await user.click(await menuItem(user, "Move rule 2.1: email is present out of its group"));
    expect(screen.queryByRole("listitem", { name: /^group/ })).not.toBeInTheDocument();
    expect(names()).toEqual(["rule 1: user name is present", "rule 2: email is present", "rule 3: password is present"]);
  });

  it("indents and outdents with Alt+ArrowRight and Alt+ArrowLeft", async () => {
    const user = userEvent.setup();
    render(<FilterBuilder schema={schema} defaultValue="userName pr and (password pr or emails pr) and externalId pr" />);
    rule("3").focus();
    await user.keyboard("{Alt>}{ArrowRight}{/Alt}");
    expect(filterText()).toHaveValue("userName pr and (password pr or emails pr or externalId pr)");
    expect(rule("2.3")).toContainElement(document.activeElement as HTMLElement);
    await user.keyboard("{Alt>}{ArrowLeft}{/Alt}");
    expect(filterText()).toHaveValue("userName pr and (password pr or emails pr) and externalId pr");
    expect(rule("3")).toContainElement(document.activeElement as HTMLElement);
  });

  it("removes the focused rule with Alt+Delete and Alt+Backspace", async () => {
    const user = userEvent.setup();
    render(<FilterBuilder schema={schema} defaultValue={THREE} />);
    rule("2").focus();
    await user.keyboard("{Alt>}{Delete}{/Alt}");
    expect(filterText()).toHaveValue("userName pr and emails pr");
    rule("1").focus();
    await user.keyboard("{Alt>}{Backspace}{/Alt}");
    expect(filterText()).toHaveValue("emails pr");
    // Delete alone does nothing to the rule.
    rule("1").focus();
    await user.keyboard("{Delete}");
    expect(filterText()).toHaveValue("emails pr");
  });

  it("duplicates a rule right after itself", async () => {
    const user = userEvent.setup();
    render(<FilterBuilder schema={schema} defaultValue='staffbase.role eq "admin" and userName pr' />);
    await user.click(await menuItem(user, "Duplicate rule 1: role is Admin"));
    expect(filterText()).toHaveValue('staffbase.role eq "admin" and staffbase.role eq "admin" and userName pr');
    expect(names()).toEqual(["rule 1: role is Admin", "rule 2: role is Admin", "rule 3: user name is present"]);
    expect(rule("1").dataset.nodeId).not.toBe(rule("2").dataset.nodeId);
  });

  it("duplicates a group deeply; the copy is edited on its own", async () => {
    const user = userEvent.setup();
    render(<FilterBuilder schema={schema} defaultValue="userName pr and not (password pr or emails pr)" />);
    await user.click(await menuItem(user, "Duplicate group 2"));
    expect(filterText()).toHaveValue("userName pr and not (password pr or emails pr) and not (password pr or emails pr)");
    await user.click(screen.getByRole("button", { name: "Remove rule 3.1: password is present" }));
    expect(filterText()).toHaveValue("userName pr and not (password pr or emails pr) and not (emails pr)");
  });
});

// Queries and steps shared by the component tests.
import { screen, within } from "@testing-library/react";
import type { UserEvent } from "@testing-library/user-event";
import { expect } from "vitest";

/** The filter text view of the only builder on the page (or of `scope`). */
export function filterText(scope: HTMLElement = document.body): HTMLTextAreaElement {
  const textarea = within(scope).getByRole("textbox", { name: "Filter text" });
  if (!(textarea instanceof HTMLTextAreaElement)) throw new Error("expected a textarea");
  return textarea;
}

/** The rules (and raw rules) in screen order. */
export function rules(scope: HTMLElement = document.body): HTMLElement[] {
  return within(scope).queryAllByRole("listitem", { name: /^rule / });
}

/** The rule at a position such as "2" or "3.1". */
export function rule(position: string, scope: HTMLElement = document.body): HTMLElement {
  return within(scope).getByRole("listitem", { name: new RegExp(`^rule ${position.replace(".", "\\.")}(:|$)`) });
}

export function group(position: string, scope: HTMLElement = document.body): HTMLElement {
  return within(scope).getByRole("listitem", { name: `group ${position}` });
}

/** The options of an open picker, by their visible labels. */
export function optionLabels(): string[] {
  return screen.getAllByRole("option").map((option) => option.getAttribute("aria-labelledby") === null ? (option.textContent ?? "") : (document.getElementById(option.getAttribute("aria-labelledby") ?? "")?.textContent ?? ""));
}

/** Opens a picker and picks an option by its label. */
export async function choose(user: UserEvent, picker: HTMLElement, option: string | RegExp): Promise<void> {
  await user.click(picker);
  await user.click(await screen.findByRole("option", { name: option }));
  expect(screen.queryByRole("listbox")).not.toBeInTheDocument();
}

/**
 * A rule's or group's secondary action (move, outdent, indent, duplicate) by its accessible name: opens
 * the "More actions" menu that holds it and returns the menu item.
 */
export async function menuItem(user: UserEvent, name: string | RegExp, scope: HTMLElement = document.body): Promise<HTMLElement> {
  for (const button of within(scope).getAllByRole("button", { name: /^More actions for / })) {
    if (button.getAttribute("aria-expanded") !== "true") await user.click(button);
    const item = within(scope).queryByRole("menuitem", { name });
    if (item !== null) return item;
    await user.keyboard("{Escape}");
  }
  throw new Error(`no menu holds an action named ${String(name)}`);
}

/** The "More actions" menu button of a node, by the node's accessible name. */
export function actionsButton(node: string, scope: HTMLElement = document.body): HTMLElement {
  return within(scope).getByRole("button", { name: `More actions for ${node}` });
}

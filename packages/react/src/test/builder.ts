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

import { staffbaseUserSchema } from "@scim-filter/core";
import { fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { choose, filterText, optionLabels, rule } from "../test/builder.js";
import { FilterBuilder } from "./FilterBuilder.js";

const schema = staffbaseUserSchema;

function timeToggle(): HTMLElement {
  return within(rule("1")).getByRole("checkbox", { name: /time/i });
}

describe("date value editor", () => {
  it("field → operator → date, then date and time with the toggle", async () => {
    const user = userEvent.setup();
    render(<FilterBuilder schema={schema} />);
    await user.click(screen.getByRole("button", { name: "Add a rule to Filter" }));
    await choose(user, screen.getByRole("combobox", { name: "Field of rule 1" }), "Created");
    const operator = screen.getByRole("combobox", { name: /^Operator of rule 1: created is after/ });
    await user.click(operator);
    expect(optionLabels()).toEqual(["is after", "is on or after", "is before", "is on or before", "is exactly", "is not exactly"]);
    await user.click(screen.getByRole("option", { name: "is on or after" }));

    const date = screen.getByLabelText(/^Value of rule 1: created is on or after/);
    expect(date).toHaveAttribute("type", "date");
    fireEvent.change(date, { target: { value: "2024-03-05" } });
    expect(filterText()).toHaveValue('created ge "2024-03-05"');
    expect(timeToggle()).not.toBeChecked();

    await user.click(timeToggle());
    const dateTime = screen.getByLabelText("Value of rule 1: created is on or after 2024-03-05T00:00");
    expect(dateTime).toHaveAttribute("type", "datetime-local");
    expect(dateTime).toHaveValue("2024-03-05T00:00");
    expect(timeToggle()).toBeChecked();
    fireEvent.change(dateTime, { target: { value: "2024-03-05T09:30" } });
    expect(filterText()).toHaveValue('created ge "2024-03-05T09:30"');

    // Without the time, the day stays.
    await user.click(timeToggle());
    expect(filterText()).toHaveValue('created ge "2024-03-05"');
    expect(screen.getByLabelText(/^Value of rule 1:/)).toHaveAttribute("type", "date");
  });

  it("turning on the time with no date starts from today (UTC)", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2030-07-08T22:00:00Z"));
    const user = userEvent.setup();
    render(<FilterBuilder schema={schema} defaultValue='updated lt ""' />);
    await user.click(timeToggle());
    expect(filterText()).toHaveValue('updated lt "2030-07-08T00:00"');
  });

  it("keeps values the native inputs cannot show as editable text, with the toggle off-limits", () => {
    render(<FilterBuilder schema={schema} defaultValue='created gt "2024-03-05T09:30:15.250Z"' />);
    const input = screen.getByLabelText(/^Value of rule 1: created is after/);
    expect(input).not.toHaveAttribute("type");
    expect(input).toHaveValue("2024-03-05T09:30:15.250Z");
    expect(timeToggle()).toBeChecked();
    expect(timeToggle()).toBeDisabled();
    fireEvent.change(input, { target: { value: "2024-03-05T09:30:15Z" } });
    expect(filterText()).toHaveValue('created gt "2024-03-05T09:30:15Z"');
  });

  it("marks an impossible date at the value", () => {
    render(<FilterBuilder schema={schema} defaultValue='created gt "2024-02-30"' />);
    const input = screen.getByLabelText(/^Value of rule 1: created is after/);
    expect(input).toHaveAttribute("aria-invalid", "true");
    expect(within(rule("1")).getByText(/2024-02-30/, { selector: ".sfb-diagnostic-message" })).toBeInTheDocument();
  });
});

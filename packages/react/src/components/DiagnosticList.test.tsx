import { staffbaseUserSchema } from "@scim-filter/core";
import { fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { filterText, rule } from "../test/builder.js";
import { FilterBuilder } from "./FilterBuilder.js";

const schema = staffbaseUserSchema;

/** The list of every problem (by its documented class name: its role may change). */
function summary(): HTMLElement {
  const found = document.querySelector<HTMLElement>(".sfb-summary-diagnostics");
  if (found === null) throw new Error("no problems summary");
  return found;
}

describe("diagnostics", () => {
  it("marks the value of a rule with a wrong value, says why at the rule, and applies the fix", async () => {
    const user = userEvent.setup();
    render(<FilterBuilder schema={schema} defaultValue='userName pr and staffbase.role eq "Admin"' />);
    const bad = rule("2");
    expect(bad).toHaveClass("sfb-invalid");
    expect(rule("1")).not.toHaveClass("sfb-invalid");
    const value = within(bad).getByRole("combobox", { name: /^Value of rule 2/ });
    expect(value).toHaveAttribute("aria-invalid", "true");
    expect(within(bad).getByRole("combobox", { name: /^Field of rule 2/ })).not.toHaveAttribute("aria-invalid");
    expect(within(bad).getByRole("combobox", { name: /^Operator of rule 2/ })).not.toHaveAttribute("aria-invalid");
    // The message is at the rule and describes its controls.
    expect(value).toHaveAccessibleDescription(/^Error: "Admin" is not a value of staffbase\.role: values are case-sensitive/);
    expect(within(rule("1")).queryByText(/case-sensitive/)).not.toBeInTheDocument();

    expect(summary()).toHaveTextContent("Problems: 1 error");
    expect(within(summary()).getByText(/\(1:35\)/)).toHaveTextContent(/case-sensitive/);

    await user.click(within(bad).getByRole("button", { name: 'Replace with "admin"' }));
    expect(filterText()).toHaveValue('userName pr and staffbase.role eq "admin"');
    expect(rule("2")).not.toHaveClass("sfb-invalid");
    expect(screen.getByRole("combobox", { name: /^Value of rule 2/ })).not.toHaveAttribute("aria-invalid");
    expect(screen.getByRole("combobox", { name: /^Value of rule 2/ })).not.toHaveAttribute("aria-describedby");
    expect(summary()).toHaveTextContent("No problems found.");
  });

  it("applies the legacy fix: enabled becomes the staffbase.status group the hint gives, and no problem remains", async () => {
    const user = userEvent.setup();
    render(<FilterBuilder schema={schema} defaultValue='staffbase.role eq "admin" and enabled eq true' />);
    const enabled = rule("2");
    // Not a field of the schema: kept as text, with the hint at it.
    expect(enabled).toHaveClass("sfb-raw");
    // Marked invalid at the rule, and the message describes its text.
    expect(enabled).toHaveClass("sfb-invalid");
    expect(rule("1")).not.toHaveClass("sfb-invalid");
    // The rule, which takes focus, is described by its messages (and so is its text).
    expect(enabled).toHaveAccessibleDescription(/enabled was removed from the Staffbase user model/);
    expect(within(enabled).getByLabelText(/^Filter text of rule 2/)).toHaveAccessibleDescription(/enabled was removed from the Staffbase user model/);
    const hint = within(enabled).getByText(/^enabled was removed from the Staffbase user model/, { selector: ".sfb-diagnostic-message" });
    expect(hint.closest("li")).toHaveAttribute("data-code", "legacy-attribute");
    expect(within(rule("1")).queryByText(/removed/)).not.toBeInTheDocument();

    await user.click(within(enabled).getByRole("button", { name: 'Replace with staffbase.status eq "activated" or staffbase.status eq "pending"' }));
    expect(filterText()).toHaveValue('staffbase.role eq "admin" and (staffbase.status eq "activated" or staffbase.status eq "pending")');
    // The rule is now a group of two status rules, joined by or.
    const status = screen.getByRole("listitem", { name: "group 2" });
    expect(within(status).getAllByRole("listitem", { name: /^rule 2\.\d/ }).map((item) => item.getAttribute("aria-label"))).toEqual([
      "rule 2.1: status is Activated",
      "rule 2.2: status is Pending",
    ]);
    expect(within(status).getByRole("combobox", { name: /^Value of rule 2\.2/ })).toHaveTextContent("Pending");
    expect(document.querySelectorAll(".sfb-diagnostic")).toHaveLength(0);
    expect(document.querySelectorAll(".sfb-invalid")).toHaveLength(0);
    expect(summary()).toHaveTextContent("No problems found.");
  });

  it("marks the operator when the field does not allow it", () => {
    render(<FilterBuilder schema={schema} defaultValue='password eq "secret"' />);
    const bad = rule("1");
    expect(within(bad).getByRole("combobox", { name: /^Operator of rule 1/ })).toHaveAttribute("aria-invalid", "true");
    expect(within(bad).getByRole("textbox", { name: /^Value of rule 1/ })).not.toHaveAttribute("aria-invalid");
    expect(within(bad).getByText(/pr/, { selector: ".sfb-diagnostic-message" }).closest("li")).toHaveAttribute("data-code", "presence-only");
  });

  it("applies a fix at the right place when the text before the rule was written differently", async () => {
    const user = userEvent.setup();
    render(<FilterBuilder schema={schema} defaultValue={'userName   PR\nAND groups eq "604fab5e830203614e6fa59d" AND staffbase.status eq "Pending"'} />);
    await user.click(within(rule("3")).getByRole("button", { name: 'Replace with "pending"' }));
    expect(filterText()).toHaveValue('userName   PR\nAND groups eq "604fab5e830203614e6fa59d" AND staffbase.status eq "pending"');
  });

  it("shows warnings without marking anything invalid", () => {
    render(<FilterBuilder schema={schema} defaultValue='created eq "2024-01-01"' />);
    const item = rule("1");
    expect(within(item).getByText("Warning:")).toBeInTheDocument();
    expect(item).not.toHaveClass("sfb-invalid");
    expect(within(item).getByLabelText(/^Value of rule 1/)).not.toHaveAttribute("aria-invalid");
    expect(summary()).toHaveTextContent("Problems: 1 warning");
  });

  it("shows a contradiction at the clause that contradicts", () => {
    render(<FilterBuilder schema={schema} defaultValue='userName pr and (staffbase.role eq "admin" and staffbase.role eq "editor")' />);
    expect(within(rule("2.2")).getByText(/cannot equal both "admin" and "editor"/, { selector: ".sfb-diagnostic-message" })).toBeInTheDocument();
    expect(within(rule("2.1")).queryByText(/cannot equal/)).not.toBeInTheDocument();
  });

  it("shows a problem about a whole group at the group, not at one of its rules", () => {
    const text = 'userName pr and (staffbase.role eq "admin" or password pr)';
    const start = text.indexOf("(") + 1;
    const external = { text, diagnostics: [{ severity: "error" as const, code: "server" as const, message: "Too complex for the server", span: { start, end: text.length - 1 }, suggestions: [] }] };
    render(<FilterBuilder schema={schema} defaultValue={text} externalDiagnostics={external} />);
    const group = screen.getByRole("listitem", { name: "group 2" });
    const message = within(group).getByText("Too complex for the server");
    expect(message.closest(".sfb-rule")).toBeNull();
    expect(message.closest(".sfb-group")).toBe(group);
  });
});

describe("the problems list while the text view holds invalid text", () => {
  it("gives positions in the text the diagnostics are about (the last valid text, as written)", () => {
    render(<FilterBuilder schema={staffbaseUserSchema} defaultValue={'userName pr\n  and staffbase.role eq "Adm"'} />);
    expect(summary()).toHaveTextContent("(2:25)");
    fireEvent.change(filterText(), { target: { value: 'userName pr\n  and staffbase.role eq "Adm" and' } });
    expect(summary()).toHaveTextContent("(2:25)");
  });
});

import { staffbaseUserSchema } from "@scim-filter/core";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { FilterBuilder } from "./FilterBuilder.js";
import { RuleView } from "./RuleView.js";
import { renderCounts } from "../test/render-counter.js";

const schema = staffbaseUserSchema;

describe("<FilterBuilder>", () => {
  it("builds field → operator → value by clicking, and the text follows", async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<FilterBuilder schema={schema} onValueChange={onValueChange} />);
    await user.click(screen.getByRole("button", { name: "Add a rule to Filter" }));
    await user.click(screen.getByRole("combobox", { name: "Field of rule 1" }));
    await user.click(await screen.findByRole("option", { name: /^Role/ }));
    await user.click(screen.getByRole("combobox", { name: /^Value of rule 1: role is/ }));
    await user.click(await screen.findByRole("option", { name: /^Admin/ }));
    expect(screen.getByRole("textbox", { name: "Filter text" })).toHaveValue('staffbase.role eq "admin"');
    expect(onValueChange).toHaveBeenLastCalledWith('staffbase.role eq "admin"', expect.objectContaining({ valid: true }));
  });

  it("re-renders only the edited rule of a large filter", async () => {
    const user = userEvent.setup();
    const text = Array.from({ length: 200 }, (_, i) => `profile.f${i} eq "v${i}"`).join(" and ");
    render(<FilterBuilder schema={schema} defaultValue={text} showSummary={false} />);
    renderCounts(RuleView).clear();
    const input = screen.getByRole("textbox", { name: /^Value of rule 57:/ });
    await user.type(input, "x");
    expect([...renderCounts(RuleView).keys()]).toHaveLength(1);
    expect(screen.getByRole("textbox", { name: "Filter text" })).toHaveValue(text.replace('"v56"', '"v56x"'));
  });

  it("keeps the last valid rules while the text is invalid, and shows the error", async () => {
    const user = userEvent.setup();
    render(<FilterBuilder schema={schema} defaultValue="userName pr" />);
    const textbox = screen.getByRole("textbox", { name: "Filter text" });
    await user.type(textbox, " and");
    expect(screen.getByRole("alert")).toHaveTextContent('Expected an attribute name, "not" or "(" after "and" at line 1, column 16');
    expect(screen.getAllByRole("listitem", { name: /^rule/ })).toHaveLength(1);
  });

  it("marks an invalid rule at the rule and applies a suggested fix", async () => {
    const user = userEvent.setup();
    render(<FilterBuilder schema={schema} defaultValue='staffbase.role eq "Admin"' />);
    const rule = screen.getByRole("listitem", { name: /^rule 1/ });
    expect(within(rule).getByText(/values are case-sensitive/)).toBeInTheDocument();
    await user.click(within(rule).getByRole("button", { name: 'Replace with "admin"' }));
    expect(screen.getByRole("textbox", { name: "Filter text" })).toHaveValue('staffbase.role eq "admin"');
  });

  it("keeps two builders independent", async () => {
    const user = userEvent.setup();
    render(
      <>
        <FilterBuilder schema={schema} defaultValue="userName pr" aria-label="First" />
        <FilterBuilder schema={schema} defaultValue="userName pr" aria-label="Second" />
      </>,
    );
    const first = screen.getByRole("region", { name: "First" });
    const second = screen.getByRole("region", { name: "Second" });
    await user.click(within(first).getByRole("button", { name: "Remove rule 1: user name is present" }));
    expect(within(first).getByRole("textbox", { name: "Filter text" })).toHaveValue("");
    expect(within(second).getByRole("textbox", { name: "Filter text" })).toHaveValue("userName pr");
  });

  it("undoes with Ctrl+Z", async () => {
    const user = userEvent.setup();
    render(<FilterBuilder schema={schema} defaultValue="userName pr" />);
    await user.click(screen.getByRole("button", { name: "Add a rule to Filter" }));
    expect(screen.getAllByRole("listitem", { name: /^rule/ })).toHaveLength(2);
    await user.keyboard("{Control>}z{/Control}");
    expect(screen.getAllByRole("listitem", { name: /^rule/ })).toHaveLength(1);
  });
});

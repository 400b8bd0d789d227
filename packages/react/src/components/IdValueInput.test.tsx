import { staffbaseUserSchema } from "@scim-filter/core";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { LoadOptions } from "../context.js";
import { choose, filterText, optionLabels, rule } from "../test/builder.js";
import { FilterBuilder } from "./FilterBuilder.js";

const schema = staffbaseUserSchema;
const ID = "604fab5e830203614e6fa59d";

function idInput(): HTMLInputElement {
  const input = within(rule("1")).getByLabelText(/^Value of rule 1:/);
  if (!(input instanceof HTMLInputElement)) throw new Error("expected an input");
  return input;
}

function datalistOptions(input: HTMLInputElement): { value: string; label: string }[] {
  const list = input.list;
  if (list === null) return [];
  return [...list.querySelectorAll("option")].map((option) => ({ value: option.value, label: option.label }));
}

async function advance(ms: number): Promise<void> {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

describe("id value editor", () => {
  it("field → operator → id, with the operators in words and the id format checked as you type", async () => {
    const user = userEvent.setup();
    render(<FilterBuilder schema={schema} />);
    await user.click(screen.getByRole("button", { name: "Add a rule to Filter" }));
    await choose(user, screen.getByRole("combobox", { name: "Field of rule 1" }), "Group");
    await user.click(screen.getByRole("combobox", { name: /^Operator of rule 1: group is member of/ }));
    expect(optionLabels()).toEqual(["is member of", "is not member of"]);
    await user.click(screen.getByRole("option", { name: "is not member of" }));

    const input = idInput();
    expect(input).toHaveAttribute("placeholder", ID);
    expect(input).not.toHaveAttribute("list");
    await user.type(input, "604f");
    expect(input).toHaveAttribute("aria-invalid", "true");
    const hint = screen.getByText("Expected a 24-character hexadecimal id.");
    expect(input.getAttribute("aria-describedby")?.split(" ")).toContain(hint.id);
    expect(filterText()).toHaveValue('groups ne "604f"');

    await user.clear(input);
    // Pasted ids lose surrounding white space.
    await user.click(input);
    await user.paste(` ${ID} `);
    expect(filterText()).toHaveValue(`groups ne "${ID}"`);
    expect(input).not.toHaveAttribute("aria-invalid");
    expect(screen.queryByText("Expected a 24-character hexadecimal id.")).not.toBeInTheDocument();
    expect(screen.getByRole("listitem", { name: `rule 1: group is not member of ${ID}` })).toBeInTheDocument();
  });

  it("looks names up with loadOptions after a 200 ms pause and offers them in a datalist", async () => {
    vi.useFakeTimers();
    const loadOptions = vi.fn<LoadOptions>(({ query }) =>
      Promise.resolve(query === "" ? [] : [{ value: ID, label: `Engineering (${query})` }, { value: "5fc7743d3dd910548d350a2a", label: "Sales" }]),
    );
    render(<FilterBuilder schema={schema} defaultValue='groups eq ""' loadOptions={loadOptions} />);
    const input = idInput();
    // The first lookup (for the empty value) waits for the pause too.
    await advance(199);
    expect(loadOptions).not.toHaveBeenCalled();
    await advance(1);
    expect(loadOptions).toHaveBeenCalledTimes(1);
    expect(loadOptions).toHaveBeenLastCalledWith(expect.objectContaining({ field: "groups", query: "" }));

    // Typing quickly makes one lookup, for the last text.
    fireEvent.change(input, { target: { value: "e" } });
    await advance(100);
    fireEvent.change(input, { target: { value: "en" } });
    await advance(199);
    expect(loadOptions).toHaveBeenCalledTimes(1);
    await advance(1);
    expect(loadOptions).toHaveBeenCalledTimes(2);
    expect(loadOptions).toHaveBeenLastCalledWith(expect.objectContaining({ field: "groups", query: "en" }));

    expect(input.list?.id).toBe(input.getAttribute("list"));
    expect(datalistOptions(input)).toEqual([
      { value: ID, label: "Engineering (en)" },
      { value: "5fc7743d3dd910548d350a2a", label: "Sales" },
    ]);

    // Choosing a suggestion sets the id and shows its name.
    fireEvent.change(input, { target: { value: ID } });
    expect(filterText()).toHaveValue(`groups eq "${ID}"`);
    expect(within(rule("1")).getByText("Engineering (en)")).toBeInTheDocument();
    expect(input).not.toHaveAttribute("aria-busy");
  });

  it("aborts a lookup the user typed past and ignores its late answer", async () => {
    vi.useFakeTimers();
    const pending: { query: string; signal: AbortSignal; resolve: (options: { value: string; label: string }[]) => void }[] = [];
    const loadOptions = vi.fn<LoadOptions>(
      ({ query, signal }) =>
        new Promise((resolve) => {
          pending.push({ query, signal, resolve });
        }),
    );
    render(<FilterBuilder schema={schema} defaultValue='groups eq "a"' loadOptions={loadOptions} />);
    const input = idInput();
    await advance(200);
    expect(pending.map((request) => request.query)).toEqual(["a"]);
    expect(input).toHaveAttribute("aria-busy", "true");

    fireEvent.change(input, { target: { value: "ab" } });
    expect(pending[0]?.signal.aborted).toBe(true);
    await advance(200);
    expect(pending.map((request) => request.query)).toEqual(["a", "ab"]);

    await act(async () => {
      pending[1]?.resolve([{ value: "ab", label: "Fresh" }]);
      pending[0]?.resolve([{ value: "a", label: "Stale" }]);
      await Promise.resolve();
    });
    expect(datalistOptions(input)).toEqual([{ value: "ab", label: "Fresh" }]);
    expect(input).not.toHaveAttribute("aria-busy");
    expect(within(rule("1")).getByText("Fresh")).toBeInTheDocument();
  });

  it("shows no suggestions when the lookup fails", async () => {
    vi.useFakeTimers();
    const loadOptions = vi.fn<LoadOptions>(() => Promise.reject(new Error("offline")));
    render(<FilterBuilder schema={schema} defaultValue='groups eq "a"' loadOptions={loadOptions} />);
    await advance(200);
    expect(loadOptions).toHaveBeenCalledTimes(1);
    expect(datalistOptions(idInput())).toEqual([]);
    expect(idInput()).not.toHaveAttribute("aria-busy");
    expect(filterText()).toHaveValue('groups eq "a"');
  });
});

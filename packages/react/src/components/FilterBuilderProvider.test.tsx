import type { Diagnostic, Filter } from "@scim-filter/core";
import { parseFilter, staffbaseUserSchema } from "@scim-filter/core";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import type { BuilderMessages } from "../i18n/messages.js";
import { defaultMessages } from "../i18n/messages.js";
import { choose, filterText, rule, rules } from "../test/builder.js";
import { FilterBuilder } from "./FilterBuilder.js";
import type { FilterChangeDetails } from "./FilterBuilderProvider.js";

const schema = staffbaseUserSchema;

function names(scope?: HTMLElement): string[] {
  return rules(scope).map((item) => item.getAttribute("aria-label") ?? "");
}

/** A parent that owns the filter text, as a form would. */
function Controlled({ initial, onChange }: { initial: string; onChange?: (text: string, details: FilterChangeDetails) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <FilterBuilder
        schema={schema}
        value={value}
        onValueChange={(text, details) => {
          setValue(text);
          onChange?.(text, details);
        }}
      />
      <button type="button" onClick={() => setValue("password pr or emails pr")}>
        Load from elsewhere
      </button>
      <output aria-label="Parent value">{value}</output>
    </>
  );
}

function parentValue(): string {
  return screen.getByRole("status", { name: "Parent value" }).textContent ?? "";
}

describe("controlled and uncontrolled use", () => {
  it("controlled: the parent's value drives the builder and hears every change with its details", async () => {
    const user = userEvent.setup();
    const onChange = vi.fn<(text: string, details: FilterChangeDetails) => void>();
    render(<Controlled initial='staffbase.role eq "admin"' onChange={onChange} />);
    expect(names()).toEqual(["rule 1: role is Admin"]);
    expect(onChange).not.toHaveBeenCalled();

    await choose(user, screen.getByRole("combobox", { name: "Value of rule 1: role is Admin" }), "Editor");
    expect(parentValue()).toBe('staffbase.role eq "editor"');
    expect(onChange).toHaveBeenCalledTimes(1);
    const [text, details] = onChange.mock.lastCall ?? [];
    expect(text).toBe('staffbase.role eq "editor"');
    expect(details).toMatchObject({ valid: true, diagnostics: [], filter: { type: "compare", operator: "eq", value: "editor" } });

    // A value with an error is reported as not valid.
    fireEvent.change(filterText(), { target: { value: 'staffbase.role eq "Editor"' } });
    expect(onChange.mock.lastCall?.[1]).toMatchObject({ valid: false, diagnostics: [{ code: "value-not-allowed" }] });
    expect(parentValue()).toBe('staffbase.role eq "Editor"');
  });

  it("controlled: a new value from the parent replaces the tree", async () => {
    const user = userEvent.setup();
    render(<Controlled initial='staffbase.role eq "admin"' />);
    await user.click(screen.getByRole("button", { name: "Load from elsewhere" }));
    expect(names()).toEqual(["rule 1: password is present", "rule 2: email is present"]);
    expect(filterText()).toHaveValue("password pr or emails pr");
    expect(parentValue()).toBe("password pr or emails pr");
  });

  it("controlled: the builder's own echo does not reset the text while typing", async () => {
    const user = userEvent.setup();
    const onChange = vi.fn<(text: string, details: FilterChangeDetails) => void>();
    render(<Controlled initial="" onChange={onChange} />);
    await user.type(filterText(), "userName PR  AND password pr");
    expect(filterText()).toHaveValue("userName PR  AND password pr");
    expect(filterText()).toHaveFocus();
    expect(parentValue()).toBe("userName PR  AND password pr");
    expect(names()).toEqual(["rule 1: user name is present", "rule 2: password is present"]);
    // Half-typed (invalid) text is not reported as a value.
    expect(onChange.mock.calls.map(([text]) => text)).not.toContain("userName PR  AND");
  });

  it("controlled: invalid text typed since the last value survives the parent's renders with that value", async () => {
    const user = userEvent.setup();
    function Echo() {
      const [value, setValue] = useState("");
      const [, rerender] = useState(0);
      return (
        <>
          <FilterBuilder schema={schema} value={value} onValueChange={(text) => setValue(text)} />
          <button type="button" onClick={() => rerender((count) => count + 1)}>
            Re-render
          </button>
        </>
      );
    }
    render(<Echo />);
    await user.type(filterText(), "userName PR");
    await user.type(filterText(), " AND");
    await user.click(screen.getByRole("button", { name: "Re-render" }));
    expect(filterText()).toHaveValue("userName PR AND");
    expect(screen.getByRole("alert")).toBeInTheDocument();
    expect(names()).toEqual(["rule 1: user name is present"]);
  });

  it("controlled: accepts a parsed Filter, and a new but equal Filter object changes nothing", async () => {
    const user = userEvent.setup();
    function WithFilter() {
      const [filter, setFilter] = useState<Filter>(() => parseFilter("userName pr"));
      const [, rerender] = useState(0);
      return (
        <>
          <FilterBuilder schema={schema} value={filter} onValueChange={(_text, details) => details.filter !== null && setFilter(details.filter)} />
          <button type="button" onClick={() => rerender((count) => count + 1)}>
            Re-render
          </button>
          <button type="button" onClick={() => setFilter(parseFilter("userName pr"))}>
            Same again
          </button>
          <button type="button" onClick={() => setFilter(parseFilter('staffbase.status eq "pending"'))}>
            Pending
          </button>
        </>
      );
    }
    render(<WithFilter />);
    expect(names()).toEqual(["rule 1: user name is present"]);
    await user.type(filterText(), " AND");
    await user.click(screen.getByRole("button", { name: "Same again" }));
    await user.click(screen.getByRole("button", { name: "Re-render" }));
    // The half-typed text survives parent renders with an equal filter.
    expect(filterText()).toHaveValue("userName pr AND");
    await user.click(screen.getByRole("button", { name: "Pending" }));
    expect(filterText()).toHaveValue('staffbase.status eq "pending"');
    expect(names()).toEqual(["rule 1: status is Pending"]);
  });

  it("uncontrolled: starts from defaultValue (text or Filter) and ignores later changes of it", () => {
    const { rerender } = render(<FilterBuilder schema={schema} defaultValue={parseFilter("userName pr and password pr")} />);
    expect(filterText()).toHaveValue("userName pr and password pr");
    rerender(<FilterBuilder schema={schema} defaultValue="emails pr" />);
    expect(filterText()).toHaveValue("userName pr and password pr");
    expect(rules()).toHaveLength(2);
  });

  it("uncontrolled: reports changes through onValueChange", async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<FilterBuilder schema={schema} defaultValue="userName pr and password pr" onValueChange={onValueChange} />);
    await user.click(screen.getByRole("button", { name: "Remove rule 1: user name is present" }));
    expect(onValueChange).toHaveBeenCalledTimes(1);
    expect(onValueChange).toHaveBeenLastCalledWith("password pr", expect.objectContaining({ valid: true }));
    await user.click(screen.getByRole("button", { name: "Remove rule 1: password is present" }));
    expect(onValueChange).toHaveBeenLastCalledWith("", { filter: null, diagnostics: [], valid: true });
  });

  it("re-judges the filter when the schema changes, which is not a change of the value", () => {
    const onValueChange = vi.fn();
    const { rerender } = render(<FilterBuilder defaultValue='staffbase.role eq "Admin"' onValueChange={onValueChange} />);
    expect(within(rule("1")).queryByRole("button", { name: 'Replace with "admin"' })).not.toBeInTheDocument();
    rerender(<FilterBuilder schema={schema} defaultValue='staffbase.role eq "Admin"' onValueChange={onValueChange} />);
    expect(within(rule("1")).getByRole("button", { name: 'Replace with "admin"' })).toBeInTheDocument();
    expect(onValueChange).not.toHaveBeenCalled();
  });
});

describe("messages", () => {
  it("replaces labels and announcements with the given dictionary", async () => {
    const user = userEvent.setup();
    const messages: Partial<BuilderMessages> = {
      rootGroup: "Filter (de)",
      rule: (position, summary) => (summary === "" ? `Regel ${position}` : `Regel ${position}: ${summary}`),
      removeNode: (node) => `${node} entfernen`,
      addRule: (group) => `Regel zu ${group} hinzufügen`,
      undo: "Rückgängig",
      textLabel: "Filtertext",
      announce: { ...defaultMessages.announce, remove: "Entfernt." },
    };
    render(<FilterBuilder schema={schema} defaultValue="userName pr" messages={messages} />);
    expect(screen.getByRole("listitem", { name: "Regel 1: user name is present" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Regel zu Filter (de) hinzufügen" })).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Filtertext" })).toHaveValue("userName pr");
    await user.click(screen.getByRole("button", { name: "Regel 1: user name is present entfernen" }));
    expect(screen.getByRole("status")).toHaveTextContent("Entfernt.");
    expect(screen.getByRole("button", { name: "Rückgängig" })).toBeEnabled();
    // What was not replaced stays English.
    expect(screen.getByRole("button", { name: "Redo" })).toBeDisabled();
  });
});

describe("external diagnostics", () => {
  const serverError = (start: number, end: number): Diagnostic => ({ severity: "error", code: "server", message: "The server rejected this part", span: { start, end }, suggestions: [] });

  it("shows them at the rule for their text and drops them when the text changes", async () => {
    const user = userEvent.setup();
    const text = "userName pr and password pr";
    const onValueChange = vi.fn();
    render(<FilterBuilder schema={schema} defaultValue={text} externalDiagnostics={{ text, diagnostics: [serverError(16, 27)] }} onValueChange={onValueChange} />);
    expect(within(rule("2")).getByText("The server rejected this part")).toBeInTheDocument();
    expect(within(rule("1")).queryByText("The server rejected this part")).not.toBeInTheDocument();
    expect(rule("2")).toHaveClass("sfb-invalid");
    // Receiving them is not a change of the value.
    expect(onValueChange).not.toHaveBeenCalled();

    await user.type(filterText(), " and emails pr");
    expect(screen.queryByText("The server rejected this part")).not.toBeInTheDocument();
    expect(rule("2")).not.toHaveClass("sfb-invalid");
  });

  it("ignores them when they were reported for another text", () => {
    render(<FilterBuilder schema={schema} defaultValue="userName pr" externalDiagnostics={{ text: "password pr", diagnostics: [serverError(0, 11)] }} />);
    expect(screen.queryByText("The server rejected this part")).not.toBeInTheDocument();
  });

  it("shows them when they arrive later, and removes them when the prop is cleared", () => {
    const text = "userName pr";
    const { rerender } = render(<FilterBuilder schema={schema} defaultValue={text} />);
    rerender(<FilterBuilder schema={schema} defaultValue={text} externalDiagnostics={{ text, diagnostics: [serverError(0, 11)] }} />);
    expect(within(rule("1")).getByText("The server rejected this part")).toBeInTheDocument();
    rerender(<FilterBuilder schema={schema} defaultValue={text} externalDiagnostics={null} />);
    expect(screen.queryByText("The server rejected this part")).not.toBeInTheDocument();
  });
});

describe("two builders on one page", () => {
  it("keep their own rules, text, history, radio groups and focus", async () => {
    const user = userEvent.setup();
    render(
      <>
        <FilterBuilder schema={schema} defaultValue="userName pr and password pr" aria-label="First" />
        <FilterBuilder schema={schema} defaultValue="userName pr and password pr" aria-label="Second" />
      </>,
    );
    const first = screen.getByRole("region", { name: "First" });
    const second = screen.getByRole("region", { name: "Second" });
    const ids = [...document.querySelectorAll("[id]")].map((element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);

    await user.click(within(first).getByRole("radio", { name: "any (or)" }));
    expect(within(first).getByRole("radio", { name: "any (or)" })).toBeChecked();
    expect(within(second).getByRole("radio", { name: "all (and)" })).toBeChecked();

    await user.click(within(second).getByRole("button", { name: "Add a rule to Filter" }));
    expect(second).toContainElement(document.activeElement as HTMLElement);
    expect(rules(first)).toHaveLength(2);
    expect(rules(second)).toHaveLength(3);

    fireEvent.change(filterText(second), { target: { value: "emails pr" } });
    expect(names(second)).toEqual(["rule 1: email is present"]);
    expect(filterText(first)).toHaveValue("userName pr or password pr");

    await user.click(within(first).getByRole("button", { name: "Undo" }));
    expect(filterText(first)).toHaveValue("userName pr and password pr");
    expect(filterText(second)).toHaveValue("emails pr");
    act(() => within(second).getByRole("button", { name: "More actions for rule 1: email is present" }).focus());
    await user.keyboard("{Control>}z{/Control}");
    expect(rules(second)).toHaveLength(3);
    expect(rules(first)).toHaveLength(2);
  });
});

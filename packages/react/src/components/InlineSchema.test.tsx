import { staffbaseUserSchema, withProfileFields } from "@scim-filter/core";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { choose, filterText, rules } from "../test/builder.js";
import { FilterBuilder } from "./FilterBuilder.js";

describe("a schema written in render", () => {
  it("a new but equal schema object on every render: one edit, no loop, one report", async () => {
    const user = userEvent.setup();
    const reports: string[] = [];
    let renders = 0;
    function App() {
      const [state, setState] = useState({ text: 'staffbase.role eq "admin"', valid: true });
      renders += 1;
      return (
        <>
          <FilterBuilder
            schema={withProfileFields(staffbaseUserSchema, [{ id: "department", label: "Department" }])}
            defaultValue={state.text}
            onValueChange={(text, d) => {
              reports.push(text);
              setState({ text, valid: d.valid });
            }}
          />
          <output aria-label="Parent">{`${state.text} ${state.valid ? "valid" : "invalid"}`}</output>
        </>
      );
    }
    render(<App />);
    await choose(user, screen.getByRole("combobox", { name: "Value of rule 1: role is Admin" }), "Editor");
    expect(screen.getByRole("status", { name: "Parent" })).toHaveTextContent('staffbase.role eq "editor" valid');
    expect(reports).toEqual(['staffbase.role eq "editor"']);
    // One render for the state change (and the first): not one per new schema object.
    expect(renders).toBeLessThan(5);
    expect(rules()).toHaveLength(1);
    expect(filterText()).toHaveValue('staffbase.role eq "editor"');
  });
});

describe("a schema whose content changes", () => {
  it("is used at once, and judging the filter anew is not a change of the value", () => {
    const onValueChange = vi.fn();
    const text = 'profile.department eq "Sales"';
    const schemaWith = (label: string) => withProfileFields(staffbaseUserSchema, [{ id: "department", label }]);
    const { rerender } = render(<FilterBuilder schema={schemaWith("Department")} defaultValue={text} onValueChange={onValueChange} />);
    expect(rules().map((item) => item.getAttribute("aria-label"))).toEqual(["rule 1: department is Sales"]);
    rerender(<FilterBuilder schema={schemaWith("Abteilung")} defaultValue={text} onValueChange={onValueChange} />);
    expect(rules().map((item) => item.getAttribute("aria-label"))).toEqual(["rule 1: abteilung is Sales"]);
    rerender(<FilterBuilder schema={withProfileFields(staffbaseUserSchema, [])} defaultValue={text} onValueChange={onValueChange} />);
    expect(within(rules()[0] as HTMLElement).getByText(/not one of this instance's fields/)).toBeInTheDocument();
    expect(onValueChange).not.toHaveBeenCalled();
  });
});

import { explainFilter, staffbaseUserSchema } from "@scim-filter/core";
import { fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { filterText } from "../test/builder.js";
import { FilterBuilder } from "./FilterBuilder.js";

const schema = staffbaseUserSchema;
const reader = { id: "u1", userName: "ann", status: "activated", role: { type: "reader" } };

function renderExplained(text: string, user: Record<string, unknown> = reader) {
  const explanation = { text, explanation: explainFilter(text, user, schema) };
  return render(<FilterBuilder schema={schema} defaultValue={text} explanation={explanation} />);
}

function deciding(): HTMLElement | null {
  return screen.queryByRole("figure", { name: "Deciding clauses" });
}

/** Each mark as its visible text and its visually hidden verdict. */
function marks(): { text: string; verdict: string; className: string }[] {
  const figure = deciding();
  if (figure === null) throw new Error("no deciding clauses shown");
  return Array.from(figure.querySelectorAll("mark"), (mark) => {
    const hidden = mark.querySelector(".sfb-visually-hidden");
    return { text: mark.firstChild?.textContent ?? "", verdict: hidden?.textContent?.trim() ?? "", className: mark.className };
  });
}

describe("deciding clauses in the text view", () => {
  it("marks the clause that met the filter in a copy of the text, the textarea unchanged", () => {
    const text = 'staffbase.role eq "admin" or userName pr';
    renderExplained(text);
    expect(filterText()).toHaveValue(text);
    const figure = deciding();
    expect(figure?.querySelector("pre")).toHaveTextContent(/^staffbase\.role eq "admin" or userName pr \(met\)$/);
    expect(marks()).toEqual([{ text: "userName pr", verdict: "(met)", className: "sfb-clause sfb-met sfb-decisive" }]);
  });

  it("marks every clause of an unmet `or` as not met", () => {
    renderExplained('staffbase.role eq "admin" or  staffbase.role eq "editor"');
    expect(marks().map(({ text, verdict }) => `${text} ${verdict}`)).toEqual(['staffbase.role eq "admin" (not met)', 'staffbase.role eq "editor" (not met)']);
    expect(marks().every(({ className }) => className.includes("sfb-not-met"))).toBe(true);
  });

  it("marks an undecidable clause unknown", () => {
    renderExplained('userName pr and staffbase.role eq "admin"', { id: "u2", userName: "bo", status: "activated" });
    expect(marks()).toEqual([{ text: 'staffbase.role eq "admin"', verdict: "(unknown)", className: "sfb-clause sfb-unknown sfb-decisive" }]);
  });

  it("shows nothing when only the status default decided", () => {
    renderExplained("userName pr", { id: "u3", userName: "cy", status: "pending" });
    expect(screen.getByText(/^Also applied:/)).toBeInTheDocument();
    expect(deciding()).toBeNull();
  });

  it("goes when the text changes, stays editable, and comes back with the explained text", async () => {
    const user = userEvent.setup();
    const text = 'staffbase.role eq "admin" or userName pr';
    renderExplained(text);
    expect(deciding()).not.toBeNull();
    await user.type(filterText(), " and password pr");
    expect(filterText()).toHaveValue(`${text} and password pr`);
    expect(deciding()).toBeNull();
    // Back to the explained text by hand: the explanation applies again.
    fireEvent.change(filterText(), { target: { value: text } });
    expect(marks().map(({ text: marked }) => marked)).toEqual(["userName pr"]);
    // Text that does not parse: the rules keep their last valid state, but the copy would not match it.
    fireEvent.change(filterText(), { target: { value: `${text} and (` } });
    expect(screen.getByRole("alert")).toBeInTheDocument();
    expect(deciding()).toBeNull();
  });

  it("shows nothing for an explanation of another text, or without one", () => {
    const explanation = { text: "userName pr", explanation: explainFilter("userName pr", reader, schema) };
    const { rerender } = render(<FilterBuilder schema={schema} defaultValue="password pr" explanation={explanation} />);
    expect(deciding()).toBeNull();
    rerender(<FilterBuilder schema={schema} defaultValue="password pr" />);
    expect(deciding()).toBeNull();
  });

  it("takes its name from the dictionary", () => {
    const text = "userName pr";
    const explanation = { text, explanation: explainFilter(text, reader, schema) };
    render(<FilterBuilder schema={schema} defaultValue={text} explanation={explanation} messages={{ explanationHighlight: "Entscheidende Bedingungen" }} />);
    expect(within(screen.getByRole("figure", { name: "Entscheidende Bedingungen" })).getByText("userName pr")).toHaveClass("sfb-clause");
  });
});

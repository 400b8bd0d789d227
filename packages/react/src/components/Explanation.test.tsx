import { explainFilter, scimCoreUserSchema, staffbaseUserSchema } from "@scim-filter/core";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { filterText, rule } from "../test/builder.js";
import { FilterBuilder } from "./FilterBuilder.js";

const reader = { id: "u1", userName: "ann", status: "activated", role: { type: "reader" } };
const TEXT = 'staffbase.role eq "admin" or userName pr';

describe("explanation", () => {
  it("marks each rule met or not met, with the reason and the decisive rule", () => {
    const explanation = explainFilter(TEXT, reader, staffbaseUserSchema);
    render(<FilterBuilder schema={staffbaseUserSchema} defaultValue={TEXT} explanation={{ text: TEXT, explanation }} />);
    const role = rule("1");
    expect(role).toHaveClass("sfb-not-met");
    expect(role).not.toHaveClass("sfb-decisive");
    expect(within(role).getByText("not met")).toHaveClass("sfb-explanation-badge");
    expect(within(role).getByText(/the user's role is reader/)).toBeInTheDocument();
    const userName = rule("2");
    expect(userName).toHaveClass("sfb-met", "sfb-decisive");
    expect(within(userName).getByText("met")).toHaveClass("sfb-explanation-badge");
    expect(within(userName).getByText("(decisive)")).toHaveClass("sfb-visually-hidden");
  });

  it("lists the implicit status clause under the root group", () => {
    const explanation = explainFilter(TEXT, reader, staffbaseUserSchema);
    render(<FilterBuilder schema={staffbaseUserSchema} defaultValue={TEXT} explanation={{ text: TEXT, explanation }} />);
    const line = screen.getByText(/^Also applied:/);
    expect(line).toHaveTextContent("Also applied: status is activated (default) — met");
  });

  it("shows unknown where the user object lacks the attribute", () => {
    const text = 'staffbase.role eq "admin"';
    const explanation = explainFilter(text, { id: "u2", status: "activated" }, staffbaseUserSchema);
    render(<FilterBuilder schema={staffbaseUserSchema} defaultValue={text} explanation={{ text, explanation }} />);
    expect(rule("1")).toHaveClass("sfb-unknown");
    expect(within(rule("1")).getByText("unknown")).toHaveClass("sfb-explanation-badge");
  });

  it("marks a value path with its own verdict, and the rules in it with theirs", () => {
    const text = 'emails[type eq "work" and value co "@x.org"]';
    const explanation = explainFilter(text, { userName: "bo", emails: [{ type: "home", value: "b@x.org" }] }, scimCoreUserSchema);
    render(<FilterBuilder schema={scimCoreUserSchema} defaultValue={text} explanation={{ text, explanation }} />);
    const valuePath = screen.getByRole("listitem", { name: "Value path 1: Emails" });
    expect(valuePath).toHaveClass("sfb-value-path", "sfb-not-met", "sfb-decisive");
    expect(within(valuePath).getByText(/none of the user's 1 entry for emails meets the condition/)).toBeInTheDocument();
    expect(rule("1.1")).toHaveClass("sfb-not-met");
    expect(rule("1.2")).toHaveClass("sfb-met");
  });

  it("shows the rules in a value path with the verdicts of the entry that met it, not the last entry", () => {
    const text = 'emails[type eq "work" and value co "@example.com"]';
    const emails = [
      { type: "work", value: "a@example.com" },
      { type: "home", value: "b@other.org" },
    ];
    const explanation = explainFilter(text, { userName: "bo", emails }, scimCoreUserSchema);
    render(<FilterBuilder schema={scimCoreUserSchema} defaultValue={text} explanation={{ text, explanation }} />);
    expect(screen.getByRole("listitem", { name: "Value path 1: Emails" })).toHaveClass("sfb-met", "sfb-decisive");
    expect(rule("1.1")).toHaveClass("sfb-met", "sfb-decisive");
    expect(within(rule("1.1")).getByText(/this entry's type is work/)).toBeInTheDocument();
    expect(rule("1.2")).toHaveClass("sfb-met", "sfb-decisive");
    expect(within(rule("1.2")).getByText(/this entry's value is a@example.com/)).toBeInTheDocument();
  });

  it("shows an unmet value path's rules with the entry that met the most of its conditions", () => {
    const text = 'emails[type eq "work" and value co "@example.com"]';
    const emails = [
      { type: "home", value: "a@other.org" },
      { type: "work", value: "b@other.org" },
      { type: "home", value: "c@other.org" },
    ];
    const explanation = explainFilter(text, { userName: "bo", emails }, scimCoreUserSchema);
    render(<FilterBuilder schema={scimCoreUserSchema} defaultValue={text} explanation={{ text, explanation }} />);
    expect(screen.getByRole("listitem", { name: "Value path 1: Emails" })).toHaveClass("sfb-not-met");
    expect(rule("1.1")).toHaveClass("sfb-met");
    expect(rule("1.2")).toHaveClass("sfb-not-met");
    expect(within(rule("1.2")).getByText(/this entry's value is b@other.org/)).toBeInTheDocument();
  });

  it("marks a raw rule (a value path the schema cannot edit)", () => {
    const text = 'emails[type eq "work"]';
    const explanation = explainFilter(text, { userName: "bo", emails: [{ type: "home", value: "b@x.org" }] });
    render(<FilterBuilder defaultValue={text} explanation={{ text, explanation }} />);
    expect(rule("1")).toHaveClass("sfb-raw", "sfb-not-met");
    expect(within(rule("1")).getByText("not met")).toBeInTheDocument();
  });

  it("shows nothing once the text is no longer the explained text", async () => {
    const user = userEvent.setup();
    const explanation = explainFilter(TEXT, reader, staffbaseUserSchema);
    const { rerender } = render(<FilterBuilder schema={staffbaseUserSchema} defaultValue={TEXT} explanation={{ text: "userName pr", explanation }} />);
    expect(rule("1")).not.toHaveClass("sfb-not-met");
    expect(screen.queryByText(/^Also applied:/)).toBeNull();

    rerender(<FilterBuilder schema={staffbaseUserSchema} defaultValue={TEXT} explanation={{ text: TEXT, explanation }} />);
    expect(rule("1")).toHaveClass("sfb-not-met");
    await user.type(filterText(), " and userName pr");
    expect(rule("1")).not.toHaveClass("sfb-not-met");
    expect(within(rule("1")).queryByText("not met")).toBeNull();
  });
});

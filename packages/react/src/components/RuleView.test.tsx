import { staffbaseUserSchema } from "@scim-filter/core";
import { act, fireEvent } from "@testing-library/react";
import type { Root } from "react-dom/client";
import { createRoot } from "react-dom/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FilterBuilder } from "./FilterBuilder.js";
import { RuleView } from "./RuleView.js";
import { renderCounts } from "../test/render-counter.js";

const schema = staffbaseUserSchema;
const COUNT = 1000;

const BAD_GROUP = 'groups eq "not-an-id"';

/**
 * Rule `i` of the big filter: mostly free profile fields; every 100th the same malformed group id, so
 * some rules have diagnostics (and equal content). Group membership is multi-valued: no contradictions
 * between clauses, whose warnings would rightly re-render other rules.
 */
function clause(i: number): string {
  return i % 100 === 50 ? BAD_GROUP : `profile.f${i} eq "v${i}"`;
}

const TEXT = Array.from({ length: COUNT }, (_, i) => clause(i)).join(" and ");

/**
 * One 1,000-rule builder for the whole file, since rendering it is the slow part. It is mounted by hand
 * so that the per-test cleanup does not unmount it; the tests run in order, each on what the last left.
 */
let container: HTMLElement;
let root: Root;
let textarea: HTMLTextAreaElement;

function ruleItems(): NodeListOf<HTMLLIElement> {
  return container.querySelectorAll<HTMLLIElement>("li.sfb-rule");
}

function idOf(index: number): string {
  const id = ruleItems()[index]?.dataset.nodeId;
  if (id === undefined) throw new Error(`no rule ${index}`);
  return id;
}

/** Which rules rendered, and how often, during `change`. */
function rendersDuring(change: () => void): Map<string, number> {
  renderCounts(RuleView).clear();
  change();
  return new Map(renderCounts(RuleView));
}

beforeAll(() => {
  container = document.createElement("div");
  document.body.append(container);
  root = createRoot(container);
  act(() => root.render(<FilterBuilder schema={schema} defaultValue={TEXT} showSummary={false} />));
  const found = container.querySelector("textarea");
  if (found === null) throw new Error("no text view");
  textarea = found;
  expect(ruleItems()).toHaveLength(COUNT);
});

afterAll(() => {
  act(() => root.unmount());
  container.remove();
});

describe("per-rule subscriptions with 1,000 rules", () => {
  it("editing one value re-renders that rule alone, once", () => {
    const id = idOf(500);
    const input = container.querySelector<HTMLInputElement>(`[data-node-id="${id}"] input.sfb-value-input`);
    if (input === null) throw new Error("no value input");
    const renders = rendersDuring(() => fireEvent.change(input, { target: { value: "v500x" } }));
    expect([...renders]).toEqual([[id, 1]]);
    expect(textarea.value).toBe(TEXT.replace('profile.f500 eq "v500"', 'profile.f500 eq "v500x"'));
  });

  it("re-parsing text with one token changed re-renders only the changed rule", () => {
    // One of ten equal rules, and the text before the later ones gets longer: their relative diagnostics stay equal.
    const before = textarea.value;
    const position = before.indexOf(BAD_GROUP, before.indexOf("profile.f349 "));
    const next = `${before.slice(0, position)}groups eq "604fab5e830203614e6fa59d"${before.slice(position + BAD_GROUP.length)}`;
    const id = idOf(350);
    const renders = rendersDuring(() => fireEvent.change(textarea, { target: { value: next } }));
    expect([...renders]).toEqual([[id, 1]]);
    expect(ruleItems()[350]).toHaveAccessibleName("rule 351: group is member of 604fab5e830203614e6fa59d");
    expect(ruleItems()[350]).not.toHaveClass("sfb-invalid");
    expect(ruleItems()[250]).toHaveClass("sfb-invalid");
    expect(ruleItems()[450]).toHaveClass("sfb-invalid");
  });

  it("re-parsing the same filter written differently re-renders no rule", () => {
    const renders = rendersDuring(() => fireEvent.change(textarea, { target: { value: `  ${textarea.value.replaceAll(" and ", "  AND ")}` } }));
    expect(renders.size).toBe(0);
  });

  it("changing the group's combinator or negation re-renders no rule", () => {
    const or = container.querySelector<HTMLInputElement>('input[type="radio"][value="or"]');
    const not = container.querySelector<HTMLInputElement>('input[aria-label="Negate Filter (not)"]');
    if (or === null || not === null) throw new Error("no group controls");
    expect(rendersDuring(() => fireEvent.click(or)).size).toBe(0);
    expect(rendersDuring(() => fireEvent.click(not)).size).toBe(0);
    expect(textarea.value.startsWith("not (profile.f0 eq")).toBe(true);
  });

  it("adding a rule at the end renders the new rule alone", () => {
    const add = container.querySelector<HTMLButtonElement>('button[aria-label="Add a rule to Filter"]');
    if (add === null) throw new Error("no add button");
    const renders = rendersDuring(() => fireEvent.click(add));
    expect(ruleItems()).toHaveLength(COUNT + 1);
    expect([...renders.keys()]).toEqual([idOf(COUNT)]);
  });
});

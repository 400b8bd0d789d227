// Builder render cost in jsdom with React's production build: mounting 100/500/1,000 rules, editing one
// value, and replacing the filter from text with one token changed — for our builder and for
// react-querybuilder rendering the same query in the same run.
import { staffbaseUserSchema } from "@scim-filter/core";
import { FilterBuilder } from "@scim-filter/react";
import type { FunctionComponent } from "react";
import { createElement } from "react";
import type { Root } from "react-dom/client";
import { createRoot } from "react-dom/client";
import { flushSync } from "react-dom";
import type { Field, RuleGroupType } from "react-querybuilder";
import { QueryBuilder } from "react-querybuilder";
import { medianMs, medianMsWithin } from "../measure.js";

export interface RenderRow {
  library: string;
  rules: number;
  mountMs: number;
  editOneValueMs: number;
  /** Ours: typing a changed token into the text view (re-parse, reconcile, render). RQB: a new query object with one value changed. */
  replaceFromTextMs: number;
  /** Ours only: rule components rendered by one value edit (1 = only the edited rule). */
  rulesRenderedByEdit: number | null;
}

export interface RenderResult {
  rows: RenderRow[];
  /** Edit cost at the largest size divided by edit cost at the smallest, for each library (flat ≈ 1). */
  editGrowth: Record<string, number>;
}

function filterText(rules: number, changed = -1): string {
  return Array.from({ length: rules }, (_, i) => `profile.f${i} eq "v${i}${i === changed ? "x" : ""}"`).join(" and ");
}

function rqbQuery(rules: number, changed = -1): RuleGroupType {
  return { combinator: "and", rules: Array.from({ length: rules }, (_, i) => ({ field: `f${i % 20}`, operator: "=", value: `v${i}${i === changed ? "x" : ""}` })) };
}

const RQB_FIELDS: Field[] = Array.from({ length: 20 }, (_, i) => ({ name: `f${i}`, label: `Field ${i}` }));
// react-querybuilder's generic props do not type-check under exactOptionalPropertyTypes; these are the props used.
const ReactQueryBuilder = QueryBuilder as unknown as FunctionComponent<{ fields: Field[]; query?: RuleGroupType; defaultQuery?: RuleGroupType }>;

function mount(element: ReturnType<typeof createElement>): { root: Root; container: HTMLElement } {
  const container = document.createElement("div");
  document.body.appendChild(container);
  const root = createRoot(container);
  flushSync(() => root.render(element));
  return { root, container };
}

function unmount({ root, container }: { root: Root; container: HTMLElement }): void {
  flushSync(() => root.unmount());
  container.remove();
}

/** Sets an input's value the way React notices (its value setter is instrumented). */
function typeInto(element: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  // The DOM's own classes: Node has a global Event of its own that jsdom does not accept.
  const view = element.ownerDocument.defaultView as unknown as typeof globalThis;
  const prototype = element instanceof view.HTMLTextAreaElement ? view.HTMLTextAreaElement.prototype : view.HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(prototype, "value")?.set?.call(element, value);
  flushSync(() => {
    element.dispatchEvent(new view.Event("input", { bubbles: true }));
  });
}

/** Renders per rule, counted from outside the builder (the react package's test-only render counter). */
async function ruleRenderCounts(): Promise<Map<string, number>> {
  const { renderCounts } = await import("../../../react/src/test/render-counter.js");
  const { RuleView } = await import("../../../react/src/components/RuleView.js");
  return renderCounts(RuleView);
}

export async function runRenderSuite(options: { quick: boolean }): Promise<RenderResult> {
  const sizes = options.quick ? [10] : [100, 500, 1000];
  const runs = options.quick ? 1 : 3;
  // Edits are cheap: more of them, after unmeasured ones so the JIT's warm-up is not what is measured, and
  // for a second each so a collection in a few of them does not decide the median.
  const editRuns = options.quick ? 1 : 21;
  const warmUp = options.quick ? 0 : 20;
  const measureEdits = (edit: () => void) => (options.quick ? medianMs(edit, 1) : medianMsWithin(edit, 1000, editRuns));
  const counts = await ruleRenderCounts();
  const rows: RenderRow[] = [];
  for (const rules of sizes) {
    // Ours.
    const text = filterText(rules);
    const mountMs = medianMs(() => unmount(mount(createElement(FilterBuilder, { schema: staffbaseUserSchema, defaultValue: text, showSummary: false }))), runs);
    const mounted = mount(createElement(FilterBuilder, { schema: staffbaseUserSchema, defaultValue: text, showSummary: false }));
    const middle = Math.floor(rules / 2);
    const valueInputs = mounted.container.querySelectorAll<HTMLInputElement>("input.sfb-value-input");
    let edits = 0;
    const editValue = () => typeInto(valueInputs[middle] as HTMLInputElement, `edited ${(edits += 1)}`);
    for (let i = 0; i < warmUp; i++) editValue();
    counts.clear();
    const editOneValueMs = measureEdits(editValue);
    const rulesRenderedByEdit = counts.size;
    const textarea = mounted.container.querySelector("textarea") as HTMLTextAreaElement;
    let flip = false;
    const replaceFromText = () => {
      flip = !flip;
      typeInto(textarea, filterText(rules, flip ? middle : -1));
    };
    for (let i = 0; i < warmUp; i++) replaceFromText();
    const replaceFromTextMs = measureEdits(replaceFromText);
    unmount(mounted);
    rows.push({ library: "@scim-filter/react", rules, mountMs, editOneValueMs, replaceFromTextMs, rulesRenderedByEdit });

    // react-querybuilder, the same query.
    const query = rqbQuery(rules);
    const rqbMountMs = medianMs(() => unmount(mount(createElement(ReactQueryBuilder, { fields: RQB_FIELDS, defaultQuery: query }))), runs);
    const rqb = mount(createElement(ReactQueryBuilder, { fields: RQB_FIELDS, defaultQuery: query }));
    const rqbInputs = rqb.container.querySelectorAll<HTMLInputElement>(".rule-value");
    let rqbEdits = 0;
    const rqbEdit = () => typeInto(rqbInputs[middle] as HTMLInputElement, `edited ${(rqbEdits += 1)}`);
    for (let i = 0; i < warmUp; i++) rqbEdit();
    const rqbEditMs = measureEdits(rqbEdit);
    unmount(rqb);
    let rqbFlip = false;
    const controlled = mount(createElement(ReactQueryBuilder, { fields: RQB_FIELDS, query }));
    const rqbReplaceMs = medianMs(() => {
      rqbFlip = !rqbFlip;
      flushSync(() => controlled.root.render(createElement(ReactQueryBuilder, { fields: RQB_FIELDS, query: rqbQuery(rules, rqbFlip ? middle : -1) })));
    }, runs);
    unmount(controlled);
    rows.push({ library: "react-querybuilder", rules, mountMs: rqbMountMs, editOneValueMs: rqbEditMs, replaceFromTextMs: rqbReplaceMs, rulesRenderedByEdit: null });
  }
  const growth = (library: string) => {
    const mine = rows.filter((row) => row.library === library);
    return (mine.at(-1)?.editOneValueMs ?? Number.NaN) / (mine[0]?.editOneValueMs ?? Number.NaN);
  };
  return { rows, editGrowth: { "@scim-filter/react": growth("@scim-filter/react"), "react-querybuilder": growth("react-querybuilder") } };
}

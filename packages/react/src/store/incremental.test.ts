// The store takes shortcuts after an edit (formatting with spans instead of parsing, re-parsing only the
// edited clause, remembered clause diagnostics). Whatever the edits, what it derives must equal what a
// fresh store derives from the same text.
import { staffbaseUserSchema } from "@scim-filter/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { GroupNode, RuleNode } from "../model/types.js";
import { createBuilderStore } from "./builder-store.js";

const CLAUSES = [
  'staffbase.role eq "admin"',
  'staffbase.role eq "editor"',
  'staffbase.status eq "pending"',
  "userName pr",
  'created gt "2021-01-01"',
  'created lt "2020-01-01"',
  'profile.department eq "Sales"',
  'groups eq "604fab5e830203614e6fa59d"',
  'staffbase.rol eq "x"',
  "not (emails pr)",
];

const filterText = fc
  .array(fc.constantFrom(...CLAUSES), { minLength: 1, maxLength: 6 })
  .chain((clauses) => fc.array(fc.constantFrom(" and ", " or "), { minLength: clauses.length - 1, maxLength: clauses.length - 1 }).map((joins) => clauses.map((clause, index) => (index === 0 ? clause : `${joins[index - 1] ?? " and "}${clause}`)).join("")));

/** An edit as a user makes it: a value typed, a token retyped, characters inserted or removed anywhere. */
const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 4 }), insert: fc.constantFrom("", "x", "1", '"', " ", "e", "adm", "or ", "(") });

function snapshot(store: ReturnType<typeof createBuilderStore>) {
  const { derived, textDraft, textError } = store.getState();
  return { text: derived.text, source: derived.source, filter: derived.filter, diagnostics: derived.diagnostics, textDraft, textError: textError?.message ?? null };
}

describe("derived state after edits", () => {
  it("equals a fresh store's for the same text, after typing in the text view", () => {
    fc.assert(
      fc.property(filterText, fc.array(edit, { minLength: 1, maxLength: 6 }), (initial, edits) => {
        const store = createBuilderStore({ schema: staffbaseUserSchema, initial });
        let text = initial;
        for (const { at, remove, insert } of edits) {
          const position = at % (text.length + 1);
          text = text.slice(0, position) + insert + text.slice(position + remove);
          store.getState().actions.setText(text);
        }
        const state = store.getState();
        // Invalid text keeps the last valid tree: compare with a fresh store of that text.
        const fresh = createBuilderStore({ schema: staffbaseUserSchema, initial: state.textError === null ? text : state.derived.source });
        const expected = snapshot(fresh);
        const actual = snapshot(store);
        expect({ ...actual, textDraft: null, textError: null }).toEqual({ ...expected, textDraft: null, textError: null });
      }),
      { numRuns: 300 },
    );
  });

  it("equals a fresh store's after value edits in the rules", () => {
    fc.assert(
      fc.property(filterText, fc.array(fc.tuple(fc.nat(), fc.constantFrom("admin", "x", "", "2021-01-01", 'a"b')), { minLength: 1, maxLength: 5 }), (initial, edits) => {
        const store = createBuilderStore({ schema: staffbaseUserSchema, initial });
        for (const [pick, value] of edits) {
          const { tree } = store.getState();
          const rules = Object.values(tree.nodes).filter((node): node is RuleNode => node.kind === "rule" && node.operator !== "pr");
          const rule = rules[pick % Math.max(1, rules.length)];
          if (rule !== undefined) store.getState().actions.setValue(rule.id, value);
        }
        const state = store.getState();
        expect((state.tree.nodes[state.tree.rootId] as GroupNode).kind).toBe("group");
        expect(snapshot(store)).toEqual(snapshot(createBuilderStore({ schema: staffbaseUserSchema, initial: state.derived.text })));
      }),
      { numRuns: 200 },
    );
  });
});

import type { Operator } from "@scim-filter/core";
import { explainFilter, rfc7643Schemas, schemaFromScim, scimCoreUserSchema, staffbaseUserSchema } from "@scim-filter/core";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import type { GroupNode, NodeId } from "../model/types.js";
import type { BuilderState, BuilderStore } from "./builder-store.js";
import { createBuilderStore } from "./builder-store.js";
import { nodeChanged, nodeChannelOf, nodesToCheck } from "./node-channel.js";

function setup(rules: number) {
  const initial = Array.from({ length: rules }, (_, i) => `profile.f${i} eq "v${i}"`).join(" and ");
  const store = createBuilderStore({ schema: staffbaseUserSchema, initial });
  const { tree } = store.getState();
  const ids = (tree.nodes[tree.rootId] as GroupNode).children;
  const channel = nodeChannelOf(store);
  const woken = new Map<string, number>();
  const unsubscribes = [tree.rootId, ...ids].map((id) => channel.subscribe(id, () => woken.set(id, (woken.get(id) ?? 0) + 1)));
  return { store, ids, rootId: tree.rootId, woken, unsubscribe: () => unsubscribes.forEach((stop) => stop()) };
}

describe("node channel", () => {
  it("is one per store", () => {
    const store = createBuilderStore({});
    expect(nodeChannelOf(store)).toBe(nodeChannelOf(store));
    expect(nodeChannelOf(createBuilderStore({}))).not.toBe(nodeChannelOf(store));
  });

  it("wakes only the edited rule when one value changes, however many rules there are", () => {
    for (const size of [10, 300]) {
      const { store, ids, woken } = setup(size);
      store.getState().actions.setValue(ids[3] as string, "changed");
      expect([...woken.keys()]).toEqual([ids[3]]);
    }
  });

  it("wakes a rule whose diagnostics change because of an edit elsewhere", () => {
    const store = createBuilderStore({ schema: staffbaseUserSchema, initial: 'userName pr and staffbase.role eq "admin" and title pr' });
    const { tree } = store.getState();
    const [first, role, title] = (tree.nodes[tree.rootId] as GroupNode).children as [string, string, string];
    const wokenRole = vi.fn();
    const wokenTitle = vi.fn();
    nodeChannelOf(store).subscribe(role, wokenRole);
    nodeChannelOf(store).subscribe(title, wokenTitle);
    // Editing the first clause into a contradiction of the second puts the warning on the second.
    store.getState().actions.setField(first, "staffbase.role");
    store.getState().actions.setOperator(first, "eq");
    store.getState().actions.setValue(first, "editor");
    expect(store.getState().derived.nodeDiagnostics[role]?.map((diagnostic) => diagnostic.code)).toContain("unsatisfiable");
    expect(wokenRole).toHaveBeenCalled();
    expect(wokenTitle).not.toHaveBeenCalled();
  });

  it("wakes the siblings of a moved rule (their places changed) and the group", () => {
    const { store, ids, rootId, woken } = setup(4);
    store.getState().actions.move(ids[1] as string, 1);
    expect(new Set(woken.keys())).toEqual(new Set([rootId, ...ids]));
  });

  it("wakes every node when the schema changes", () => {
    const { store, ids, rootId, woken } = setup(3);
    store.getState().actions.setSchema(scimCoreUserSchema);
    expect(new Set(woken.keys())).toEqual(new Set([rootId, ...ids]));
  });

  it("wakes no node for a change that no node reads (invalid text being typed)", () => {
    const { store, woken } = setup(3);
    store.getState().actions.setText("profile.f0 eq");
    expect(woken.size).toBe(0);
  });

  it("leaves the store once the last subscriber leaves", () => {
    const { store, ids, woken, unsubscribe } = setup(3);
    unsubscribe();
    store.getState().actions.setValue(ids[0] as string, "changed");
    expect(woken.size).toBe(0);
    const again = vi.fn();
    const stop = nodeChannelOf(store).subscribe(ids[0] as string, again);
    store.getState().actions.setValue(ids[0] as string, "changed again");
    expect(again).toHaveBeenCalledTimes(1);
    stop();
  });

  it("looks only at the nodes an edit changed, however many rules there are", () => {
    for (const size of [100, 1000]) {
      const { store, ids } = setup(size);
      const checked: number[] = [];
      store.subscribe((next, previous) => checked.push(nodesToCheck(next, previous)?.size ?? Number.NaN));
      store.getState().actions.setValue(ids[size / 2] as string, "changed");
      expect(checked).toEqual([1]);
    }
  });

  it("looks at every node whose slice changed, whatever the edits", () => {
    const schema = schemaFromScim(rfc7643Schemas);
    const TEXTS = ['userName pr and (title eq "x" or not (emails pr))', 'emails[type eq "work"] or userName pr', "", 'title eq "a" and title eq "b"'];
    const OPERATORS: Operator[] = ["eq", "pr", "co"];
    const action = fc.record({ kind: fc.nat({ max: 17 }), at: fc.nat(), n: fc.nat() });
    const apply = (store: BuilderStore, { kind, at, n }: { kind: number; at: number; n: number }) => {
      const { tree, actions, derived } = store.getState();
      const ids = Object.keys(tree.nodes);
      const id = ids[at % ids.length] as NodeId;
      const node = tree.nodes[id];
      const rule = node?.kind === "rule" ? id : null;
      const group = node?.kind === "group" ? id : tree.rootId;
      const steps = [
        () => rule !== null && actions.setValue(rule, ["a", "b", "2021-01-01"][n % 3] as string),
        () => rule !== null && actions.setField(rule, ["userName", "title", "emails", "bad path"][n % 4] as string),
        () => rule !== null && actions.setOperator(rule, OPERATORS[n % 3] as Operator),
        () => actions.addRule(group, n % 2 === 0 ? "title" : ""),
        () => actions.addGroup(group),
        () => actions.addValuePath(group),
        () => actions.remove(id),
        () => id !== tree.rootId && actions.duplicate(id),
        () => actions.move(id, n % 2 === 0 ? 1 : -1),
        () => actions.indent(id),
        () => actions.outdent(id),
        () => actions.setCombinator(group, n % 2 === 0 ? "and" : "or"),
        () => actions.toggleNot(group),
        () => actions.undo(),
        () => actions.redo(),
        () => actions.setText(TEXTS[n % TEXTS.length] as string),
        () => actions.setExternalDiagnostics({ text: derived.source, diagnostics: [{ severity: "error", code: "server", message: "no", span: { start: n % 9, end: (n % 9) + 3 }, suggestions: [] }] }),
        () => actions.setExplanation(derived.filter === null ? null : { text: derived.source, explanation: explainFilter(derived.filter, { userName: "ann", title: "a" }, schema) }),
      ];
      steps[kind]?.();
    };
    fc.assert(
      fc.property(fc.array(action, { minLength: 1, maxLength: 15 }), (actions) => {
        const store = createBuilderStore({ schema, initial: TEXTS[0] });
        const missed: NodeId[] = [];
        store.subscribe((next: BuilderState, previous: BuilderState) => {
          const checked = nodesToCheck(next, previous);
          if (checked === null) return;
          for (const id of new Set([...Object.keys(next.tree.nodes), ...Object.keys(previous.tree.nodes)])) {
            if (nodeChanged(id, next, previous) && !checked.has(id)) missed.push(id);
          }
        });
        for (const each of actions) apply(store, each);
        expect(missed).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

import { scimCoreUserSchema, staffbaseUserSchema } from "@scim-filter/core";
import { describe, expect, it, vi } from "vitest";
import type { GroupNode } from "../model/types.js";
import { createBuilderStore } from "./builder-store.js";
import { nodeChannelOf } from "./node-channel.js";

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
});

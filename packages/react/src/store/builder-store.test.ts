import type { FilterSchema } from "@scim-filter/core";
import { SchemaError, staffbaseUserSchema } from "@scim-filter/core";
import { describe, expect, it } from "vitest";
import type { GroupNode, RuleNode } from "../model/types.js";
import { BuilderNodeError } from "../model/node-error.js";
import { createBuilderStore } from "./builder-store.js";

const schema = staffbaseUserSchema;

function rootChildren(store: ReturnType<typeof createBuilderStore>) {
  const { tree } = store.getState();
  return (tree.nodes[tree.rootId] as GroupNode).children.map((id) => tree.nodes[id]);
}

describe("builder store", () => {
  it("builds a tree from text and the canonical text from the tree", () => {
    const store = createBuilderStore({ schema, initial: 'staffbase.status EQ "activated" AND staffbase.role eq "admin"' });
    const state = store.getState();
    expect(rootChildren(store)).toMatchObject([
      { kind: "rule", field: "staffbase.status", operator: "eq", value: "activated" },
      { kind: "rule", field: "staffbase.role", operator: "eq", value: "admin" },
    ]);
    expect(state.derived.text).toBe('staffbase.status eq "activated" and staffbase.role eq "admin"');
    // The text view keeps what the user wrote.
    expect(state.textDraft).toBe('staffbase.status EQ "activated" AND staffbase.role eq "admin"');
  });

  it("keeps the ids and objects of unchanged rules when the text changes by one token", () => {
    const store = createBuilderStore({ schema, initial: 'groups eq "604fab5e830203614e6fa59d" and staffbase.role eq "admin" and userName pr' });
    const before = rootChildren(store);
    store.getState().actions.setText('groups eq "604fab5e830203614e6fa59d" and staffbase.role eq "editor" and userName pr');
    const after = rootChildren(store);
    expect(after[0]).toBe(before[0]);
    expect(after[2]).toBe(before[2]);
    expect(after[1]).not.toBe(before[1]);
    expect(after[1]?.id).toBe(before[1]?.id);
    expect((after[1] as RuleNode).value).toBe("editor");
  });

  it("keeps the last valid tree and reports the error for invalid text", () => {
    const store = createBuilderStore({ schema, initial: "userName pr" });
    const tree = store.getState().tree;
    store.getState().actions.setText("userName pr and");
    const state = store.getState();
    expect(state.tree).toBe(tree);
    expect(state.textDraft).toBe("userName pr and");
    expect(state.textError?.offset).toBe(15);
  });

  it("attaches diagnostics to the rule they concern, relative to it", () => {
    const store = createBuilderStore({ schema, initial: 'userName pr and staffbase.role eq "Admin"' });
    const [, roleRule] = rootChildren(store);
    const diagnostics = store.getState().derived.nodeDiagnostics[roleRule?.id ?? ""];
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics?.[0]).toMatchObject({ code: "value-not-allowed", span: { start: 18, end: 25 } });
    // Applying the fix rewrites the text at the right place.
    const suggestion = diagnostics?.[0]?.suggestions[0];
    if (suggestion === undefined) throw new Error("expected a suggestion");
    store.getState().actions.applySuggestion(roleRule?.id ?? null, suggestion);
    expect(store.getState().textDraft).toBe('userName pr and staffbase.role eq "admin"');
    expect(store.getState().derived.diagnostics).toEqual([]);
  });

  it("edits rules, groups and undoes/redoes", () => {
    const store = createBuilderStore({ schema });
    const { actions } = store.getState();
    const ruleId = actions.addRule(undefined, "staffbase.role");
    expect(store.getState().tree.nodes[ruleId]).toMatchObject({ field: "staffbase.role", operator: "eq", value: "" });
    actions.setValue(ruleId, "admin");
    const groupId = actions.addGroup();
    const [, nested] = (store.getState().tree.nodes[groupId] as GroupNode).children.length === 1 ? [groupId, (store.getState().tree.nodes[groupId] as GroupNode).children[0]] : [];
    actions.setField(nested as string, "userName");
    expect(store.getState().tree.nodes[nested as string]).toMatchObject({ operator: "pr", value: null });
    actions.addRule(groupId, "externalId");
    expect(store.getState().derived.text).toBe('staffbase.role eq "admin" and (userName pr or externalId pr)');
    actions.toggleNot(groupId);
    expect(store.getState().derived.text).toBe('staffbase.role eq "admin" and not (userName pr or externalId pr)');
    actions.undo();
    expect(store.getState().derived.text).toBe('staffbase.role eq "admin" and (userName pr or externalId pr)');
    actions.redo();
    expect(store.getState().derived.text).toBe('staffbase.role eq "admin" and not (userName pr or externalId pr)');
    actions.outdent(nested as string);
    expect(store.getState().derived.text).toBe('staffbase.role eq "admin" and not (externalId pr) and userName pr');
    actions.move(nested as string, -1);
    actions.move(nested as string, -1);
    expect(store.getState().derived.text).toBe('userName pr and staffbase.role eq "admin" and not (externalId pr)');
  });

  it("shows value paths and unknown attributes as raw rules", () => {
    const store = createBuilderStore({ schema, initial: 'emails[type eq "work"] and staffbase.rol eq "admin"' });
    expect(rootChildren(store)).toMatchObject([
      { kind: "raw", reason: "valuePath", text: 'emails[type eq "work"]' },
      { kind: "raw", reason: "unknownAttribute", text: 'staffbase.rol eq "admin"' },
    ]);
  });

  it("undoes a run of typing back to the text before it, not to a half-typed text", () => {
    const store = createBuilderStore({ schema, initial: "userName  PR" });
    const { actions } = store.getState();
    // Typing " or password pr": invalid on the way, valid at "… or password pr".
    for (const text of ["userName  PR o", "userName  PR or", "userName  PR or password", "userName  PR or password pr"]) actions.setText(text);
    expect(store.getState().past).toHaveLength(1);
    actions.undo();
    expect(store.getState()).toMatchObject({ textDraft: "userName  PR", textError: null });
    expect(store.getState().derived.text).toBe("userName pr");
  });

  it("says where focus goes after a removal: next sibling, previous sibling, the emptied group, the root", () => {
    const store = createBuilderStore({ schema, initial: "userName pr and (password pr or emails pr) and externalId pr" });
    const { actions } = store.getState();
    const [first, group, last] = rootChildren(store);
    const [password, emails] = (group as GroupNode).children;
    const focusAfter = (id: string | undefined) => {
      actions.remove(id as string);
      return store.getState().event;
    };
    expect(focusAfter(first?.id)).toMatchObject({ type: "remove", focus: group?.id });
    expect(focusAfter(emails)).toMatchObject({ focus: password });
    expect(focusAfter(password)).toMatchObject({ focus: group?.id });
    expect(focusAfter(group?.id)).toMatchObject({ focus: last?.id });
    expect(focusAfter(last?.id)).toMatchObject({ focus: store.getState().tree.rootId });
  });

  it("gives two stores independent state", () => {
    const a = createBuilderStore({ schema, initial: "userName pr" });
    const b = createBuilderStore({ schema, initial: "userName pr" });
    a.getState().actions.setText("password pr");
    expect(b.getState().derived.text).toBe("userName pr");
  });
});

describe("undo steps", () => {
  it("makes a run of typing in one value box one step, and a new box another", () => {
    const store = createBuilderStore({ schema, initial: 'userName pr and profile.team eq "" and profile.site eq ""' });
    const [, team, site] = (store.getState().tree.nodes[store.getState().tree.rootId] as GroupNode).children;
    const { actions } = store.getState();
    for (const text of ["a", "ab", "abc"]) actions.setValue(team as string, text);
    actions.setValue(site as string, "x");
    actions.setValue(site as string, "xy");
    expect(store.getState().derived.text).toBe('userName pr and profile.team eq "abc" and profile.site eq "xy"');
    actions.undo();
    expect(store.getState().derived.text).toBe('userName pr and profile.team eq "abc" and profile.site eq ""');
    actions.undo();
    expect(store.getState().derived.text).toBe('userName pr and profile.team eq "" and profile.site eq ""');
  });

  it("keeps operator and value when the field changes to one of the same kind, and resets them otherwise", () => {
    const store = createBuilderStore({ schema, initial: 'created gt "2021-01-01" and staffbase.role eq "admin"' });
    const [created, role] = (store.getState().tree.nodes[store.getState().tree.rootId] as GroupNode).children as [string, string];
    const { actions } = store.getState();
    actions.setField(created, "updated");
    expect(store.getState().tree.nodes[created]).toMatchObject({ field: "updated", operator: "gt", value: "2021-01-01" });
    actions.setField(role, "staffbase.status");
    expect(store.getState().tree.nodes[role]).toMatchObject({ field: "staffbase.status", operator: "eq", value: "" });
    actions.setField(role, "deactivated");
    expect(store.getState().tree.nodes[role]).toMatchObject({ field: "deactivated", operator: "gt", value: "" });
  });
});

describe("a schema of the wrong shape", () => {
  // As a JavaScript caller or a JSON file can give it: no operators.
  const broken = { id: "hr", name: "HR", attributes: [{ path: "userName", label: "User name", type: "string" }] } as unknown as FilterSchema;

  it("is refused with a SchemaError naming the bad part, when the store is created or given it", () => {
    expect(() => createBuilderStore({ schema: broken, initial: 'userName eq "a"' })).toThrow(new SchemaError("attributes.userName.operators", "is missing"));
    const store = createBuilderStore({ schema, initial: "userName pr" });
    const before = store.getState();
    expect(() => store.getState().actions.setSchema(broken)).toThrow(SchemaError);
    expect(store.getState()).toBe(before);
  });
});

describe("fixes and positions while the text view holds invalid text", () => {
  // The diagnostics' spans point into the last valid text, spaced as the user wrote it.
  const valid = 'userName pr   and   staffbase.role eq "Adm"';

  it("a fix applies to the text its spans point into, not to the canonical text", () => {
    const store = createBuilderStore({ schema, initial: valid });
    const [, roleRule] = rootChildren(store);
    const suggestion = store.getState().derived.nodeDiagnostics[roleRule?.id ?? ""]?.[0]?.suggestions[0];
    if (roleRule === undefined || suggestion === undefined) throw new Error("expected a fix for the role");
    store.getState().actions.setText('userName pr   and   staffbase.role eq "Adm"admin"');
    expect(store.getState().textError).not.toBeNull();
    store.getState().actions.applySuggestion(roleRule.id, suggestion);
    expect(store.getState().textDraft).toBe('userName pr   and   staffbase.role eq "admin"');
    expect(store.getState().textError).toBeNull();
    expect(store.getState().derived.diagnostics).toEqual([]);
  });
});

describe("actions given the wrong node", () => {
  it("a group action on a rule, or any action on an unknown id, is refused with a BuilderNodeError and changes nothing", () => {
    const store = createBuilderStore({ schema, initial: "userName pr and (emails pr or password pr)" });
    const [userName, group] = rootChildren(store);
    if (userName === undefined || group === undefined) throw new Error("expected two nodes");
    const before = store.getState();
    const { actions } = before;
    const refusals: [() => unknown, string][] = [
      [() => actions.toggleNot(userName.id), `Node ${userName.id} is a rule, not a group`],
      [() => actions.setCombinator(userName.id, "or"), `Node ${userName.id} is a rule, not a group`],
      [() => actions.addRule(userName.id), `Node ${userName.id} is a rule, not a group`],
      [() => actions.addGroup(userName.id), `Node ${userName.id} is a rule, not a group`],
      [() => actions.setValue(group.id, "x"), `Node ${group.id} is a group, not a rule`],
      [() => actions.toggleNot("nope"), "No node nope in the filter tree"],
      [() => actions.setCombinator("nope", "and"), "No node nope in the filter tree"],
      [() => actions.setField("nope", "userName"), "No node nope in the filter tree"],
      [() => actions.remove("nope"), "No node nope in the filter tree"],
    ];
    for (const [act, message] of refusals) {
      expect(act).toThrow(BuilderNodeError);
      expect(act).toThrow(message);
      expect(store.getState()).toBe(before);
    }
    // The group actions still work on a group.
    actions.toggleNot(group.id);
    expect(store.getState().textDraft).toBe("userName pr and not (emails pr or password pr)");
  });
});

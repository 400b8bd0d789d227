// The store with value paths: rules inside read their fields against the attribute's sub-attributes,
// value paths are added and changed whole, and moves across their brackets do nothing.
import { rfc7643Schemas, schemaFromScim, staffbaseUserSchema, valuePathSchema } from "@scim-filter/core";
import { describe, expect, it } from "vitest";
import type { GroupNode, NodeId, RuleNode } from "../model/types.js";
import { createBuilderStore } from "./builder-store.js";
import { fieldSchemaOf, schemaInside, valuePathAttributes } from "./node-schema.js";

const schema = schemaFromScim(rfc7643Schemas);
const WORK_EMAILS = 'emails[type eq "work" and value co "@example.com"]';

type Store = ReturnType<typeof createBuilderStore>;

function childrenOf(store: Store, id: NodeId = store.getState().tree.rootId): readonly NodeId[] {
  return (store.getState().tree.nodes[id] as GroupNode).children;
}

function nodeOf<T>(store: Store, id: NodeId): T {
  return store.getState().tree.nodes[id] as T;
}

describe("the schema per node", () => {
  it("is the attribute's sub-attributes inside a value path, nested groups included", () => {
    const store = createBuilderStore({ schema, initial: `userName pr and emails[type eq "work" and (value co "@a" or primary eq true)]` });
    const { tree } = store.getState();
    const [userName, valuePath] = childrenOf(store) as [NodeId, NodeId];
    const [type, nested] = childrenOf(store, valuePath) as [NodeId, NodeId];
    const [value] = childrenOf(store, nested) as [NodeId];
    const emails = valuePathSchema(schema, "emails");
    expect(fieldSchemaOf(tree, schema, userName)).toBe(schema);
    expect(fieldSchemaOf(tree, schema, type)).toBe(emails);
    expect(fieldSchemaOf(tree, schema, value)).toBe(emails);
    expect(schemaInside(tree, schema, nested)).toBe(emails);
    expect(schemaInside(tree, schema, tree.rootId)).toBe(schema);
    expect(fieldSchemaOf(tree, undefined, type)).toBeUndefined();
  });

  it("gives rules added or edited inside a value path the sub-attribute's default operator and value", () => {
    const store = createBuilderStore({ schema, initial: WORK_EMAILS });
    const [valuePath] = childrenOf(store) as [NodeId];
    const { actions } = store.getState();
    // `primary` is a boolean sub-attribute of emails; at the top level there is no such attribute.
    const primary = actions.addRule(valuePath, "primary");
    expect(nodeOf<RuleNode>(store, primary)).toMatchObject({ field: "primary", operator: "eq", value: true });
    expect(store.getState().derived.text).toBe('emails[type eq "work" and value co "@example.com" and primary eq true]');

    const [type] = childrenOf(store, valuePath) as [NodeId];
    actions.setField(type, "primary");
    expect(nodeOf<RuleNode>(store, type)).toMatchObject({ field: "primary", operator: "eq", value: true });
    actions.setOperator(type, "pr");
    actions.setOperator(type, "eq");
    expect(nodeOf<RuleNode>(store, type)).toMatchObject({ operator: "eq", value: true });
    expect(store.getState().derived.diagnostics).toEqual([]);
  });

  it("lists the attributes a value path can be made of, once per schema", () => {
    expect(valuePathAttributes(schema).map((attribute) => attribute.path)).toEqual([
      "emails",
      "phoneNumbers",
      "ims",
      "photos",
      "addresses",
      "groups",
      "entitlements",
      "roles",
      "x509Certificates",
    ]);
    expect(valuePathAttributes(schema)).toBe(valuePathAttributes(schema));
    expect(valuePathAttributes(staffbaseUserSchema)).toEqual([]);
    expect(valuePathAttributes(undefined)).toEqual([]);
  });
});

describe("adding and changing value paths", () => {
  it("adds the first attribute with sub-attributes with one empty rule, focused", () => {
    const store = createBuilderStore({ schema, initial: "userName pr" });
    const { actions } = store.getState();
    const id = actions.addValuePath();
    if (id === null) throw new Error("expected a value path");
    expect(nodeOf<GroupNode>(store, id)).toMatchObject({ kind: "group", combinator: "and", not: false, valuePath: "emails" });
    const [ruleId] = childrenOf(store, id) as [NodeId];
    expect(nodeOf<RuleNode>(store, ruleId)).toMatchObject({ field: "" });
    expect(store.getState().event).toMatchObject({ type: "add", focus: ruleId });
    // Nothing in the text until a field is chosen.
    expect(store.getState().derived.text).toBe("userName pr");
    actions.setField(ruleId, "value");
    actions.setValue(ruleId, "@example.com");
    expect(store.getState().derived.text).toBe('userName pr and emails[value eq "@example.com"]');
    expect(actions.addValuePath(undefined, "addresses")).not.toBeNull();
    expect(nodeOf<GroupNode>(store, childrenOf(store)[2] as NodeId).valuePath).toBe("addresses");
  });

  it("refuses a value path inside a value path, of an attribute without sub-attributes, or without a schema", () => {
    const store = createBuilderStore({ schema, initial: `${WORK_EMAILS} and (userName pr or nickName pr)` });
    const [valuePath, plain] = childrenOf(store) as [NodeId, NodeId];
    const { actions } = store.getState();
    const tree = store.getState().tree;
    expect(actions.addValuePath(valuePath)).toBeNull();
    expect(actions.addGroup(valuePath)).not.toBeNull();
    const nested = childrenOf(store, valuePath)[2] as NodeId;
    const afterGroup = store.getState().tree;
    expect(actions.addValuePath(nested)).toBeNull();
    expect(actions.addValuePath(undefined, "userName")).toBeNull();
    expect(store.getState().tree).toBe(afterGroup);
    expect(tree).not.toBe(afterGroup);
    // In a plain group outside any value path it is fine.
    expect(actions.addValuePath(plain, "phoneNumbers")).not.toBeNull();
    expect(createBuilderStore({ schema: staffbaseUserSchema }).getState().actions.addValuePath()).toBeNull();
    expect(createBuilderStore().getState().actions.addValuePath(undefined, "emails")).toBeNull();
  });

  it("replaces the children with one empty rule when the attribute changes, and is undone in one step", () => {
    const store = createBuilderStore({ schema, initial: `userName pr and ${WORK_EMAILS}` });
    const [, valuePath] = childrenOf(store) as [NodeId, NodeId];
    const before = childrenOf(store, valuePath);
    const { actions } = store.getState();
    actions.setValuePath(valuePath, "EMAILS");
    // The same attribute, written another way: nothing changes.
    expect(childrenOf(store, valuePath)).toBe(before);
    actions.setValuePath(valuePath, "phoneNumbers");
    expect(nodeOf<GroupNode>(store, valuePath).valuePath).toBe("phoneNumbers");
    const [fresh] = childrenOf(store, valuePath) as [NodeId];
    expect(childrenOf(store, valuePath)).toHaveLength(1);
    expect(before).not.toContain(fresh);
    expect(nodeOf<RuleNode>(store, fresh)).toMatchObject({ field: "" });
    for (const gone of before) expect(store.getState().tree.nodes[gone]).toBeUndefined();
    expect(store.getState().derived.text).toBe("userName pr");
    actions.setField(fresh, "type");
    expect(fieldSchemaOf(store.getState().tree, schema, fresh)).toBe(valuePathSchema(schema, "phoneNumbers"));
    actions.undo();
    actions.undo();
    expect(store.getState().derived.text).toBe(`userName pr and ${WORK_EMAILS}`);
    // Not an attribute with sub-attributes, or not a value path: refused.
    const tree = store.getState().tree;
    actions.setValuePath(valuePath, "userName");
    actions.setValuePath(store.getState().tree.rootId, "emails");
    expect(store.getState().tree).toBe(tree);
  });
});

describe("moves at a value path's brackets", () => {
  it("do nothing: outdent out of the brackets, and no history entry", () => {
    const store = createBuilderStore({ schema, initial: `userName pr and ${WORK_EMAILS}` });
    const [, valuePath] = childrenOf(store) as [NodeId, NodeId];
    const [type] = childrenOf(store, valuePath) as [NodeId];
    const { actions } = store.getState();
    const state = store.getState();
    actions.outdent(type);
    expect(store.getState().tree).toBe(state.tree);
    expect(store.getState().past).toBe(state.past);
    expect(store.getState().derived.text).toBe(`userName pr and ${WORK_EMAILS}`);
  });

  it("indent next to a value path makes a new group; inside it, indent and outdent work as usual", () => {
    const store = createBuilderStore({ schema, initial: `${WORK_EMAILS} and userName pr` });
    const [valuePath, userName] = childrenOf(store) as [NodeId, NodeId];
    const { actions } = store.getState();
    actions.indent(userName);
    expect(store.getState().derived.text).toBe(`${WORK_EMAILS} and userName pr`);
    expect(childrenOf(store, valuePath)).toHaveLength(2);
    expect(store.getState().tree.parents[userName]).not.toBe(store.getState().tree.rootId);

    const [, value] = childrenOf(store, valuePath) as [NodeId, NodeId];
    actions.indent(value);
    const wrapper = store.getState().tree.parents[value] as NodeId;
    expect(store.getState().tree.parents[wrapper]).toBe(valuePath);
    expect(fieldSchemaOf(store.getState().tree, schema, value)).toBe(valuePathSchema(schema, "emails"));
    actions.outdent(value);
    expect(store.getState().tree.parents[value]).toBe(valuePath);
    expect(store.getState().derived.text).toBe(`${WORK_EMAILS} and userName pr`);
  });
});

describe("diagnostics in value paths", () => {
  it("shows an unknown sub-attribute at its raw rule and a problem with the attribute at the value path", () => {
    const store = createBuilderStore({ schema, initial: 'emails[typo eq "work"] and EMAILS[type eq "work"]' });
    const [first, second] = childrenOf(store) as [NodeId, NodeId];
    const [typo] = childrenOf(store, first) as [NodeId];
    const { nodeDiagnostics } = store.getState().derived;
    expect(nodeOf(store, typo)).toMatchObject({ kind: "raw", reason: "unknownAttribute" });
    expect(nodeDiagnostics[typo]?.map((diagnostic) => [diagnostic.code, diagnostic.span])).toEqual([["unknown-attribute", { start: 0, end: 4 }]]);
    const spelling = nodeDiagnostics[second]?.[0];
    expect(spelling).toMatchObject({ code: "attribute-spelling", span: { start: 0, end: 6 } });
    const fix = spelling?.suggestions[0];
    if (fix === undefined) throw new Error("expected a fix");
    store.getState().actions.applySuggestion(second, fix);
    expect(store.getState().textDraft).toBe('emails[typo eq "work"] and emails[type eq "work"]');
  });
});

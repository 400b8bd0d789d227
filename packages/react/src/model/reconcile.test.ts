import type { Filter, FilterSchema } from "@scim-filter/core";
import { formatFilter, parseFilter, rfc7643Schemas, schemaFromScim, staffbaseUserSchema } from "@scim-filter/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Draft, GroupDraft } from "./draft.js";
import { filterToDraft } from "./draft.js";
import { visibleOrder } from "./operations.js";
import { reconcile } from "./reconcile.js";
import type { BuilderNode, GroupNode, IdFactory, NodeId, Tree } from "./types.js";
import { valuePathGroupOf } from "./value-path.js";
import { ids, nodeAt, textOf, treeFrom } from "../test/trees.js";

const schema = staffbaseUserSchema;

function treeOf(text: string, previous: Tree | null = null, newId: IdFactory = ids(), withSchema: FilterSchema | undefined = schema): Tree {
  return treeFrom(text, withSchema, previous, newId);
}

function leaves(tree: Tree): BuilderNode[] {
  return visibleOrder(tree)
    .map((id) => tree.nodes[id] as BuilderNode)
    .filter((node) => node.kind !== "group");
}

function expectConsistent(tree: Tree): void {
  const seen = new Set<NodeId>();
  const walk = (id: NodeId) => {
    expect(seen.has(id)).toBe(false);
    seen.add(id);
    const current = tree.nodes[id] as BuilderNode;
    expect(current.id).toBe(id);
    if (current.kind === "group") {
      for (const child of current.children) {
        expect(tree.parents[child]).toBe(id);
        walk(child);
      }
    }
  };
  walk(tree.rootId);
  expect(Object.keys(tree.nodes).length).toBe(seen.size);
  expect(Object.keys(tree.parents).length).toBe(seen.size - 1);
}

describe("filterToDraft", () => {
  it("makes a top-level and/or the root and wraps anything else in an and-root", () => {
    expect(filterToDraft(null, schema)).toEqual({ kind: "group", combinator: "and", not: false, children: [] });
    expect(filterToDraft(parseFilter("userName pr or password pr"), schema)).toMatchObject({ combinator: "or", not: false, children: [{ field: "userName" }, { field: "password" }] });
    expect(filterToDraft(parseFilter("userName pr"), schema)).toEqual({
      kind: "group",
      combinator: "and",
      not: false,
      children: [{ kind: "rule", field: "userName", operator: "pr", value: null }],
    });
  });

  it("turns not (a or b) into a negated group and not (a) into a negated and-group of one", () => {
    expect(filterToDraft(parseFilter("userName pr and not (password pr or emails pr)"), schema)).toMatchObject({
      children: [{ kind: "rule" }, { kind: "group", combinator: "or", not: true, children: [{ field: "password" }, { field: "emails" }] }],
    });
    expect(filterToDraft(parseFilter("not (password pr)"), schema)).toEqual({
      kind: "group",
      combinator: "and",
      not: true,
      children: [{ kind: "rule", field: "password", operator: "pr", value: null }],
    });
  });

  it("keeps value paths and, with a schema, unknown attributes as canonical raw text", () => {
    const draft = filterToDraft(parseFilter('emails[type EQ "work"] and staffbase.rol eq "admin" and profile.x eq 1'), schema);
    expect(draft.children).toEqual([
      { kind: "raw", reason: "valuePath", text: 'emails[type eq "work"]' },
      { kind: "raw", reason: "unknownAttribute", text: 'staffbase.rol eq "admin"' },
      { kind: "rule", field: "profile.x", operator: "eq", value: 1 },
    ]);
    // Without a schema every attribute is a rule.
    expect(filterToDraft(parseFilter('staffbase.rol eq "admin"'), undefined).children).toEqual([{ kind: "rule", field: "staffbase.rol", operator: "eq", value: "admin" }]);
  });
});

describe("reconcile", () => {
  it("builds a fresh, consistent tree without a previous one", () => {
    const tree = treeOf('userName pr and (staffbase.role eq "admin" or groups eq "604fab5e830203614e6fa59d")', null, ids("x"));
    expect(tree.rootId).toBe("x1");
    expect(nodeAt(tree, 1)).toMatchObject({ kind: "group", combinator: "or", not: false });
    expect(nodeAt(tree, 1, 1)).toMatchObject({ kind: "rule", field: "groups", value: "604fab5e830203614e6fa59d" });
    expectConsistent(tree);
    expect(textOf(tree)).toBe('userName pr and (staffbase.role eq "admin" or groups eq "604fab5e830203614e6fa59d")');
  });

  it("returns the previous node objects when nothing changed", () => {
    const text = 'userName pr and not (staffbase.role eq "admin" or emails[type eq "work"])';
    const first = treeOf(text);
    const second = treeOf(text, first, ids("fresh"));
    expect(second.rootId).toBe(first.rootId);
    expect(second.parents).toEqual(first.parents);
    expect(Object.keys(second.nodes).sort()).toEqual(Object.keys(first.nodes).sort());
    for (const id of Object.keys(first.nodes)) expect(second.nodes[id]).toBe(first.nodes[id]);
  });

  it("keeps the id of an edited rule and every other object, the ancestors included", () => {
    const first = treeOf('userName pr and (staffbase.role eq "admin" or password pr) and externalId pr');
    const second = treeOf('userName pr and (staffbase.role eq "editor" or password pr) and externalId pr', first, ids("fresh"));
    const edited = nodeAt(first, 1, 0);
    expect(nodeAt(second, 1, 0)).toMatchObject({ id: edited.id, value: "editor" });
    expect(nodeAt(second, 1, 0)).not.toBe(edited);
    for (const id of Object.keys(first.nodes)) if (id !== edited.id) expect(second.nodes[id]).toBe(first.nodes[id]);
  });

  it("keeps the rules' objects when one is inserted or removed, and a new id for the new one", () => {
    const first = treeOf("userName pr and password pr");
    const inserted = treeOf("emails pr and userName pr and password pr", first, ids("fresh"));
    expect(nodeAt(inserted, 0).id).toBe("fresh1");
    expect(nodeAt(inserted, 1)).toBe(nodeAt(first, 0));
    expect(nodeAt(inserted, 2)).toBe(nodeAt(first, 1));
    expect(inserted.nodes[inserted.rootId]).not.toBe(first.nodes[first.rootId]);

    const removed = treeOf("password pr", first, ids("fresh"));
    expect(removed.rootId).toBe(first.rootId);
    expect(nodeAt(removed, 0)).toBe(nodeAt(first, 1));
    expect(removed.nodes[nodeAt(first, 0).id]).toBeUndefined();
    expectConsistent(removed);
  });

  it("follows reordered rules by their content", () => {
    const first = treeOf("userName pr and password pr and emails pr");
    const second = treeOf("emails pr and userName pr and password pr", first, ids("fresh"));
    expect(leaves(second)).toEqual([nodeAt(first, 2), nodeAt(first, 0), nodeAt(first, 1)]);
    expect(leaves(second)[0]).toBe(nodeAt(first, 2));
  });

  it("keeps a group's id and children when only its combinator or negation changes", () => {
    const first = treeOf("userName pr and (password pr or emails pr)");
    const second = treeOf("userName pr and not (password pr and emails pr)", first, ids("fresh"));
    const group = nodeAt(second, 1) as GroupNode;
    expect(group.id).toBe(nodeAt(first, 1).id);
    expect(group).toMatchObject({ combinator: "and", not: true });
    expect(nodeAt(second, 1, 0)).toBe(nodeAt(first, 1, 0));
    expect(nodeAt(second, 1, 1)).toBe(nodeAt(first, 1, 1));
    expect(nodeAt(second, 0)).toBe(nodeAt(first, 0));
  });

  it("gives a node a new id when its kind changes", () => {
    const first = treeOf('userName pr and staffbase.role eq "admin"');
    const second = treeOf('userName pr and emails[type eq "work"]', first, ids("fresh"));
    expect(nodeAt(second, 1)).toMatchObject({ kind: "raw", id: "fresh1" });
    expect(nodeAt(second, 0)).toBe(nodeAt(first, 0));
    expect(second.nodes[nodeAt(first, 1).id]).toBeUndefined();
  });

  it("keeps positions stable when an edit makes a rule equal to a later one", () => {
    const first = treeOf("userName pr and password pr");
    const second = treeOf("password pr and password pr", first, ids("fresh"));
    // The unchanged second rule keeps its object in its place; the edited first rule keeps its id.
    expect(nodeAt(second, 1)).toBe(nodeAt(first, 1));
    expect(nodeAt(second, 0).id).toBe(nodeAt(first, 0).id);
  });

  it("keeps positions stable when one of two equal rules is edited", () => {
    const first = treeOf("userName pr and password pr and userName pr");
    const second = treeOf("emails pr and password pr and userName pr", first, ids("fresh"));
    expect(nodeAt(second, 0).id).toBe(nodeAt(first, 0).id);
    expect(nodeAt(second, 1)).toBe(nodeAt(first, 1));
    expect(nodeAt(second, 2)).toBe(nodeAt(first, 2));
  });

  it("empties the tree for no filter, keeping the root id", () => {
    const first = treeOf("userName pr and password pr");
    const empty = treeOf("", first, ids("fresh"));
    expect(empty.rootId).toBe(first.rootId);
    expect(empty.nodes).toEqual({ [first.rootId]: { kind: "group", id: first.rootId, combinator: "and", not: false, children: [] } });
    expect(empty.parents).toEqual({});
  });
});

// ---------------------------------------------------------------------------------------------
// Properties over random filters. Small pools make equal leaves (and so ambiguous matches) common.

const ATTRIBUTES = ["userName", "password", "staffbase.role", "groups", "created", "profile.dept", "nickName", "urn:ietf:params:scim:schemas:core:2.0:User:userName"];
const VALUES = ['"admin"', '"Admin"', '"604fab5e830203614e6fa59d"', '"2024-01-01"', '"a\\"b"', '""', "1", "-2.5", "true", "false", "null"];
const OPERATORS = ["eq", "ne", "co", "sw", "ew", "gt", "ge", "lt", "le"];

const leafText = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(fc.constantFrom(...ATTRIBUTES), fc.constantFrom(...OPERATORS), fc.constantFrom(...VALUES)).map(([a, o, v]) => `${a} ${o} ${v}`) },
  { weight: 2, arbitrary: fc.constantFrom(...ATTRIBUTES).map((a) => `${a} pr`) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('emails[type eq "work"]', 'emails[type eq "work" and value co "@x"]', "addresses[not (primary eq true)]", 'phoneNumbers[type eq "work" or (value sw "+49" and primary eq true)]'),
  },
);

/** Filter text with every shape the grammar produces: chains, parenthesized chains inside chains, not. */
const filterTextArb: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", maxDepth: 4, depthIdentifier: "text" },
    leafText,
    fc.tuple(fc.constantFrom(" and ", " or ", " AND "), fc.array(tie("node"), { minLength: 2, maxLength: 4 })).map(([op, parts]) => `(${parts.join(op)})`),
    tie("node").map((inner) => `not (${inner})`),
  ),
})).node;

const filterArb: fc.Arbitrary<Filter> = filterTextArb.map((text) => parseFilter(text));
/** With the Staffbase schema (unknown attributes become raw rules) or without one; printed by name. */
const schemaArb = fc.constantFrom("staffbase", "none").map(
  (name): FilterSchema | undefined => (name === "staffbase" ? schema : undefined),
  (value) => (value === schema ? "staffbase" : "none"),
);

const scimSchema = schemaFromScim(rfc7643Schemas);
/** Also with a generic SCIM schema, whose value paths are groups (the leaf-editing property counts value paths as one leaf). */
const anySchemaArb = fc.constantFrom("staffbase", "scim", "none").map(
  (name): FilterSchema | undefined => (name === "staffbase" ? schema : name === "scim" ? scimSchema : undefined),
  (value) => (value === schema ? "staffbase" : value === scimSchema ? "scim" : "none"),
);

/** The value path a node is in (its parent's), which must not change while the node keeps its id. */
function valuePathOf(tree: Tree, id: NodeId): string | null {
  const parentId = tree.parents[id];
  return parentId === undefined ? null : (valuePathGroupOf(tree, parentId)?.valuePath ?? null);
}

/** The filter with its leaf number `target` (pre-order) changed so it is unlike any leaf in the pools. */
function changeLeaf(filter: Filter, target: number): Filter {
  let index = -1;
  const visit = (node: Filter): Filter => {
    switch (node.type) {
      case "and":
      case "or":
        return { ...node, filters: node.filters.map(visit) };
      case "not":
        return { ...node, filter: visit(node.filter) };
      default:
        index += 1;
        if (index !== target) return node;
        if (node.type === "valuePath") return { ...node, filter: { type: "present", attribute: { path: "changed", name: "changed" }, span: node.span } };
        return { type: "compare", attribute: node.attribute, operator: "eq", value: "changed ⟨unique⟩", span: node.span };
    }
  };
  return visit(filter);
}

function countLeaves(draft: GroupDraft): number {
  return draft.children.reduce((sum, child: Draft) => sum + (child.kind === "group" ? countLeaves(child) : 1), 0);
}

describe("reconcile properties", () => {
  it("round-trips: the tree of a filter formats to the filter's text", () => {
    fc.assert(
      fc.property(filterArb, anySchemaArb, (filter, withSchema) => {
        const tree = reconcile(filterToDraft(filter, withSchema), null, ids());
        expectConsistent(tree);
        expect(textOf(tree)).toBe(formatFilter(filter));
      }),
      { numRuns: 300 },
    );
  });

  it("round-trips when reconciled against an unrelated previous tree", () => {
    fc.assert(
      fc.property(filterArb, filterArb, anySchemaArb, (before, after, withSchema) => {
        const newId = ids();
        const first = reconcile(filterToDraft(before, withSchema), null, newId);
        const second = reconcile(filterToDraft(after, withSchema), first, newId);
        expectConsistent(second);
        expect(textOf(second)).toBe(formatFilter(after));
        // An id is never reused for a node of another kind, nor in another value path (its field's schema
        // comes from there, and per-node subscriptions rely on it staying the same).
        for (const [id, node] of Object.entries(second.nodes)) {
          if (first.nodes[id] === undefined) continue;
          expect(first.nodes[id]?.kind).toBe(node.kind);
          expect(valuePathOf(second, id)).toBe(valuePathOf(first, id));
        }
      }),
      { numRuns: 200 },
    );
  });

  it("re-reconciling the same filter returns the same node objects", () => {
    fc.assert(
      fc.property(filterArb, anySchemaArb, (filter, withSchema) => {
        const newId = ids();
        const first = reconcile(filterToDraft(filter, withSchema), null, newId);
        const second = reconcile(filterToDraft(filter, withSchema), first, newId);
        expect(second.rootId).toBe(first.rootId);
        expect(Object.keys(second.nodes).sort()).toEqual(Object.keys(first.nodes).sort());
        for (const id of Object.keys(first.nodes)) expect(second.nodes[id]).toBe(first.nodes[id]);
        expect(second.parents).toEqual(first.parents);
      }),
      { numRuns: 300 },
    );
  });

  it("changing one leaf keeps every other node's object, and the changed leaf its id", () => {
    const withTarget = filterArb.chain((filter) => {
      const count = countLeaves(filterToDraft(filter, undefined));
      return fc.tuple(fc.constant(filter), fc.nat({ max: count - 1 }));
    });
    fc.assert(
      fc.property(withTarget, schemaArb, ([filter, target], withSchema) => {
        const newId = ids();
        const first = reconcile(filterToDraft(filter, withSchema), null, newId);
        const changed = changeLeaf(filter, target);
        const second = reconcile(filterToDraft(changed, withSchema), first, newId);
        expect(textOf(second)).toBe(formatFilter(changed));

        const before = leaves(first);
        const after = leaves(second);
        expect(after).toHaveLength(before.length);
        const edited = before[target] as BuilderNode;
        expect(after[target]?.id).toBe(edited.id);
        expect(after[target]).not.toBe(edited);
        after.forEach((leaf, index) => {
          if (index !== target) expect(leaf).toBe(before[index]);
        });
        // Groups keep their objects too: their children's ids did not change.
        expect(visibleOrder(second)).toEqual(visibleOrder(first));
        for (const id of Object.keys(first.nodes)) if (id !== edited.id) expect(second.nodes[id]).toBe(first.nodes[id]);
      }),
      { numRuns: 300 },
    );
  });
});

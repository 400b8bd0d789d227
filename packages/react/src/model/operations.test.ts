import { describe, expect, it } from "vitest";
import {
  createTree,
  duplicateNode,
  emptyRule,
  indentNode,
  insertNode,
  moveNode,
  moveNodeTo,
  outdentNode,
  removeNode,
  subtreeIds,
  updateNode,
  visibleOrder,
} from "./operations.js";
import type { BuilderNode, GroupNode, IdFactory, NodeId, RuleNode, Tree } from "./types.js";

function ids(prefix = "n"): IdFactory {
  let counter = 0;
  return () => `${prefix}${(counter += 1)}`;
}

function rule(id: NodeId, field: string, value = "x"): RuleNode {
  return { kind: "rule", id, field, operator: "eq", value };
}

function groupNode(id: NodeId, combinator: "and" | "or" = "or", not = false): GroupNode {
  return { kind: "group", id, combinator, not, children: [] };
}

function children(tree: Tree, id: NodeId = tree.rootId): readonly NodeId[] {
  const found = tree.nodes[id];
  if (found?.kind !== "group") throw new Error(`${id} is not a group`);
  return found.children;
}

/** Every structural invariant the store relies on: parents match children, no strays, no cycles. */
function expectConsistent(tree: Tree): void {
  const reachable = subtreeIds(tree, tree.rootId);
  expect(new Set(reachable).size).toBe(reachable.length);
  expect(Object.keys(tree.nodes).sort()).toEqual([...reachable].sort());
  expect(Object.keys(tree.parents).sort()).toEqual(reachable.filter((id) => id !== tree.rootId).sort());
  for (const id of reachable) {
    const current = tree.nodes[id] as BuilderNode;
    expect(current.id).toBe(id);
    if (current.kind === "group") for (const child of current.children) expect(tree.parents[child]).toBe(id);
  }
}

/**
 * root (and): a, g (or): [b, c], d
 */
function sample(): Tree {
  const newId = ids("r");
  let tree = createTree(newId); // root is r1
  tree = insertNode(tree, tree.rootId, rule("a", "userName"));
  tree = insertNode(tree, tree.rootId, groupNode("g"));
  tree = insertNode(tree, "g", rule("b", "password"));
  tree = insertNode(tree, "g", rule("c", "externalId"));
  tree = insertNode(tree, tree.rootId, rule("d", "emails"));
  return tree;
}

/** The ids whose node objects are the same in both trees. */
function sharedObjects(before: Tree, after: Tree): NodeId[] {
  return Object.keys(after.nodes).filter((id) => before.nodes[id] !== undefined && before.nodes[id] === after.nodes[id]);
}

describe("createTree and insertNode", () => {
  it("creates an empty and-group as the root", () => {
    const tree = createTree(ids());
    expect(tree).toEqual({ rootId: "n1", nodes: { n1: { kind: "group", id: "n1", combinator: "and", not: false, children: [] } }, parents: {} });
  });

  it("inserts at the end by default and at an index when given", () => {
    let tree = sample();
    tree = insertNode(tree, "g", rule("x", "groups"), 0);
    tree = insertNode(tree, tree.rootId, rule("y", "groups"), 1);
    expect(children(tree, "g")).toEqual(["x", "b", "c"]);
    expect(children(tree)).toEqual(["a", "y", "g", "d"]);
    expect(tree.parents.x).toBe("g");
    expect(tree.parents.y).toBe(tree.rootId);
    expectConsistent(tree);
  });

  it("shares every node it did not touch and never mutates the old tree", () => {
    const before = sample();
    const snapshot = structuredClone(before);
    const after = insertNode(before, "g", rule("x", "groups"));
    expect(before).toEqual(snapshot);
    expect(sharedObjects(before, after).sort()).toEqual(["a", "b", "c", "d", before.rootId].sort());
    expect(after.nodes.g).not.toBe(before.nodes.g);
  });

  it("refuses to insert into a rule or a missing node", () => {
    const tree = sample();
    expect(() => insertNode(tree, "a", rule("x", "groups"))).toThrow(/not a group/);
    expect(() => insertNode(tree, "nope", rule("x", "groups"))).toThrow(/No node nope/);
  });
});

describe("updateNode", () => {
  it("replaces only the updated node", () => {
    const before = sample();
    const after = updateNode<RuleNode>(before, "b", { value: "y" });
    expect(after.nodes.b).toEqual({ ...before.nodes.b, value: "y" });
    expect(sharedObjects(before, after).sort()).toEqual(["a", "c", "d", "g", before.rootId].sort());
    // Parents are not touched by an update.
    expect(after.parents).toEqual(before.parents);
  });

  it("returns the very same tree when nothing changes", () => {
    const tree = sample();
    expect(updateNode<RuleNode>(tree, "b", { value: "x" })).toBe(tree);
    expect(updateNode<RuleNode>(tree, "b", { field: "password", operator: "eq" })).toBe(tree);
    expect(updateNode<GroupNode>(tree, "g", { combinator: "or", not: false })).toBe(tree);
    expect(updateNode<RuleNode>(tree, "b", {})).toBe(tree);
  });

  it("tells 0 from -0 and from the string 0 (Object.is)", () => {
    let tree = sample();
    tree = updateNode<RuleNode>(tree, "b", { value: 0 });
    expect(updateNode<RuleNode>(tree, "b", { value: 0 })).toBe(tree);
    expect(updateNode<RuleNode>(tree, "b", { value: -0 })).not.toBe(tree);
    expect(updateNode<RuleNode>(tree, "b", { value: "0" })).not.toBe(tree);
  });
});

describe("removeNode", () => {
  it("removes a rule and leaves its siblings' objects alone", () => {
    const before = sample();
    const after = removeNode(before, "b");
    expect(children(after, "g")).toEqual(["c"]);
    expect(after.nodes.b).toBeUndefined();
    expect(after.parents.b).toBeUndefined();
    expect(sharedObjects(before, after).sort()).toEqual(["a", "c", "d", before.rootId].sort());
    expectConsistent(after);
  });

  it("removes a group with its whole subtree", () => {
    const after = removeNode(sample(), "g");
    expect(children(after)).toEqual(["a", "d"]);
    for (const id of ["g", "b", "c"]) {
      expect(after.nodes[id]).toBeUndefined();
      expect(after.parents[id]).toBeUndefined();
    }
    expectConsistent(after);
  });

  it("empties the root instead of removing it, keeping its combinator and negation", () => {
    let tree = sample();
    tree = updateNode<GroupNode>(tree, tree.rootId, { combinator: "or", not: true });
    const after = removeNode(tree, tree.rootId);
    expect(after.rootId).toBe(tree.rootId);
    expect(after.nodes).toEqual({ [tree.rootId]: { kind: "group", id: tree.rootId, combinator: "or", not: true, children: [] } });
    expect(after.parents).toEqual({});
  });
});

describe("duplicateNode", () => {
  it("copies a rule right after itself with a new id", () => {
    const before = sample();
    const { tree, id } = duplicateNode(before, "b", ids("copy"));
    expect(id).toBe("copy1");
    expect(children(tree, "g")).toEqual(["b", "copy1", "c"]);
    expect(tree.nodes.copy1).toEqual({ ...before.nodes.b, id: "copy1" });
    expect(tree.parents.copy1).toBe("g");
    expect(tree.nodes.b).toBe(before.nodes.b);
    expectConsistent(tree);
  });

  it("copies a group deeply, every descendant with a new id, sharing nothing with the original", () => {
    let before = sample();
    before = insertNode(before, "g", groupNode("inner", "and", true));
    before = insertNode(before, "inner", rule("e", "groups"));
    const { tree, id } = duplicateNode(before, "g", ids("copy"));
    expect(children(tree)).toEqual(["a", "g", id, "d"]);
    const copy = tree.nodes[id] as GroupNode;
    expect(copy).toMatchObject({ kind: "group", combinator: "or", not: false });
    expect(copy.children).toHaveLength(3);
    const copiedIds = subtreeIds(tree, id);
    const originalIds = subtreeIds(tree, "g");
    expect(copiedIds).toHaveLength(originalIds.length);
    expect(copiedIds.filter((copied) => originalIds.includes(copied))).toEqual([]);
    // Same content, position by position, with the ids swapped.
    copiedIds.forEach((copied, index) => {
      const original = tree.nodes[originalIds[index] as NodeId] as BuilderNode;
      const duplicate = tree.nodes[copied] as BuilderNode;
      expect(duplicate).not.toBe(original);
      if (original.kind === "group" && duplicate.kind === "group") {
        expect({ ...duplicate, id: "", children: [] }).toEqual({ ...original, id: "", children: [] });
        expect(duplicate.children.map((child) => tree.parents[child])).toEqual(duplicate.children.map(() => copied));
      } else {
        expect({ ...duplicate, id: "" }).toEqual({ ...original, id: "" });
      }
    });
    // The original subtree is untouched.
    for (const original of originalIds) expect(tree.nodes[original]).toBe(before.nodes[original]);
    expectConsistent(tree);
  });

  it("refuses to duplicate the root", () => {
    const tree = sample();
    expect(() => duplicateNode(tree, tree.rootId, ids())).toThrow(/root/);
  });
});

describe("moveNode", () => {
  it("moves up and down among siblings", () => {
    const before = sample();
    const up = moveNode(before, "d", -1);
    expect(children(up)).toEqual(["a", "d", "g"]);
    const down = moveNode(before, "a", 1);
    expect(children(down)).toEqual(["g", "a", "d"]);
    expect(sharedObjects(before, down).sort()).toEqual(["a", "b", "c", "d", "g"].sort());
    expectConsistent(down);
  });

  it("is a no-op (the same tree) at either end and for the root", () => {
    const tree = sample();
    expect(moveNode(tree, "a", -1)).toBe(tree);
    expect(moveNode(tree, "d", 1)).toBe(tree);
    expect(moveNode(tree, "b", -1)).toBe(tree);
    expect(moveNode(tree, "c", 1)).toBe(tree);
    expect(moveNode(tree, tree.rootId, 1)).toBe(tree);
  });
});

describe("moveNodeTo", () => {
  it("moves a node into another group at an index, clamping past the end", () => {
    const before = sample();
    const first = moveNodeTo(before, "a", "g", 0);
    expect(children(first)).toEqual(["g", "d"]);
    expect(children(first, "g")).toEqual(["a", "b", "c"]);
    expect(first.parents.a).toBe("g");
    expectConsistent(first);
    const last = moveNodeTo(before, "d", "g", 99);
    expect(children(last, "g")).toEqual(["b", "c", "d"]);
    expect(last.nodes.d).toBe(before.nodes.d);
    expectConsistent(last);
  });

  it("moves within the same group", () => {
    const tree = moveNodeTo(sample(), "a", sample().rootId, 2);
    expect(children(tree)).toEqual(["g", "d", "a"]);
    expectConsistent(tree);
  });

  it("refuses to move a group into itself or into its own descendant", () => {
    let tree = sample();
    tree = insertNode(tree, "g", groupNode("inner"));
    expect(moveNodeTo(tree, "g", "g", 0)).toBe(tree);
    expect(moveNodeTo(tree, "g", "inner", 0)).toBe(tree);
    expect(moveNodeTo(tree, tree.rootId, "g", 0)).toBe(tree);
  });
});

describe("indentNode", () => {
  it("moves a node into the previous sibling when that is a group, at its end", () => {
    const before = sample();
    const after = indentNode(before, "d", ids("w"));
    expect(children(after)).toEqual(["a", "g"]);
    expect(children(after, "g")).toEqual(["b", "c", "d"]);
    expect(after.parents.d).toBe("g");
    // No wrapper group was made.
    expect(Object.keys(after.nodes)).toHaveLength(Object.keys(before.nodes).length);
    expect(sharedObjects(before, after).sort()).toEqual(["a", "b", "c", "d"].sort());
    expectConsistent(after);
  });

  it("otherwise wraps the node in a new group with the other combinator, in its place", () => {
    const before = sample();
    const after = indentNode(before, "a", ids("w"));
    expect(children(after)).toEqual(["w1", "g", "d"]);
    expect(after.nodes.w1).toEqual({ kind: "group", id: "w1", combinator: "or", not: false, children: ["a"] });
    expect(after.parents.a).toBe("w1");
    expect(after.parents.w1).toBe(before.rootId);
    expect(after.nodes.a).toBe(before.nodes.a);
    expectConsistent(after);

    // Inside an or-group the wrapper is an and-group.
    const nested = indentNode(before, "b", ids("w"));
    expect(children(nested, "g")).toEqual(["w1", "c"]);
    expect(nested.nodes.w1).toMatchObject({ combinator: "and", children: ["b"] });
    expectConsistent(nested);
  });

  it("wraps when the previous sibling is a rule even if a later sibling is a group", () => {
    const after = indentNode(sample(), "c", ids("w"));
    expect(children(after, "g")).toEqual(["b", "w1"]);
    expect(after.nodes.w1).toMatchObject({ combinator: "and", children: ["c"] });
  });

  it("does nothing to the root", () => {
    const tree = sample();
    expect(indentNode(tree, tree.rootId, ids())).toBe(tree);
  });
});

describe("outdentNode", () => {
  it("moves a node out of its group, right after the group", () => {
    const before = sample();
    const after = outdentNode(before, "b");
    expect(children(after)).toEqual(["a", "g", "b", "d"]);
    expect(children(after, "g")).toEqual(["c"]);
    expect(after.parents.b).toBe(before.rootId);
    expect(after.nodes.b).toBe(before.nodes.b);
    expectConsistent(after);
  });

  it("removes the group it leaves empty", () => {
    const once = outdentNode(sample(), "c");
    const twice = outdentNode(once, "b");
    expect(children(twice)).toEqual(["a", "b", "c", "d"]);
    expect(twice.nodes.g).toBeUndefined();
    expect(twice.parents.g).toBeUndefined();
    expectConsistent(twice);
  });

  it("undoes an indent that wrapped a node", () => {
    const before = sample();
    const after = outdentNode(indentNode(before, "a", ids("w")), "a");
    expect(after).toEqual(before);
  });

  it("does nothing to children of the root and to the root", () => {
    const tree = sample();
    expect(outdentNode(tree, "a")).toBe(tree);
    expect(outdentNode(tree, tree.rootId)).toBe(tree);
  });
});

describe("visibleOrder and subtreeIds", () => {
  it("lists the nodes depth-first as they appear, without the root", () => {
    let tree = sample();
    tree = insertNode(tree, "g", groupNode("inner"), 1);
    tree = insertNode(tree, "inner", rule("e", "groups"));
    expect(visibleOrder(tree)).toEqual(["a", "g", "b", "inner", "e", "c", "d"]);
    expect(subtreeIds(tree, "g")).toEqual(["g", "b", "inner", "e", "c"]);
    expect(subtreeIds(tree, "a")).toEqual(["a"]);
  });

  it("is empty for an empty tree", () => {
    expect(visibleOrder(createTree(ids()))).toEqual([]);
  });
});

describe("emptyRule", () => {
  it("is an unfinished eq rule", () => {
    expect(emptyRule("x")).toEqual({ kind: "rule", id: "x", field: "", operator: "eq", value: "" });
    expect(emptyRule("x", "userName")).toMatchObject({ field: "userName" });
  });
});

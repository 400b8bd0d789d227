// Random edits of a tree through the model's operations, for property tests of what follows an edit.
import fc from "fast-check";
import type { FilterValue, Operator } from "@scim-filter/core";
import { duplicateNode, indentNode, insertNode, moveNode, moveNodeTo, outdentNode, removeNode, replaceChildren, updateNode } from "../model/operations.js";
import type { GroupNode, IdFactory, NodeId, RuleNode, Tree } from "../model/types.js";

const OPS = ["addRule", "addGroup", "addValuePath", "value", "field", "operator", "combinator", "not", "remove", "duplicate", "move", "moveTo", "indent", "outdent", "replace"] as const;
// "" is an unfinished rule and "bad path" not a path: both are left out of the filter.
const FIELDS = ["userName", "emails", "type", "value", "profile.department", "", "bad path"];
const OPERATORS: Operator[] = ["eq", "pr", "co", "gt"];
const VALUES: FilterValue[] = ["a", "b", "", 1, true, null];

export interface TreeEdit {
  op: (typeof OPS)[number];
  at: number;
  to: number;
  n: number;
}

export const treeEdit: fc.Arbitrary<TreeEdit> = fc.record({ op: fc.constantFrom(...OPS), at: fc.nat(), to: fc.nat(), n: fc.nat() });

function pick<T>(list: readonly T[], n: number): T {
  return list[n % list.length] as T;
}

function rule(id: NodeId, n: number): RuleNode {
  return { kind: "rule", id, field: pick(FIELDS, n), operator: pick(OPERATORS, n >> 3), value: pick(VALUES, n >> 5) };
}

/** Applies one edit; an edit that does not apply (a rule's value of a group, …) leaves the tree as it is. */
export function applyEdit(tree: Tree, { op, at, to, n }: TreeEdit, newId: IdFactory): Tree {
  const ids = Object.keys(tree.nodes);
  const id = pick(ids, at);
  const node = tree.nodes[id];
  const target = pick(
    ids.filter((other) => tree.nodes[other]?.kind === "group"),
    to,
  );
  const group = (valuePath?: string): GroupNode => ({ kind: "group", id: newId(), combinator: n % 2 === 0 ? "and" : "or", not: n % 3 === 0, ...(valuePath === undefined ? {} : { valuePath }), children: [] });
  switch (op) {
    case "addRule":
      return insertNode(tree, target, rule(newId(), n));
    case "addGroup":
    case "addValuePath": {
      const inserted = group(op === "addValuePath" ? "emails" : undefined);
      return insertNode(insertNode(tree, target, inserted), inserted.id, rule(newId(), n));
    }
    case "value":
    case "field":
    case "operator":
      if (node?.kind !== "rule") return tree;
      return updateNode<RuleNode>(tree, id, op === "value" ? { value: pick(VALUES, n) } : op === "field" ? { field: pick(FIELDS, n) } : { operator: pick(OPERATORS, n) });
    case "combinator":
    case "not":
      if (node?.kind !== "group") return tree;
      return updateNode<GroupNode>(tree, id, op === "not" ? { not: !node.not } : { combinator: node.combinator === "and" ? "or" : "and" });
    case "remove":
      return removeNode(tree, id);
    case "duplicate":
      return id === tree.rootId ? tree : duplicateNode(tree, id, newId).tree;
    case "move":
      return moveNode(tree, id, n % 2 === 0 ? 1 : -1);
    case "moveTo":
      return moveNodeTo(tree, id, target, n % 4);
    case "indent":
      return indentNode(tree, id, newId);
    case "outdent":
      return outdentNode(tree, id);
    case "replace":
      return replaceChildren(tree, target, rule(newId(), n));
  }
}

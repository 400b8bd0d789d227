// Trees from filter text for the model's tests: ids in order, the text a tree stands for, a node by position.
import type { FilterSchema } from "@scim-filter/core";
import { formatFilter, parseFilter } from "@scim-filter/core";
import { filterToDraft } from "../model/draft.js";
import { reconcile } from "../model/reconcile.js";
import { treeToFilter } from "../model/to-filter.js";
import type { BuilderNode, IdFactory, NodeId, Tree } from "../model/types.js";

export function ids(prefix = "n"): IdFactory {
  let counter = 0;
  return () => `${prefix}${(counter += 1)}`;
}

/** A tree for `text` against `schema`, reconciled with `previous` (keeping its ids where it can). */
export function treeFrom(text: string, schema: FilterSchema | undefined, previous: Tree | null = null, newId: IdFactory = ids()): Tree {
  return reconcile(filterToDraft(text === "" ? null : parseFilter(text), schema), previous, newId);
}

export function textOf(tree: Tree): string {
  const { filter } = treeToFilter(tree);
  return filter === null ? "" : formatFilter(filter);
}

/** The node at a path of child indexes from the root. */
export function nodeAt(tree: Tree, ...path: number[]): BuilderNode {
  let current = tree.nodes[tree.rootId] as BuilderNode;
  for (const index of path) {
    if (current.kind !== "group") throw new Error("not a group");
    current = tree.nodes[current.children[index] as NodeId] as BuilderNode;
  }
  return current;
}

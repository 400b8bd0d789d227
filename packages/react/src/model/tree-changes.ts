import type { NodeId, Tree } from "./types.js";

// Which nodes an operation changed, so an edit's followers (the node channel) look at those instead of
// comparing every node. Remembered per tree object; a tree made any other way (reconcile, undo) has none.
const changes = new WeakMap<Tree, { from: Tree; ids: readonly NodeId[] }>();
const MAX_STEPS = 8;

export function recordChange(next: Tree, from: Tree, ids: readonly NodeId[]): void {
  changes.set(next, { from, ids });
}

/**
 * The ids whose node or parent differs between `from` and `to`, when `to` was made from `from` by the
 * operations (in a few steps); null when that is not known.
 */
export function changedIds(from: Tree, to: Tree): Set<NodeId> | null {
  const ids = new Set<NodeId>();
  let tree = to;
  for (let step = 0; tree !== from; step++) {
    const change = changes.get(tree);
    if (change === undefined || step === MAX_STEPS) return null;
    for (const id of change.ids) ids.add(id);
    tree = change.from;
  }
  return ids;
}

import { getOrCreate } from "../model/collections.js";
import { changedIds } from "../model/tree-changes.js";
import type { NodeId } from "../model/types.js";
import type { BuilderState, BuilderStore } from "./builder-store.js";

/**
 * Per-node subscriptions. A zustand listener runs for every store change, so with one per rule an edit of
 * one rule ran thousands of selectors. Here the store has one listener; it wakes only the subscribers of
 * nodes whose own slice changed, and looks only at the nodes the edit changed, so an edit's cost does not
 * grow with the number of rules.
 */
export interface NodeChannel {
  subscribe: (id: NodeId, listener: () => void) => () => void;
}

/**
 * Whether anything a node's subscribers may read changed: its node, its parent and the parent's
 * children (its place among siblings), the root, the schema, and its own diagnostics and explanation.
 * Selectors given to useNodeState must read nothing else — except the value path the node is in
 * (store/node-schema.ts): that never changes while the node keeps its id (moves across a value path's
 * brackets are refused, changing its attribute replaces its children, reconcile keeps a group's id only
 * with the same value path), so it needs no check here.
 */
export function nodeChanged(id: NodeId, next: BuilderState, previous: BuilderState): boolean {
  if (next.schema !== previous.schema || next.tree.rootId !== previous.tree.rootId) return true;
  const { nodes, parents } = next.tree;
  if (nodes[id] !== previous.tree.nodes[id]) return true;
  const parentId = parents[id];
  if (parentId !== previous.tree.parents[id]) return true;
  if (parentId !== undefined && nodes[parentId] !== previous.tree.nodes[parentId]) return true;
  return (
    next.derived.nodeDiagnostics[id] !== previous.derived.nodeDiagnostics[id] ||
    next.derived.nodeExplanations[id] !== previous.derived.nodeExplanations[id]
  );
}

function addChanged<T>(ids: Set<NodeId>, next: Readonly<Record<NodeId, T>>, previous: Readonly<Record<NodeId, T>>): void {
  if (next === previous) return;
  for (const id in next) if (next[id] !== previous[id]) ids.add(id);
  for (const id in previous) if (next[id] !== previous[id]) ids.add(id);
}

/**
 * The nodes nodeChanged may be true for, from what the edit changed (see model/tree-changes.ts): the
 * changed nodes, the children of changed groups, and nodes whose diagnostics or explanation changed.
 * Null when every node must be checked (a new schema or root, a tree not made by the operations).
 */
export function nodesToCheck(next: BuilderState, previous: BuilderState): Set<NodeId> | null {
  if (next.schema !== previous.schema || next.tree.rootId !== previous.tree.rootId) return null;
  const ids = next.tree === previous.tree ? new Set<NodeId>() : changedIds(previous.tree, next.tree);
  if (ids === null) return null;
  for (const id of [...ids]) {
    const node = next.tree.nodes[id];
    if (node?.kind === "group") for (const child of node.children) ids.add(child);
  }
  addChanged(ids, next.derived.nodeDiagnostics, previous.derived.nodeDiagnostics);
  addChanged(ids, next.derived.nodeExplanations, previous.derived.nodeExplanations);
  return ids;
}

const channels = new WeakMap<BuilderStore, NodeChannel>();

function createNodeChannel(store: BuilderStore): NodeChannel {
  const listeners = new Map<NodeId, Set<() => void>>();
  let unsubscribeStore: (() => void) | null = null;

  const onStoreChange = (next: BuilderState, previous: BuilderState) => {
    if (next.tree === previous.tree && next.derived === previous.derived && next.schema === previous.schema) return;
    for (const id of nodesToCheck(next, previous) ?? listeners.keys()) {
      const set = listeners.get(id);
      if (set !== undefined && nodeChanged(id, next, previous)) for (const listener of [...set]) listener();
    }
  };

  return {
    subscribe: (id, listener) => {
      const set = getOrCreate(listeners, id, () => new Set());
      set.add(listener);
      unsubscribeStore ??= store.subscribe(onStoreChange);
      return () => {
        set.delete(listener);
        if (set.size === 0 && listeners.get(id) === set) listeners.delete(id);
        if (listeners.size === 0 && unsubscribeStore !== null) {
          unsubscribeStore();
          unsubscribeStore = null;
        }
      };
    },
  };
}

/** The node channel of one builder's store (one per store, created on first use). */
export function nodeChannelOf(store: BuilderStore): NodeChannel {
  return getOrCreate(channels, store, () => createNodeChannel(store));
}

import type { NodeId } from "../model/types.js";
import type { BuilderState, BuilderStore } from "./builder-store.js";

/**
 * Per-node subscriptions. A zustand listener runs for every store change, so with one per rule an edit of
 * one rule ran thousands of selectors. Here the store has one listener; it wakes only the subscribers of
 * nodes whose own slice changed, so an edit's cost does not grow with the number of rules.
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

const channels = new WeakMap<BuilderStore, NodeChannel>();

function createNodeChannel(store: BuilderStore): NodeChannel {
  const listeners = new Map<NodeId, Set<() => void>>();
  let unsubscribeStore: (() => void) | null = null;

  const onStoreChange = (next: BuilderState, previous: BuilderState) => {
    if (next.tree === previous.tree && next.derived === previous.derived && next.schema === previous.schema) return;
    for (const [id, set] of listeners) {
      if (nodeChanged(id, next, previous)) for (const listener of [...set]) listener();
    }
  };

  return {
    subscribe: (id, listener) => {
      let set = listeners.get(id);
      if (set === undefined) {
        set = new Set();
        listeners.set(id, set);
      }
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
  let channel = channels.get(store);
  if (channel === undefined) {
    channel = createNodeChannel(store);
    channels.set(store, channel);
  }
  return channel;
}

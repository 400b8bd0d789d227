import type { Diagnostic } from "@scim-filter/core";
import { useNodeState } from "../context.js";
import type { GroupNode } from "../model/types.js";
import { valuePathGroupOf } from "../model/value-path.js";
import { NO_DIAGNOSTICS } from "../store/derive.js";

export interface UseGroupResult {
  /** Its combinator, negation, children and, for a value path `emails[…]`, `valuePath`. */
  node: GroupNode;
  diagnostics: readonly Diagnostic[];
  isRoot: boolean;
  /** The group is a value path or inside one: no value path may be added to it (RFC 7644: one level deep). */
  inValuePath: boolean;
}

/** One group, subscribed alone: its combinator, negation and the ids of its children. */
export function useGroup(id: string): UseGroupResult {
  const node = useNodeState(id, (state) => state.tree.nodes[id]);
  const diagnostics = useNodeState(id, (state) => state.derived.nodeDiagnostics[id] ?? NO_DIAGNOSTICS);
  const isRoot = useNodeState(id, (state) => state.tree.rootId === id);
  // Fixed for the group's id (see store/node-channel.ts), so reading its ancestors here is safe.
  const inValuePath = useNodeState(id, (state) => valuePathGroupOf(state.tree, id) !== null);
  if (node?.kind !== "group") throw new Error(`No group ${id} in this builder`);
  return { node, diagnostics, isRoot, inValuePath };
}

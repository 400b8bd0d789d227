import type { Diagnostic } from "@scim-filter/core";
import { useNodeState } from "../context.js";
import type { GroupNode } from "../model/types.js";
import { NO_DIAGNOSTICS } from "../store/derive.js";

/** One group, subscribed alone: its combinator, negation and the ids of its children. */
export function useGroup(id: string): { node: GroupNode; diagnostics: readonly Diagnostic[]; isRoot: boolean } {
  const node = useNodeState(id, (state) => state.tree.nodes[id]);
  const diagnostics = useNodeState(id, (state) => state.derived.nodeDiagnostics[id] ?? NO_DIAGNOSTICS);
  const isRoot = useNodeState(id, (state) => state.tree.rootId === id);
  if (node?.kind !== "group") throw new Error(`No group ${id} in this builder`);
  return { node, diagnostics, isRoot };
}

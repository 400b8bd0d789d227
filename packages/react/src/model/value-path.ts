import type { GroupNode, NodeId, Tree } from "./types.js";

/** The value-path group that a group is or is inside, or null outside any value path. */
export function valuePathGroupOf(tree: Tree, groupId: NodeId): GroupNode | null {
  for (let id: NodeId | undefined = groupId; id !== undefined; id = tree.parents[id]) {
    const node = tree.nodes[id];
    if (node?.kind === "group" && node.valuePath !== undefined) return node;
  }
  return null;
}

/**
 * Whether a node may move into a group: only within the same value path (or outside any). Across its
 * brackets a rule's field would name another attribute (`type` of emails vs. a top-level `type`), and a
 * value path would end up inside another one, which RFC 7644 does not allow.
 */
export function staysInValuePath(tree: Tree, id: NodeId, targetGroupId: NodeId): boolean {
  const parentId = tree.parents[id];
  if (parentId === undefined) return false;
  return (valuePathGroupOf(tree, parentId)?.id ?? null) === (valuePathGroupOf(tree, targetGroupId)?.id ?? null);
}

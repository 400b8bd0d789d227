import type { Draft, GroupDraft } from "./draft.js";
import { draftKey, nodeToDraft } from "./draft.js";
import { sameItems } from "./collections.js";
import type { BuilderNode, GroupNode, IdFactory, NodeId, Tree } from "./types.js";

/**
 * Whether an old node may take a draft's place (and keep its id): the same kind, and for groups the same
 * value path. A node's value path never changes while it keeps its id, which per-node subscriptions rely on
 * (the schema a rule's field is read against comes from it; see store/node-channel.ts).
 */
function sameShape(old: BuilderNode, draft: Draft): boolean {
  if (old.kind !== draft.kind) return false;
  return old.kind !== "group" || old.valuePath === (draft as GroupDraft).valuePath;
}

/**
 * Builds the tree for a draft, reusing the ids — and, where nothing changed, the very node objects — of
 * the previous tree, so that re-parsing edited text re-renders only the rules that changed.
 * Children are matched first by identical content (in place, then anywhere), then in order by kind
 * (an edited rule keeps its id; a value path keeps its id only while its attribute stays the same).
 */
export function reconcile(draft: GroupDraft, previous: Tree | null, newId: IdFactory): Tree {
  const nodes: Record<NodeId, BuilderNode> = {};
  const parents: Record<NodeId, NodeId> = {};

  const keep = (id: NodeId, parent: NodeId | null) => {
    // An unchanged subtree: copy it over as it is.
    const node = (previous as Tree).nodes[id] as BuilderNode;
    nodes[id] = node;
    if (parent !== null) parents[id] = parent;
    if (node.kind === "group") for (const child of node.children) keep(child, id);
  };

  const build = (item: Draft, oldId: NodeId | null, parent: NodeId | null): NodeId => {
    const old = oldId === null || previous === null ? undefined : previous.nodes[oldId];
    const id = old !== undefined && sameShape(old, item) ? old.id : newId();
    if (parent !== null) parents[id] = parent;

    if (item.kind !== "group") {
      const node: BuilderNode = { ...item, id };
      nodes[id] = old !== undefined && old.id === id && draftKey(nodeToDraft(previous as Tree, old)) === draftKey(item) ? old : node;
      return id;
    }

    const oldChildren = old?.kind === "group" && old.id === id ? old.children : [];
    const oldKeys = oldChildren.map((childId) => draftKey(nodeToDraft(previous as Tree, (previous as Tree).nodes[childId] as BuilderNode)));
    const keys = item.children.map(draftKey);
    const used = new Set<number>();
    // Same content in the same place first, so that equal siblings do not trade ids (and remount) when
    // one of them is edited; then same content anywhere, to follow moves.
    const pairs = keys.map((key, i) => {
      if (oldKeys[i] !== key) return -1;
      used.add(i);
      return i;
    });
    keys.forEach((key, i) => {
      if (pairs[i] !== -1) return;
      const index = oldKeys.findIndex((oldKey, j) => !used.has(j) && oldKey === key);
      if (index !== -1) used.add(index);
      pairs[i] = index;
    });
    const children = item.children.map((child, i) => {
      let index = pairs[i] as number;
      if (index !== -1) {
        const oldChild = oldChildren[index] as NodeId;
        keep(oldChild, id);
        return oldChild;
      }
      index = oldChildren.findIndex((oldChild, j) => {
        const candidate = (previous as Tree).nodes[oldChild];
        return !used.has(j) && candidate !== undefined && sameShape(candidate, child);
      });
      if (index !== -1) used.add(index);
      return build(child, index === -1 ? null : (oldChildren[index] as NodeId), id);
    });

    const node: GroupNode = { kind: "group", id, combinator: item.combinator, not: item.not, children };
    if (item.valuePath !== undefined) node.valuePath = item.valuePath;
    nodes[id] =
      old?.kind === "group" &&
      old.id === id &&
      old.combinator === node.combinator &&
      old.not === node.not &&
      old.valuePath === node.valuePath &&
      sameItems(old.children, children)
        ? old
        : node;
    return id;
  };

  const rootId = build(draft, previous?.rootId ?? null, null);
  return { rootId, nodes, parents };
}

// Immutable operations on the normalized tree. Each returns a new Tree that shares every node it did
// not touch, so subscribers of untouched nodes see the same object and do not re-render.
import { recordChange } from "./tree-changes.js";
import { BuilderNodeError } from "./node-error.js";
import type { BuilderNode, GroupNode, IdFactory, NodeId, RuleNode, Tree } from "./types.js";
import { staysInValuePath } from "./value-path.js";

function node(tree: Tree, id: NodeId): BuilderNode {
  const found = tree.nodes[id];
  if (found === undefined) throw new BuilderNodeError(id, "node");
  return found;
}

/** The node `id` when it is of `kind`; else a BuilderNodeError (unknown id, or another kind). */
export function nodeOfKind<K extends "rule" | "group">(tree: Tree, id: NodeId, kind: K): Extract<BuilderNode, { kind: K }> {
  const found = tree.nodes[id];
  if (found?.kind !== kind) throw new BuilderNodeError(id, kind, found?.kind);
  return found as Extract<BuilderNode, { kind: K }>;
}

const group = (tree: Tree, id: NodeId): GroupNode => nodeOfKind(tree, id, "group");

// A plain loop: spreading a large record (V8 keeps it in dictionary mode) costs several times more.
function copyRecord<T>(record: Readonly<Record<NodeId, T>>): Record<NodeId, T> {
  const copy: Record<NodeId, T> = {};
  for (const id in record) copy[id] = record[id] as T;
  return copy;
}

function withNodes(tree: Tree, changed: Record<NodeId, BuilderNode>, parents: Record<NodeId, NodeId> = {}, removed: readonly NodeId[] = []): Tree {
  const nodes = Object.assign(copyRecord(tree.nodes), changed);
  for (const id of removed) delete nodes[id];
  const moved = Object.keys(parents);
  // Most edits change no parent: the parents record is shared then.
  let nextParents = tree.parents;
  if (moved.length > 0 || removed.length > 0) {
    const copy = Object.assign(copyRecord(tree.parents), parents);
    for (const id of removed) delete copy[id];
    nextParents = copy;
  }
  const next = { rootId: tree.rootId, nodes, parents: nextParents };
  recordChange(next, tree, [...Object.keys(changed), ...moved, ...removed]);
  return next;
}

/** The group without `id` among its children. */
function withoutChild(parent: GroupNode, id: NodeId): GroupNode {
  return { ...parent, children: parent.children.filter((child) => child !== id) };
}

/** The group with `id` among its children at `index` (at the end when past it). */
function withChild(parent: GroupNode, id: NodeId, index: number): GroupNode {
  const children = [...parent.children];
  children.splice(index, 0, id);
  return { ...parent, children };
}

export function parentOf(tree: Tree, id: NodeId): NodeId | undefined {
  return tree.parents[id];
}

/** Ids of a node and everything under it. */
export function subtreeIds(tree: Tree, id: NodeId): NodeId[] {
  const current = node(tree, id);
  return current.kind === "group" ? [id, ...current.children.flatMap((child) => subtreeIds(tree, child))] : [id];
}

export function emptyRule(id: NodeId, field = ""): RuleNode {
  return { kind: "rule", id, field, operator: "eq", value: "" };
}

export function createTree(newId: IdFactory): Tree {
  const rootId = newId();
  return { rootId, nodes: { [rootId]: { kind: "group", id: rootId, combinator: "and", not: false, children: [] } }, parents: {} };
}

/** Inserts a new node into a group (at the end by default). */
export function insertNode(tree: Tree, parentId: NodeId, inserted: BuilderNode, index?: number): Tree {
  const parent = group(tree, parentId);
  return withNodes(tree, { [inserted.id]: inserted, [parentId]: withChild(parent, inserted.id, index ?? parent.children.length) }, { [inserted.id]: parentId });
}

export function updateNode<T extends BuilderNode>(tree: Tree, id: NodeId, patch: Partial<Omit<T, "id" | "kind">>): Tree {
  const current = node(tree, id);
  const next = { ...current, ...patch };
  const changed = (Object.keys(patch) as (keyof BuilderNode)[]).some((key) => !Object.is(current[key], next[key]));
  return changed ? withNodes(tree, { [id]: next }) : tree;
}

/** Removes a node and its subtree; the root group is emptied instead. */
export function removeNode(tree: Tree, id: NodeId): Tree {
  if (id === tree.rootId) {
    const root = group(tree, id);
    return withNodes(tree, { [id]: { ...root, children: [] } }, {}, root.children.flatMap((child) => subtreeIds(tree, child)));
  }
  node(tree, id); // refuses an unknown id
  const parentId = tree.parents[id] as NodeId;
  return withNodes(tree, { [parentId]: withoutChild(group(tree, parentId), id) }, {}, subtreeIds(tree, id));
}

/** Copies a node (with new ids throughout) right after itself. Returns the copy's id. */
export function duplicateNode(tree: Tree, id: NodeId, newId: IdFactory): { tree: Tree; id: NodeId } {
  if (id === tree.rootId) throw new Error("The root group cannot be duplicated");
  const changed: Record<NodeId, BuilderNode> = {};
  const parents: Record<NodeId, NodeId> = {};
  const copy = (sourceId: NodeId, parent: NodeId): NodeId => {
    const source = node(tree, sourceId);
    const copyId = newId();
    parents[copyId] = parent;
    changed[copyId] =
      source.kind === "group" ? { ...source, id: copyId, children: source.children.map((child) => copy(child, copyId)) } : { ...source, id: copyId };
    return copyId;
  };
  const parentId = tree.parents[id] as NodeId;
  const copyId = copy(id, parentId);
  const parent = group(tree, parentId);
  changed[parentId] = withChild(parent, copyId, parent.children.indexOf(id) + 1);
  return { tree: withNodes(tree, changed, parents), id: copyId };
}

/** Moves a node one place up (-1) or down (+1) among its siblings; a no-op at either end. */
export function moveNode(tree: Tree, id: NodeId, delta: -1 | 1): Tree {
  const parentId = tree.parents[id];
  if (parentId === undefined) return tree;
  const parent = group(tree, parentId);
  const children = [...parent.children];
  const from = children.indexOf(id);
  const to = from + delta;
  if (to < 0 || to >= children.length) return tree;
  children.splice(from, 1);
  children.splice(to, 0, id);
  return withNodes(tree, { [parentId]: { ...parent, children } });
}

/**
 * Moves a node to `index` in another (or the same) group; refuses to move a group into itself, and a node
 * into or out of a value path (see staysInValuePath).
 */
export function moveNodeTo(tree: Tree, id: NodeId, targetGroupId: NodeId, index: number): Tree {
  const parentId = tree.parents[id];
  if (parentId === undefined || subtreeIds(tree, id).includes(targetGroupId) || !staysInValuePath(tree, id, targetGroupId)) return tree;
  const staged = withNodes(tree, { [parentId]: withoutChild(group(tree, parentId), id) });
  return withNodes(staged, { [targetGroupId]: withChild(group(staged, targetGroupId), id, index) }, { [id]: targetGroupId });
}

/**
 * Indent: into the previous sibling when it is a group (at its end) the node may move into, otherwise into
 * a new group in the node's place — with the other combinator, since a sub-group exists to mix `and` with
 * `or`. A value path above is not entered (its fields are another attribute's): the node gets a new group.
 */
export function indentNode(tree: Tree, id: NodeId, newId: IdFactory): Tree {
  const parentId = tree.parents[id];
  if (parentId === undefined) return tree;
  const parent = group(tree, parentId);
  const index = parent.children.indexOf(id);
  const previous = index > 0 ? tree.nodes[parent.children[index - 1] as NodeId] : undefined;
  if (previous?.kind === "group" && staysInValuePath(tree, id, previous.id)) return moveNodeTo(tree, id, previous.id, previous.children.length);
  const wrapperId = newId();
  const wrapper: GroupNode = { kind: "group", id: wrapperId, combinator: parent.combinator === "and" ? "or" : "and", not: false, children: [id] };
  const children = parent.children.map((child) => (child === id ? wrapperId : child));
  return withNodes(tree, { [wrapperId]: wrapper, [parentId]: { ...parent, children } }, { [wrapperId]: parentId, [id]: wrapperId });
}

/** Outdent: out of its group, right after it; a group left empty goes away. Not out of a value path's brackets. */
export function outdentNode(tree: Tree, id: NodeId): Tree {
  const parentId = tree.parents[id];
  const grandParentId = parentId === undefined ? undefined : tree.parents[parentId];
  if (parentId === undefined || grandParentId === undefined) return tree;
  const index = group(tree, grandParentId).children.indexOf(parentId);
  const moved = moveNodeTo(tree, id, grandParentId, index + 1);
  if (moved === tree) return tree;
  return group(moved, parentId).children.length === 0 ? removeNode(moved, parentId) : moved;
}

/** Replaces a group's children with the given new node (their subtrees go away). */
export function replaceChildren(tree: Tree, groupId: NodeId, inserted: BuilderNode): Tree {
  const current = group(tree, groupId);
  const removed = current.children.flatMap((child) => subtreeIds(tree, child));
  return withNodes(tree, { [groupId]: { ...current, children: [inserted.id] }, [inserted.id]: inserted }, { [inserted.id]: groupId }, removed);
}

/** Depth-first order of the nodes under the root (the root excluded), as they appear on screen. */
export function visibleOrder(tree: Tree): NodeId[] {
  const root = group(tree, tree.rootId);
  return root.children.flatMap((child) => subtreeIds(tree, child));
}

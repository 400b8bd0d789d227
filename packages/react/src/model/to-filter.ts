import type { AttributePath, Filter } from "@scim-filter/core";
import { parseFilter } from "@scim-filter/core";
import { sameItems } from "./collections.js";
import type { BuilderNode, GroupNode, NodeId, RawNode, RuleNode, Tree } from "./types.js";

const NO_SPAN = { start: 0, end: 0 };
const attributeCache = new Map<string, AttributePath | null>();

/** The attribute path of a field as the grammar reads it, or null when the field is not a valid path. */
export function parseAttribute(field: string): AttributePath | null {
  let attribute = attributeCache.get(field);
  if (attribute === undefined) {
    try {
      const parsed = parseFilter(`${field} pr`);
      attribute = parsed.type === "present" && parsed.attribute.path === field ? parsed.attribute : null;
    } catch {
      attribute = null;
    }
    if (attributeCache.size > 10_000) attributeCache.clear();
    attributeCache.set(field, attribute);
  }
  return attribute;
}

/** Which tree node produced an AST node; a WeakMap, filled as filters are built. */
export type Owners = Pick<ReadonlyMap<Filter, NodeId>, "get">;

export interface TreeFilter {
  /** The filter the tree says, or null when it says nothing yet (no finished rule). */
  filter: Filter | null;
  /** Which tree node produced each AST node, to map spans and diagnostics back onto rules. */
  owners: Owners;
}

// Nodes are immutable, so each one's filter is built once: a rule's (or raw rule's) by the node alone, a
// group's by the node and its children's filters. An edit of one rule builds that rule's filter and its
// groups' again and reuses every other subtree (the same objects).
const leaves = new WeakMap<BuilderNode, Filter | null>();
const groups = new WeakMap<GroupNode, { children: readonly Filter[]; filter: Filter | null }>();
const owners = new WeakMap<Filter, NodeId>();

function own(filter: Filter, id: NodeId): Filter {
  owners.set(filter, id);
  return filter;
}

function leafFilter(node: RuleNode | RawNode): Filter | null {
  if (node.kind === "raw") return own(parseFilter(node.text), node.id);
  const attribute = parseAttribute(node.field);
  if (attribute === null) return null;
  return own(
    node.operator === "pr"
      ? { type: "present", attribute, span: NO_SPAN }
      : { type: "compare", attribute, operator: node.operator, value: node.value, span: NO_SPAN },
    node.id,
  );
}

function groupFilter(node: GroupNode, children: Filter[]): Filter | null {
  if (children.length === 0) return null;
  const combined = children.length === 1 ? (children[0] as Filter) : own({ type: node.combinator, filters: children, span: NO_SPAN }, node.id);
  let scoped = combined;
  if (node.valuePath !== undefined) {
    // The path comes from parsed text or the schema's own paths, so it parses; if not, the group is left out like an unfinished rule.
    const attribute = parseAttribute(node.valuePath);
    if (attribute === null) return null;
    scoped = own({ type: "valuePath", attribute, filter: combined, span: NO_SPAN }, node.id);
  }
  return node.not ? own({ type: "not", filter: scoped, span: NO_SPAN }, node.id) : scoped;
}

function convert(tree: Tree, node: BuilderNode): Filter | null {
  if (node.kind !== "group") {
    let filter = leaves.get(node);
    if (filter === undefined) {
      filter = leafFilter(node);
      leaves.set(node, filter);
    }
    return filter;
  }
  const children: Filter[] = [];
  for (const id of node.children) {
    const child = convert(tree, tree.nodes[id] as BuilderNode);
    if (child !== null) children.push(child);
  }
  const cached = groups.get(node);
  if (cached !== undefined && sameItems(cached.children, children)) return cached.filter;
  const filter = groupFilter(node, children);
  groups.set(node, { children, filter });
  return filter;
}

/**
 * The filter a tree stands for. Unfinished rules (no valid field yet) and empty groups (value paths
 * too) are left out of the text; the builder marks them where they are instead. A value-path group
 * becomes `attr[…]` around its children, inside `not (…)` when negated.
 */
export function treeToFilter(tree: Tree): TreeFilter {
  return { filter: convert(tree, tree.nodes[tree.rootId] as BuilderNode), owners };
}

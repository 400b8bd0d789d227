import type { AttributePath, Filter } from "@scim-filter/core";
import { parseFilter } from "@scim-filter/core";
import type { BuilderNode, NodeId, Tree } from "./types.js";

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

export interface TreeFilter {
  /** The filter the tree says, or null when it says nothing yet (no finished rule). */
  filter: Filter | null;
  /** Which tree node produced each AST node, to map spans and diagnostics back onto rules. */
  owners: Map<Filter, NodeId>;
}

/**
 * The filter a tree stands for. Unfinished rules (no valid field yet) and empty groups (value paths
 * too) are left out of the text; the builder marks them where they are instead. A value-path group
 * becomes `attr[…]` around its children, inside `not (…)` when negated.
 */
export function treeToFilter(tree: Tree): TreeFilter {
  const owners = new Map<Filter, NodeId>();
  const own = (filter: Filter, id: NodeId): Filter => {
    owners.set(filter, id);
    return filter;
  };

  const convert = (node: BuilderNode): Filter | null => {
    switch (node.kind) {
      case "raw":
        return own(parseFilter(node.text), node.id);
      case "rule": {
        const attribute = parseAttribute(node.field);
        if (attribute === null) return null;
        return own(
          node.operator === "pr"
            ? { type: "present", attribute, span: NO_SPAN }
            : { type: "compare", attribute, operator: node.operator, value: node.value, span: NO_SPAN },
          node.id,
        );
      }
      case "group": {
        const children = node.children.map((id) => convert(tree.nodes[id] as BuilderNode)).filter((child): child is Filter => child !== null);
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
    }
  };

  return { filter: convert(tree.nodes[tree.rootId] as BuilderNode), owners };
}

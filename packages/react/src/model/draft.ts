import type { Filter, FilterSchema, ValuePathFilter } from "@scim-filter/core";
import { formatFilter, resolveAttribute, valuePathSchema } from "@scim-filter/core";
import type { BuilderNode, GroupNode, RawNode, RuleNode, Tree } from "./types.js";

type WithoutId<T> = T extends unknown ? Omit<T, "id" | "children"> : never;

/** A tree node before it has an id: what a filter says, to be matched against the current tree. */
export type Draft = (WithoutId<RuleNode> | WithoutId<RawNode>) | (Omit<GroupNode, "id" | "children"> & { children: Draft[] });
export type GroupDraft = Extract<Draft, { kind: "group" }>;

// The keys always in this order (valuePath only when set): draftKey compares drafts by their JSON.
function group(combinator: "and" | "or", not: boolean, children: Draft[], valuePath?: string): GroupDraft {
  return valuePath === undefined ? { kind: "group", combinator, not, children } : { kind: "group", combinator, not, valuePath, children };
}

function raw(filter: Filter, reason: RawNode["reason"]): Draft {
  return { kind: "raw", text: formatFilter(filter), reason };
}

/**
 * A value path as a group whose children are drafted against the attribute's sub-attributes, or null when
 * the schema cannot edit it (no schema, unknown attribute, no sub-attributes) or it is inside another one.
 */
function valuePathDraft(filter: ValuePathFilter, schema: FilterSchema | undefined, not: boolean, inValuePath: boolean): GroupDraft | null {
  const inner = schema === undefined || inValuePath ? null : valuePathSchema(schema, filter.attribute);
  if (inner === null) return null;
  return groupOf(filter.filter, not, inner, true, filter.attribute.path);
}

/** A group for a filter: an and/or chain's operands, or the filter as the only operand of an `and`. */
function groupOf(filter: Filter, not: boolean, schema: FilterSchema | undefined, inValuePath: boolean, valuePath?: string): GroupDraft {
  const chain = filter.type === "and" || filter.type === "or";
  const children = (chain ? filter.filters : [filter]).map((child) => toDraft(child, schema, inValuePath));
  return group(chain ? filter.type : "and", not, children, valuePath);
}

function toDraft(filter: Filter, schema: FilterSchema | undefined, inValuePath: boolean): Draft {
  switch (filter.type) {
    case "and":
    case "or":
      return groupOf(filter, false, schema, inValuePath);
    case "not": {
      const inner = filter.filter;
      // `not (emails[…])` is the value path negated; `emails[not (…)]` a negated group inside it.
      const negatedPath = inner.type === "valuePath" ? valuePathDraft(inner, schema, true, inValuePath) : null;
      return negatedPath ?? groupOf(inner, true, schema, inValuePath);
    }
    case "valuePath":
      return valuePathDraft(filter, schema, false, inValuePath) ?? raw(filter, "valuePath");
    case "compare":
    case "present":
      if (schema !== undefined && resolveAttribute(schema, filter.attribute).kind === "unknown") return raw(filter, "unknownAttribute");
      return filter.type === "present"
        ? { kind: "rule", field: filter.attribute.path, operator: "pr", value: null }
        : { kind: "rule", field: filter.attribute.path, operator: filter.operator, value: filter.value };
  }
}

/** The root group for a filter: a top-level and/or becomes the root itself, anything else (a value path too) its only child. */
export function filterToDraft(filter: Filter | null, schema: FilterSchema | undefined): GroupDraft {
  if (filter === null) return group("and", false, []);
  const draft = toDraft(filter, schema, false);
  return draft.kind === "group" && draft.valuePath === undefined ? draft : group("and", false, [draft]);
}

/** The draft of an existing node, to compare it with a new draft. */
export function nodeToDraft(tree: Tree, node: BuilderNode): Draft {
  if (node.kind !== "group") {
    const { id: _id, ...rest } = node;
    return rest;
  }
  return group(node.combinator, node.not, node.children.map((id) => nodeToDraft(tree, tree.nodes[id] as BuilderNode)), node.valuePath);
}

/** A string that is equal for equal drafts. */
export function draftKey(draft: Draft): string {
  return JSON.stringify(draft);
}

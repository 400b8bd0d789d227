import type { Filter, FilterSchema } from "@scim-filter/core";
import { formatFilter, resolveAttribute } from "@scim-filter/core";
import type { BuilderNode, GroupNode, RawNode, RuleNode, Tree } from "./types.js";

type WithoutId<T> = T extends unknown ? Omit<T, "id" | "children"> : never;

/** A tree node before it has an id: what a filter says, to be matched against the current tree. */
export type Draft = (WithoutId<RuleNode> | WithoutId<RawNode>) | (Omit<GroupNode, "id" | "children"> & { children: Draft[] });
export type GroupDraft = Extract<Draft, { kind: "group" }>;

function group(combinator: "and" | "or", not: boolean, children: Draft[]): GroupDraft {
  return { kind: "group", combinator, not, children };
}

function toDraft(filter: Filter, schema: FilterSchema | undefined): Draft {
  switch (filter.type) {
    case "and":
    case "or":
      return group(filter.type, false, filter.filters.map((child) => toDraft(child, schema)));
    case "not":
      return filter.filter.type === "and" || filter.filter.type === "or"
        ? group(filter.filter.type, true, filter.filter.filters.map((child) => toDraft(child, schema)))
        : group("and", true, [toDraft(filter.filter, schema)]);
    case "valuePath":
      return { kind: "raw", text: formatFilter(filter), reason: "valuePath" };
    case "compare":
    case "present":
      if (schema !== undefined && resolveAttribute(schema, filter.attribute).kind === "unknown") {
        return { kind: "raw", text: formatFilter(filter), reason: "unknownAttribute" };
      }
      return filter.type === "present"
        ? { kind: "rule", field: filter.attribute.path, operator: "pr", value: null }
        : { kind: "rule", field: filter.attribute.path, operator: filter.operator, value: filter.value };
  }
}

/** The root group for a filter: a top-level and/or becomes the root itself, anything else its only child. */
export function filterToDraft(filter: Filter | null, schema: FilterSchema | undefined): GroupDraft {
  if (filter === null) return group("and", false, []);
  const draft = toDraft(filter, schema);
  return draft.kind === "group" ? draft : group("and", false, [draft]);
}

/** The draft of an existing node, to compare it with a new draft. */
export function nodeToDraft(tree: Tree, node: BuilderNode): Draft {
  if (node.kind !== "group") {
    const { id: _id, ...rest } = node;
    return rest;
  }
  return group(node.combinator, node.not, node.children.map((id) => nodeToDraft(tree, tree.nodes[id] as BuilderNode)));
}

/** A string that is equal for equal drafts. */
export function draftKey(draft: Draft): string {
  return JSON.stringify(draft);
}

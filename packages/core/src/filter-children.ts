import type { Filter } from "./ast.js";

const NONE: readonly Filter[] = Object.freeze([]);

/** A node's operands in text order: a chain's filters, the filter inside `not (…)` or `attr[…]`, none for a clause. */
export function filterChildren(filter: Filter): readonly Filter[] {
  switch (filter.type) {
    case "and":
    case "or":
      return filter.filters;
    case "not":
    case "valuePath":
      return [filter.filter];
    default:
      return NONE;
  }
}

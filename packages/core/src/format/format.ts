import type { Filter, LogicalFilter } from "../ast.js";
import { parseFilter } from "../parse/parse.js";
import { formatAttributePath } from "./attribute.js";
import { formatValue } from "./value.js";

export interface FormatOptions {
  /**
   * Break `and` / `or` chains over lines, indenting nested groups by this string (e.g. `"  "`).
   * The default writes the whole filter on one line.
   */
  indent?: string;
}

// A logical child needs parentheses when its operator binds less tightly than its parent's (`or` inside
// `and`), or equally (`and` inside `and`): without them it would parse back as part of the parent's chain.
function needsParentheses(parent: LogicalFilter, child: Filter): boolean {
  return child.type === "or" || (child.type === "and" && parent.type === "and");
}

function formatNode(filter: Filter, indent: string | undefined, depth: number): string {
  switch (filter.type) {
    case "compare":
      return `${formatAttributePath(filter.attribute)} ${filter.operator} ${formatValue(filter.value)}`;
    case "present":
      return `${formatAttributePath(filter.attribute)} pr`;
    case "not":
      return `not (${formatNode(filter.filter, indent, depth)})`;
    case "valuePath":
      return `${formatAttributePath(filter.attribute)}[${formatNode(filter.filter, undefined, 0)}]`;
    case "and":
    case "or":
      return formatLogical(filter, indent, depth);
  }
}

function formatLogical(filter: LogicalFilter, indent: string | undefined, depth: number): string {
  if (filter.filters.length === 0) throw new TypeError(`An "${filter.type}" node needs at least one filter`);
  const parts = filter.filters.map((child) => {
    // An `and` chain inside an `or` needs no parentheses; on one line it cannot be misread.
    if (!needsParentheses(filter, child)) return formatNode(child, undefined, 0);
    if (indent === undefined) return `(${formatNode(child, indent, depth)})`;
    const inner = indent.repeat(depth + 1);
    return `(\n${inner}${formatNode(child, indent, depth + 1)}\n${indent.repeat(depth)})`;
  });
  const separator = indent === undefined ? ` ${filter.type} ` : `\n${indent.repeat(depth)}${filter.type} `;
  return parts.join(separator);
}

/**
 * Canonical filter text: lower-case operators and keywords, one space between tokens, `not (…)`,
 * JSON string escaping and only the parentheses the tree needs. Idempotent, and
 * `parseFilter(formatFilter(f))` gives back `f` (spans aside).
 */
export function formatFilter(filter: Filter | string, options: FormatOptions = {}): string {
  const tree = typeof filter === "string" ? parseFilter(filter) : filter;
  return formatNode(tree, options.indent, 0);
}

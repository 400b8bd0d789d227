import type { AttributePath, Filter, LogicalFilter, Span } from "../ast.js";
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

/** Formatted text and the filter as parseFilter would read that text back (spans into `text`). */
export interface FormattedFilter {
  text: string;
  filter: Filter;
}

// A logical child needs parentheses when its operator binds less tightly than its parent's (`or` inside
// `and`), or equally (`and` inside `and`): without them it would parse back as part of the parent's chain.
function needsParentheses(parent: LogicalFilter, child: Filter): boolean {
  return child.type === "or" || (child.type === "and" && parent.type === "and");
}

/** Where the text is written; with `spans`, every node is also rebuilt with the span it got. */
interface Output {
  text: string;
  spans: boolean;
}

function spanFrom(out: Output, start: number): Span {
  return { start, end: out.text.length };
}

function attributeAs(attribute: AttributePath, path: string): AttributePath {
  return attribute.path === path ? attribute : { ...attribute, path };
}

// One writer for both results: without spans it builds text only (the returned node is then unused).
function formatNode(filter: Filter, out: Output, indent: string | undefined, depth: number): Filter {
  const start = out.text.length;
  switch (filter.type) {
    case "compare": {
      const path = formatAttributePath(filter.attribute);
      out.text += `${path} ${filter.operator} ${formatValue(filter.value)}`;
      return out.spans ? { ...filter, attribute: attributeAs(filter.attribute, path), span: spanFrom(out, start) } : filter;
    }
    case "present": {
      const path = formatAttributePath(filter.attribute);
      out.text += `${path} pr`;
      return out.spans ? { ...filter, attribute: attributeAs(filter.attribute, path), span: spanFrom(out, start) } : filter;
    }
    case "not": {
      out.text += "not (";
      const inner = formatNode(filter.filter, out, indent, depth);
      out.text += ")";
      return out.spans ? { type: "not", filter: inner, span: spanFrom(out, start) } : filter;
    }
    case "valuePath": {
      const path = formatAttributePath(filter.attribute);
      out.text += `${path}[`;
      const inner = formatNode(filter.filter, out, undefined, 0);
      out.text += "]";
      return out.spans ? { type: "valuePath", attribute: attributeAs(filter.attribute, path), filter: inner, span: spanFrom(out, start) } : filter;
    }
    case "and":
    case "or":
      return formatLogical(filter, out, indent, depth);
  }
}

function formatLogical(filter: LogicalFilter, out: Output, indent: string | undefined, depth: number): Filter {
  if (filter.filters.length === 0) throw new TypeError(`An "${filter.type}" node needs at least one filter`);
  const start = out.text.length;
  const separator = indent === undefined ? ` ${filter.type} ` : `\n${indent.repeat(depth)}${filter.type} `;
  const children: Filter[] = [];
  filter.filters.forEach((child, index) => {
    if (index > 0) out.text += separator;
    // An `and` chain inside an `or` needs no parentheses; on one line it cannot be misread.
    if (!needsParentheses(filter, child)) {
      children.push(formatNode(child, out, undefined, 0));
    } else {
      // With an indent, the group's operands go on lines of their own, one level deeper.
      out.text += indent === undefined ? "(" : `(\n${indent.repeat(depth + 1)}`;
      children.push(formatNode(child, out, indent, depth + 1));
      out.text += indent === undefined ? ")" : `\n${indent.repeat(depth)})`;
    }
  });
  // A chain of one is written as its only operand, and parses back as that operand.
  if (children.length === 1) return children[0] as Filter;
  return out.spans ? { type: filter.type, filters: children, span: spanFrom(out, start) } : filter;
}

/**
 * Canonical filter text: lower-case operators and keywords, one space between tokens, `not (…)`,
 * JSON string escaping and only the parentheses the tree needs. Idempotent, and
 * `parseFilter(formatFilter(f))` gives back `f` (spans aside).
 */
export function formatFilter(filter: Filter | string, options: FormatOptions = {}): string {
  const tree = typeof filter === "string" ? parseFilter(filter) : filter;
  const out: Output = { text: "", spans: false };
  formatNode(tree, out, options.indent, 0);
  return out.text;
}

/**
 * Formats a filter and returns, with the text, the filter exactly as `parseFilter(text)` would give it
 * (spans into the text) — without parsing. For editors that write a filter and then need its spans.
 */
export function formatFilterWithSpans(filter: Filter, options: FormatOptions = {}): FormattedFilter {
  const out: Output = { text: "", spans: true };
  const formatted = formatNode(filter, out, options.indent, 0);
  return { text: out.text, filter: formatted };
}

import type { Filter, Span } from "../ast.js";
import { filterChildren } from "../filter-children.js";
import { parseFilter } from "./parse.js";

/** A text and the filter parseFilter read from it (spans into that text). */
export interface ParsedText {
  text: string;
  filter: Filter;
}

/** The path from the root to the innermost attribute expression whose span holds [start, end], or null. */
function leafPath(root: Filter, start: number, end: number): Filter[] | null {
  const path: Filter[] = [];
  let node: Filter | undefined = root;
  while (node !== undefined) {
    if (node.span.start > start || node.span.end < end) return null;
    path.push(node);
    if (node.type === "compare" || node.type === "present") return path;
    node = filterChildren(node).find((child) => child.span.start <= start && end <= child.span.end);
  }
  return null;
}

function shifted(span: Span, at: number, delta: number): Span {
  return { start: span.start >= at ? span.start + delta : span.start, end: span.end >= at ? span.end + delta : span.end };
}

/** A copy of `filter` with every offset at or after `at` moved by `delta`; subtrees before `at` are reused. */
function shift(filter: Filter, at: number, delta: number): Filter {
  if (filter.span.end < at) return filter;
  const span = shifted(filter.span, at, delta);
  switch (filter.type) {
    case "and":
    case "or":
      return { ...filter, filters: filter.filters.map((child) => shift(child, at, delta)), span };
    case "not":
    case "valuePath":
      return { ...filter, filter: shift(filter.filter, at, delta), span };
    default:
      return { ...filter, span };
  }
}

/** `filter` with `path`'s last node replaced by `leaf`, and every later offset moved by `delta`. */
function splice(path: Filter[], leaf: Filter, delta: number): Filter {
  const old = path[path.length - 1] as Filter;
  const after = old.span.end;
  let replacement = leaf;
  for (let index = path.length - 2; index >= 0; index -= 1) {
    const parent = path[index] as Filter;
    const child = path[index + 1] as Filter;
    const span = { start: parent.span.start, end: parent.span.end + delta };
    if (parent.type === "and" || parent.type === "or") {
      const filters = parent.filters.map((other) => (other === child ? replacement : shift(other, after, delta)));
      replacement = { ...parent, filters, span };
    } else if (parent.type === "not" || parent.type === "valuePath") {
      replacement = { ...parent, filter: replacement, span };
    }
  }
  return replacement;
}

/**
 * Parses `text`, an edit of `previous.text`, giving exactly what parseFilter(text) gives — but when the
 * edit lies inside one attribute expression and that expression still reads as one, only that
 * expression is parsed again and the rest of the tree is reused with its offsets moved. Any other edit
 * parses the whole text. Throws FilterSyntaxError like parseFilter.
 */
export function reparseFilter(previous: ParsedText, text: string): Filter {
  const before = previous.text;
  if (text === before) return previous.filter;
  let prefix = 0;
  const shortest = Math.min(before.length, text.length);
  while (prefix < shortest && before.charCodeAt(prefix) === text.charCodeAt(prefix)) prefix += 1;
  let suffix = 0;
  while (suffix < shortest - prefix && before.charCodeAt(before.length - 1 - suffix) === text.charCodeAt(text.length - 1 - suffix)) suffix += 1;
  const path = leafPath(previous.filter, prefix, before.length - suffix);
  const leaf = path?.[path.length - 1];
  if (path === null || leaf === undefined) return parseFilter(text);

  const delta = text.length - before.length;
  const clause = text.slice(leaf.span.start, leaf.span.end + delta);
  let parsed: Filter;
  try {
    parsed = parseFilter(clause);
  } catch {
    return parseFilter(text);
  }
  // Still one attribute expression, filling the clause exactly: whitespace at either end belongs to the
  // text around it, whose spans would then change too.
  if ((parsed.type !== "compare" && parsed.type !== "present") || parsed.span.start !== 0 || parsed.span.end !== clause.length) return parseFilter(text);
  const placed = { ...parsed, span: { start: leaf.span.start, end: leaf.span.end + delta } };
  return splice(path, placed, delta);
}

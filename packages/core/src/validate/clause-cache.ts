import type { Span } from "../ast.js";
import type { FilterSchema } from "../schema/types.js";
import type { Diagnostic } from "./diagnostic.js";

// An attribute expression's diagnostics depend only on the schema, the expression's own text and whether
// it is the whole filter: remembered per schema, a builder that re-validates a 1,000-rule filter after one
// edit checks one clause and looks up the rest. Entries are stored relative to the clause's start.
const MAX_ENTRIES = 20_000;
const bySchema = new WeakMap<FilterSchema, Map<string, readonly Diagnostic[]>>();

function shift(diagnostics: readonly Diagnostic[], by: number): Diagnostic[] {
  const move = (span: Span): Span => ({ start: span.start + by, end: span.end + by });
  return diagnostics.map((diagnostic) => ({
    ...diagnostic,
    span: move(diagnostic.span),
    suggestions: diagnostic.suggestions.map((suggestion) => ({ ...suggestion, span: move(suggestion.span) })),
  }));
}

/** The clause's diagnostics from the cache, or from `check` (then remembered). */
export function clauseDiagnostics(schema: FilterSchema, text: string, span: Span, whole: boolean, check: () => Diagnostic[]): Diagnostic[] {
  let cache = bySchema.get(schema);
  if (cache === undefined) {
    cache = new Map();
    bySchema.set(schema, cache);
  }
  const key = `${whole ? "1" : "0"}${text.slice(span.start, span.end)}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached.length === 0 ? [] : shift(cached, span.start);
  const diagnostics = check();
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(key, diagnostics.length === 0 ? [] : shift(diagnostics, -span.start));
  return diagnostics;
}

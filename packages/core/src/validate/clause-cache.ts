import type { Span } from "../ast.js";
import type { FilterSchema } from "../schema/types.js";
import type { Diagnostic } from "./diagnostic.js";

// An attribute expression's diagnostics depend only on the schema, the expression's own text and whether
// it is the whole filter: remembered per schema, a builder that re-validates a 1,000-rule filter after one
// edit checks one clause and looks up the rest. Entries are stored relative to the clause's start.
const MAX_ENTRIES = 20_000;
/** Per schema: the clauses that are the whole filter, and the clauses that are part of one. */
const bySchema = new WeakMap<FilterSchema, [Map<string, readonly Diagnostic[]>, Map<string, readonly Diagnostic[]>]>();

function moved(span: Span, by: number): Span {
  return { start: span.start + by, end: span.end + by };
}

function shift(diagnostics: readonly Diagnostic[], by: number): Diagnostic[] {
  return diagnostics.map((diagnostic) => ({
    ...diagnostic,
    span: moved(diagnostic.span, by),
    suggestions: diagnostic.suggestions.map((suggestion) => ({ ...suggestion, span: moved(suggestion.span, by) })),
  }));
}

type ClauseCheck<T> = (clause: T, schema: FilterSchema, text: string, whole: boolean) => Diagnostic[];

/** The clause's diagnostics from the cache, or from `check` (then remembered). */
export function clauseDiagnostics<T extends { span: Span }>(schema: FilterSchema, text: string, clause: T, whole: boolean, check: ClauseCheck<T>): Diagnostic[] {
  let caches = bySchema.get(schema);
  if (caches === undefined) {
    caches = [new Map(), new Map()];
    bySchema.set(schema, caches);
  }
  const cache = caches[whole ? 0 : 1];
  const { span } = clause;
  const key = text.slice(span.start, span.end);
  const cached = cache.get(key);
  if (cached !== undefined) return shift(cached, span.start);
  const diagnostics = check(clause, schema, text, whole);
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(key, shift(diagnostics, -span.start));
  return diagnostics;
}

import type { Span } from "../ast.js";
import type { FilterSchema } from "../schema/types.js";
import type { Diagnostic } from "./diagnostic.js";

// An attribute expression's diagnostics depend only on the schema, the expression's own text and whether
// it is the whole filter: remembered per schema, a builder that re-validates a 1,000-rule filter after one
// edit checks one clause and looks up the rest. Entries are stored relative to the clause's start.
// Each cache is bounded by the characters it holds (keys and diagnostics' texts), not by its entries:
// a few clauses of a megabyte each weigh as much as thousands of ordinary ones.

/** Characters one cache may hold (about 2 bytes each): 4 M characters, some 8 MB. */
export const MAX_CACHED_CHARACTERS = 4_000_000;
/** A clause heavier than this is checked each time instead of pushing the others out. */
const MAX_ENTRY_CHARACTERS = MAX_CACHED_CHARACTERS / 8;
/** What an entry costs besides its texts: the objects and the spans. */
const ENTRY_OVERHEAD = 64;

interface Entry {
  diagnostics: readonly Diagnostic[];
  weight: number;
}

/** One cache: entries from least to most recently used (the first goes first), and their total weight. */
class ClauseCache {
  readonly entries = new Map<string, Entry>();
  weight = 0;

  get(key: string): readonly Diagnostic[] | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.diagnostics;
  }

  set(key: string, diagnostics: readonly Diagnostic[]): void {
    const weight = entryWeight(key, diagnostics);
    if (weight > MAX_ENTRY_CHARACTERS) return;
    for (const [oldest, entry] of this.entries) {
      if (this.weight + weight <= MAX_CACHED_CHARACTERS) break;
      this.entries.delete(oldest);
      this.weight -= entry.weight;
    }
    this.entries.set(key, { diagnostics, weight });
    this.weight += weight;
  }
}

function entryWeight(key: string, diagnostics: readonly Diagnostic[]): number {
  let weight = ENTRY_OVERHEAD + key.length;
  for (const { message, suggestions } of diagnostics) {
    weight += ENTRY_OVERHEAD + message.length;
    for (const suggestion of suggestions) weight += ENTRY_OVERHEAD + suggestion.label.length + suggestion.text.length;
  }
  return weight;
}

/** Per schema: the clauses that are the whole filter, and the clauses that are part of one. */
const bySchema = new WeakMap<FilterSchema, [ClauseCache, ClauseCache]>();

/** The characters the caches of `schema` hold, for tests of the bound. */
export function cachedCharacters(schema: FilterSchema): number {
  const caches = bySchema.get(schema);
  return caches === undefined ? 0 : caches[0].weight + caches[1].weight;
}

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
    caches = [new ClauseCache(), new ClauseCache()];
    bySchema.set(schema, caches);
  }
  const cache = caches[whole ? 0 : 1];
  const { span } = clause;
  const key = text.slice(span.start, span.end);
  const cached = cache.get(key);
  if (cached !== undefined) return shift(cached, span.start);
  const diagnostics = check(clause, schema, text, whole);
  cache.set(key, shift(diagnostics, -span.start));
  return diagnostics;
}

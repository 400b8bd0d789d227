import type { Diagnostic, Span } from "@scim-filter/core";

const sameSpan = (a: Span, b: Span) => a.start === b.start && a.end === b.end;

// Field by field: with a problem in every rule, serializing both lists on each edit was most of its cost.
function sameDiagnostic(a: Diagnostic, b: Diagnostic): boolean {
  return (
    a.severity === b.severity &&
    a.code === b.code &&
    a.message === b.message &&
    sameSpan(a.span, b.span) &&
    a.suggestions.length === b.suggestions.length &&
    a.suggestions.every((suggestion, index) => {
      const other = b.suggestions[index];
      return other !== undefined && suggestion.label === other.label && suggestion.text === other.text && sameSpan(suggestion.span, other.span);
    })
  );
}

/** Equal lists of diagnostics, so a node keeps its old list (and does not re-render). */
export function sameDiagnostics(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
  return a.length === b.length && a.every((diagnostic, index) => sameDiagnostic(diagnostic, b[index] as Diagnostic));
}

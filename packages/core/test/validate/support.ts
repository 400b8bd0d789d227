// Small helpers shared by the validation tests (not a test file itself).
import { expect } from "vitest";
import type { Diagnostic, Span, Suggestion } from "../../src/index.js";

/** The text after applying a fix: the suggestion's span replaced by its text. */
export function applySuggestion(text: string, suggestion: Suggestion): string {
  return text.slice(0, suggestion.span.start) + suggestion.text + text.slice(suggestion.span.end);
}

/** The text a span covers. */
export function spanText(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

/** Asserts there is exactly one diagnostic and returns it. */
export function single(diagnostics: readonly Diagnostic[]): Diagnostic {
  expect(diagnostics).toHaveLength(1);
  return diagnostics[0] as Diagnostic;
}

export function errorsOf(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((diagnostic) => diagnostic.severity === "error");
}

/** Every span of the diagnostic and its suggestions lies within the text. */
export function expectSpansWithin(text: string, diagnostics: readonly Diagnostic[]): void {
  const spans = diagnostics.flatMap((diagnostic) => [diagnostic.span, ...diagnostic.suggestions.map((suggestion) => suggestion.span)]);
  for (const span of spans) {
    expect(Number.isInteger(span.start) && Number.isInteger(span.end)).toBe(true);
    expect(span.start).toBeGreaterThanOrEqual(0);
    expect(span.end).toBeGreaterThanOrEqual(span.start);
    expect(span.end).toBeLessThanOrEqual(text.length);
  }
}

/** The diagnostics other than `attribute-spelling` warnings (for tests that write names in other cases on purpose). */
export function withoutSpelling(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((diagnostic) => diagnostic.code !== "attribute-spelling");
}

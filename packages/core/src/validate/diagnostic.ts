import type { Span } from "../ast.js";

export type DiagnosticCode =
  /** The text does not parse. */
  | "syntax"
  /** The schema has no such attribute. */
  | "unknown-attribute"
  /** The attribute does not accept this operator. */
  | "operator-not-allowed"
  /** The attribute can only be tested with `pr`. */
  | "presence-only"
  /** The value has the wrong type for the attribute (a number for a string, …). */
  | "invalid-value"
  /** A date value in none of the accepted formats, or an impossible date. */
  | "invalid-date"
  /** An id value that does not have the id format (a 24-hex object id). */
  | "invalid-id"
  /** A value outside the attribute's allowed values. */
  | "value-not-allowed"
  /** A value the server accepts but the documentation no longer lists. */
  | "deprecated-value"
  /** `attr[…]` on an attribute that has no sub-attributes. */
  | "value-path-not-allowed"
  /** A comparison with `null`, which RFC 7644 leaves undefined; `not (attr pr)` says it clearly. */
  | "null-comparison"
  /** `eq` / `ne` on a date matches one instant only. */
  | "date-equality"
  /** Legal, but the clauses contradict each other: the filter (or this part) can match nothing. */
  | "unsatisfiable"
  /**
   * A Staffbase user-model field the filter should no longer use: removed (`enabled`, `pending`,
   * `verificationCode`; an error when the schema does not know it, as the server then rejects the filter)
   * or renamed (`externalID` → `externalId`, a warning). The fix rewrites it where the migration page maps it.
   */
  | "legacy-attribute"
  /** The attribute name differs only in letter case from its documented spelling: it works, the fix spells it as documented. */
  | "attribute-spelling"
  /** Reported by the server that received the filter (never produced by validateFilter). */
  | "server";

export type Severity = "error" | "warning";

/** A fix: replace the text at `span` with `text`. */
export interface Suggestion {
  /** In words, for a button or a hint: `Replace with "admin"`. */
  label: string;
  span: Span;
  text: string;
}

export interface Diagnostic {
  severity: Severity;
  code: DiagnosticCode;
  message: string;
  /** The smallest part of the filter text that is wrong. */
  span: Span;
  suggestions: Suggestion[];
}

/** A diagnostic, its fields in the order every producer writes them. */
export function diagnostic(severity: Severity, code: DiagnosticCode, message: string, span: Span, suggestions: Suggestion[] = []): Diagnostic {
  return { severity, code, message, span, suggestions };
}

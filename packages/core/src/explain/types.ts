import type { Span } from "../ast.js";

/** A node's three-valued result: `"unknown"` where the user object lacks what the attribute needs. */
export type ExplanationResult = boolean | "unknown";

/** What a node of the effective filter is; `implicit` is a clause the schema adds (the status default). */
export type ExplanationKind = "compare" | "present" | "and" | "or" | "not" | "valuePath" | "implicit";

/** One node of the effective filter, evaluated against one user (plain JSON). */
export interface ExplanationNode {
  kind: ExplanationKind;
  /**
   * Three-valued (Kleene) result: a comparison is `"unknown"` when the reader finds nothing at all
   * for its attribute; `and`, `or`, `not` and value paths combine their children's results.
   */
  result: ExplanationResult;
  /**
   * The node's result as compileFilter computes it, an unknown comparison counted as the evaluator
   * counts a missing value (`eq`: not met, `ne`: met, …). Equals `result` whenever that is not `"unknown"`.
   */
  matched: boolean;
  /** Whether this node determined the overall result (see explainFilter). */
  decisive: boolean;
  /** Where the node is in the filter text; `{ start: 0, end: 0 }` for implicit clauses. */
  span: Span;
  /** The node's canonical text (formatFilter). */
  text: string;
  /** For `implicit`: the clause in words, e.g. "status is activated (default)". */
  label?: string;
  /** One sentence: `staffbase.role eq "admin" — false: the user's role is reader`. */
  reason: string;
  /**
   * Comparisons: the values the evaluator compared (arrays flattened, `{ value }` unwrapped, nulls
   * dropped); value paths: the elements the inner filter ran on. Absent when the user lacks the attribute.
   */
  actual?: unknown[];
  /** On a value path's children: the index of the element (in `actual`) this child evaluated. */
  element?: number;
  /** `and` / `or`: one per operand; `not`: one; a value path: one evaluation of its filter per element. */
  children?: ExplanationNode[];
}

/** Why a filter does or does not match one user. */
export interface Explanation {
  /** Whether the filter matches the user: exactly what compileFilter says. */
  result: boolean;
  /** The effective filter (the schema's implicit clauses included), evaluated. */
  root: ExplanationNode;
}

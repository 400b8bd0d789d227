import type { Diagnostic, Explanation, ExplanationNode, Filter, FilterSchema, ParsedText, Span } from "@scim-filter/core";
import { formatFilterWithSpans, parseFilter, validateFilter } from "@scim-filter/core";
import { diagnosticsByNode, spansOfNodes } from "../model/spans.js";
import { treeToFilter } from "../model/to-filter.js";
import type { NodeId, Tree } from "../model/types.js";
import { explanationsByNode, NO_IMPLICIT } from "./explanations-by-node.js";
import { sameDiagnostics } from "./same-diagnostics.js";

const EMPTY: readonly Diagnostic[] = /* @__PURE__ */ Object.freeze([]);

/** What the builder shows besides the tree: the text, its diagnostics, and where each node is in it. */
export interface Derived {
  /** The filter text the tree stands for, canonical. */
  text: string;
  /** The text `filter`, the spans and the diagnostics point into: the shown text, else `text`. */
  source: string;
  filter: Filter | null;
  diagnostics: readonly Diagnostic[];
  /** Per node, with spans relative to the node's start. */
  nodeDiagnostics: Readonly<Record<NodeId, readonly Diagnostic[]>>;
  nodeSpans: ReadonlyMap<NodeId, Span>;
  /** Per rule (raw rule, value path), the explanation node at its span, when the explanation is for the shown text. */
  nodeExplanations: Readonly<Record<NodeId, ExplanationNode>>;
  /** The explanation's implicit clauses (the schema's status default), when it is for the shown text. */
  implicitExplanations: readonly ExplanationNode[];
  /** The explanation itself when it is for the shown text (its spans point into that text), else null. */
  explained: ExplanationForText | null;
}

/** Diagnostics from elsewhere (a server's answer) for one exact text; they lapse when the text changes. */
export interface ExternalDiagnostics {
  text: string;
  diagnostics: readonly Diagnostic[];
}

/** An explanation (explainFilter) of one exact text: its spans point into that text. */
export interface ExplanationForText {
  text: string;
  explanation: Explanation;
}

/** The text the user sees when it is a valid spelling of the tree's filter, with its parse when known. */
export type ShownText = string | ParsedText;

/**
 * Derives text, diagnostics and spans from the tree. `shownText` is the text the user sees when it is a
 * valid spelling of the same filter (typed by hand), so diagnostics point into it. Per-node diagnostic
 * arrays that did not change keep their identity, so rules re-render only when their own messages change.
 */
export function derive(
  tree: Tree,
  schema: FilterSchema | undefined,
  previous: Derived | null,
  shownText?: ShownText,
  external?: ExternalDiagnostics | null,
  explanation?: ExplanationForText | null,
): Derived {
  const { filter: built, owners } = treeToFilter(tree);
  if (built === null) return { text: "", source: "", filter: null, diagnostics: EMPTY, nodeDiagnostics: {}, nodeSpans: new Map(), nodeExplanations: {}, implicitExplanations: NO_IMPLICIT, explained: null };
  // Formatting yields the spans of the canonical text; only text the user typed differently is parsed.
  const formatted = formatFilterWithSpans(built);
  const text = formatted.text;
  const source = shownText === undefined ? text : typeof shownText === "string" ? shownText : shownText.text;
  const parsed = source === text ? formatted.filter : typeof shownText === "object" ? shownText.filter : parseFilter(source);
  const nodeSpans = spansOfNodes(built, parsed, owners);
  const own = validateFilter(parsed, schema, { text: source });
  const diagnostics = external?.text === source ? [...own, ...external.diagnostics].sort((a, b) => a.span.start - b.span.start) : own;
  const byNode = diagnosticsByNode(diagnostics, nodeSpans, tree.rootId);
  const nodeDiagnostics: Record<NodeId, readonly Diagnostic[]> = {};
  for (const [id, list] of byNode) {
    const old = previous?.nodeDiagnostics[id];
    nodeDiagnostics[id] = old !== undefined && sameDiagnostics(old, list) ? old : list;
  }
  const applies = explanation?.text === source ? explanation : null;
  const byExplanation = applies === null ? { nodeExplanations: {}, implicitExplanations: NO_IMPLICIT } : explanationsByNode(applies.explanation, tree, nodeSpans, previous?.implicitExplanations);
  return { text, source, filter: parsed, diagnostics, nodeDiagnostics, nodeSpans, ...byExplanation, explained: applies };
}

export const NO_DIAGNOSTICS = EMPTY;

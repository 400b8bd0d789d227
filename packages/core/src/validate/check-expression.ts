import type { AttributePath, CompareFilter, PresentFilter, Span, ValuePathFilter } from "../ast.js";
import { formatAttributePath } from "../format/attribute.js";
import { formatValue } from "../format/value.js";
import { resolveAttribute, withoutSchemaUrn } from "../schema/resolve.js";
import type { AttributeSchema, FilterSchema } from "../schema/types.js";
import { subAttributeSchema } from "../schema/value-path-schema.js";
import { parseFilterDate } from "../values/date.js";
import { checkValue } from "./check-value.js";
import type { Diagnostic, Suggestion } from "./diagnostic.js";
import { diagnostic } from "./diagnostic.js";
import { closestMatches } from "./similarity.js";
import type { TokenSpans } from "./token-spans.js";
import { tokenSpans } from "./token-spans.js";

export type AttributeCheck = { attribute: AttributeSchema; diagnostics: Diagnostic[] } | { attribute: null; diagnostics: Diagnostic[] };

/** Resolves an attribute, reporting unknown ones with the closest known paths as fixes. */
export function checkAttribute(schema: FilterSchema, path: AttributePath, span: Span): AttributeCheck {
  const resolution = resolveAttribute(schema, path);
  if (resolution.kind === "declared") return { attribute: resolution.attribute, diagnostics: [] };
  if (resolution.kind === "dynamic" && !resolution.declaredOnly) return { attribute: resolution.attribute, diagnostics: [] };
  // Only now, with a diagnostic to make, look for what was meant: the search costs more than the check.
  const known = schema.attributes.map((attribute) => attribute.path);
  const close = closestMatches(withoutSchemaUrn(path), known);
  const suggestions: Suggestion[] = close.map((candidate) => ({ label: `Replace with ${candidate}`, span, text: candidate }));
  const didYouMean = close[0] === undefined ? "" : ` Did you mean ${close[0]}?`;
  if (resolution.kind === "dynamic") {
    return {
      attribute: resolution.attribute,
      diagnostics: [diagnostic("warning", "unknown-attribute", `${path.path} is not one of this instance's fields.${didYouMean}`, span, suggestions)],
    };
  }
  return {
    attribute: null,
    diagnostics: [diagnostic("error", "unknown-attribute", `${schema.name} has no filterable attribute ${path.path}.${didYouMean}`, span, suggestions)],
  };
}

function allowedOperatorsText(attribute: AttributeSchema): string {
  return attribute.operators.map((option) => `${option.operator} (${option.label})`).join(", ");
}

/** Checks the operator of `attr op value` / `attr pr` against what the attribute allows. */
function checkOperator(node: CompareFilter | PresentFilter, attribute: AttributeSchema, spans: TokenSpans, text: string | undefined): Diagnostic[] {
  const operator = node.type === "present" ? "pr" : node.operator;
  if (attribute.operators.some((option) => option.operator === operator)) return [];
  const nodeText = text === undefined ? formatAttributePath(node.attribute) : text.slice(spans.attribute.start, spans.attribute.end);
  if (attribute.presenceOnly === true) {
    return [
      diagnostic("error", "presence-only", `${attribute.path} can only be tested for presence (pr), not compared with ${operator}`, spans.operator, [
        { label: `Replace with ${nodeText} pr`, span: node.span, text: `${nodeText} pr` },
      ]),
    ];
  }
  const present = node.type === "present";
  // `attr pr` gets no fix (no other operator goes without a value); a comparison may use any other comparison.
  const suggestions = present
    ? []
    : attribute.operators
        .filter((option) => option.operator !== "pr")
        .map((option) => ({ label: `Use ${option.operator} (${option.label})`, span: spans.operator, text: option.operator }));
  return [
    diagnostic(
      "error",
      "operator-not-allowed",
      `${attribute.path} does not accept ${operator}; it accepts ${allowedOperatorsText(attribute)}`,
      present ? { start: spans.operator.start, end: node.span.end } : spans.operator,
      suggestions,
    ),
  ];
}

const DAY = 86_400_000;
const LAST_DAY_END = Date.UTC(9999, 11, 31) + DAY;

/** `created eq "2022-05-30"` matches one instant; offer the whole day instead. */
function checkDateEquality(node: CompareFilter, attribute: AttributeSchema, spans: TokenSpans): Diagnostic[] {
  if (attribute.type !== "dateTime" || (node.operator !== "eq" && node.operator !== "ne") || typeof node.value !== "string") return [];
  const parsed = parseFilterDate(node.value);
  if (!parsed.ok || parsed.precision === "millisecond") return [];
  const suggestions: Suggestion[] = [];
  // The next day must still be a four-digit year to be written as a date (not after 9999-12-31).
  if (parsed.precision === "day" && parsed.time + DAY < LAST_DAY_END) {
    const path = formatAttributePath(node.attribute);
    const day = formatValue(node.value);
    const next = formatValue(new Date(parsed.time + DAY).toISOString().slice(0, 10));
    const text = node.operator === "eq" ? `${path} ge ${day} and ${path} lt ${next}` : `(${path} lt ${day} or ${path} ge ${next})`;
    suggestions.push({ label: node.operator === "eq" ? "Match the whole day" : "Exclude the whole day", span: node.span, text });
  }
  const instant = new Date(parsed.time).toISOString();
  return [
    diagnostic(
      "warning",
      "date-equality",
      `${attribute.path} ${node.operator} ${formatValue(node.value)} ${node.operator === "eq" ? "matches only" : "excludes only"} the instant ${instant}, not a whole ${parsed.precision}`,
      spans.value,
      suggestions,
    ),
  ];
}

/** Checks one `attr op value` or `attr pr` against its attribute. */
export function checkExpression(node: CompareFilter | PresentFilter, schema: FilterSchema, text: string | undefined): Diagnostic[] {
  const spans = tokenSpans(node, text);
  const resolved = checkAttribute(schema, node.attribute, spans.attribute);
  if (resolved.attribute === null) return resolved.diagnostics;
  const { attribute } = resolved;
  const diagnostics = [...resolved.diagnostics, ...checkOperator(node, attribute, spans, text)];
  if (node.type === "compare" && diagnostics.every((diagnostic) => diagnostic.severity !== "error")) {
    // Membership in the allowed values only makes sense for equality; `co "adm"` is a partial value.
    const partial = node.operator === "co" || node.operator === "sw" || node.operator === "ew";
    const valueAttribute = partial && attribute.type === "enum" ? { ...attribute, type: "string" as const } : attribute;
    diagnostics.push(...checkValue(node, valueAttribute, spans.value), ...checkDateEquality(node, attribute, spans));
  }
  return diagnostics;
}

/** Checks `attr[…]`: the attribute must have sub-attributes; returns the schema to check the brackets with. */
export function checkValuePath(node: ValuePathFilter, schema: FilterSchema, text: string | undefined): { diagnostics: Diagnostic[]; inner: FilterSchema | null } {
  const spans = tokenSpans(node, text);
  const resolved = checkAttribute(schema, node.attribute, spans.attribute);
  if (resolved.attribute === null) return { diagnostics: resolved.diagnostics, inner: null };
  const inner = subAttributeSchema(schema, resolved.attribute);
  if (inner === null) {
    return {
      diagnostics: [
        ...resolved.diagnostics,
        diagnostic(
          "error",
          "value-path-not-allowed",
          `${resolved.attribute.path} has no sub-attributes, so it cannot be filtered with ${resolved.attribute.path}[…]`,
          { start: spans.attribute.end, end: node.span.end },
        ),
      ],
      inner: null,
    };
  }
  return { diagnostics: resolved.diagnostics, inner };
}

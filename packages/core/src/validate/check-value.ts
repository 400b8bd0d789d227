import type { CompareFilter, Span } from "../ast.js";
import { formatValue } from "../format/value.js";
import type { AttributeSchema } from "../schema/types.js";
import { DATE_FORMATS_HINT, parseFilterDate } from "../values/date.js";
import type { Diagnostic, Suggestion } from "./diagnostic.js";
import { diagnostic } from "./diagnostic.js";
import { closestMatches } from "./similarity.js";

const MAX_VALUE_SUGGESTIONS = 8;

function describeValue(value: string | number | boolean): string {
  if (typeof value === "string") return `the string ${formatValue(value)}`;
  return `the ${typeof value} ${String(value)}`;
}

function replaceWith(span: Span, value: string | number | boolean): Suggestion {
  const text = formatValue(value);
  return { label: `Replace with ${text}`, span, text };
}

function checkEnum(attribute: AttributeSchema, value: string, span: Span): Diagnostic[] {
  const options = attribute.options ?? [];
  const caseFix = options.find((option) => option.value.toLowerCase() === value.toLowerCase());
  // Without caseExact the server (and the evaluator) compare case-insensitively, so "Work" is "work".
  const exact = options.find((option) => option.value === value) ?? (attribute.caseExact === true ? undefined : caseFix);
  if (exact !== undefined) {
    return exact.deprecated === true
      ? [diagnostic("warning", "deprecated-value", `"${value}" is no longer documented for ${attribute.path}${exact.description === undefined ? "" : `: ${exact.description}`}`, span)]
      : [];
  }
  const values = options.filter((option) => option.deprecated !== true).map((option) => option.value);
  const severity = attribute.allowOtherValues === true ? "warning" : "error";
  if (caseFix !== undefined) {
    return [
      diagnostic(severity, "value-not-allowed", `"${value}" is not a value of ${attribute.path}: values are case-sensitive — did you mean "${caseFix.value}"?`, span, [
        replaceWith(span, caseFix.value),
      ]),
    ];
  }
  const close = closestMatches(value, values);
  const ordered = [...close, ...values.filter((candidate) => !close.includes(candidate))].slice(0, MAX_VALUE_SUGGESTIONS);
  const didYouMean = close[0] === undefined ? "" : ` Did you mean "${close[0]}"?`;
  return [
    diagnostic(
      severity,
      "value-not-allowed",
      `"${value}" is not ${attribute.allowOtherValues === true ? "a canonical" : "an allowed"} value of ${attribute.path}; allowed: ${values.join(", ")}.${didYouMean}`,
      span,
      ordered.map((candidate) => replaceWith(span, candidate)),
    ),
  ];
}

/** Checks a comparison's value against the attribute's type, format and allowed values. */
export function checkValue(node: CompareFilter, attribute: AttributeSchema, span: Span): Diagnostic[] {
  const { value } = node;
  if (value === null) {
    return [diagnostic("warning", "null-comparison", `Comparing ${attribute.path} with null is not defined by RFC 7644; test presence with pr instead`, span)];
  }
  // A value of the wrong type, with the value written as the type wants it when it can be.
  const wrongType = (expected: string, fix?: string | number | boolean): Diagnostic[] => [
    diagnostic("error", "invalid-value", `${attribute.path} expects ${expected}, got ${describeValue(value)}`, span, fix === undefined ? [] : [replaceWith(span, fix)]),
  ];
  switch (attribute.type) {
    case "string":
    case "complex":
      return typeof value === "string" ? [] : wrongType("a quoted string", String(value));
    case "enum":
      if (typeof value !== "string") return wrongType("one of its values as a quoted string");
      return checkEnum(attribute, value, span);
    case "id": {
      const format = attribute.idFormat;
      if (typeof value !== "string") return wrongType("an id as a quoted string");
      if (format === undefined || new RegExp(format.pattern).test(value)) return [];
      return [diagnostic("error", "invalid-id", `"${value}" is not a valid ${attribute.label.toLowerCase()} id: expected ${format.description}, such as "${format.example}"`, span)];
    }
    case "dateTime": {
      if (typeof value !== "string") return wrongType(`a date as a quoted string (${DATE_FORMATS_HINT})`);
      const parsed = parseFilterDate(value);
      return parsed.ok ? [] : [diagnostic("error", "invalid-date", `${parsed.message}`, span)];
    }
    case "boolean":
      if (typeof value === "boolean") return [];
      if (typeof value === "string" && /^(true|false)$/i.test(value)) return wrongType("true or false without quotes", value.toLowerCase() === "true");
      return wrongType("true or false");
    case "number":
      if (typeof value === "number") return [];
      if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value))) return wrongType("a number without quotes", Number(value));
      return wrongType("a number");
  }
}

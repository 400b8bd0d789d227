import type { CompareFilter, Filter, PresentFilter } from "../ast.js";
import { tryParseFilter } from "../parse/parse.js";
import type { FilterSyntaxError } from "../parse/syntax-error.js";
import { isBareWordValue } from "../parse/syntax-error.js";
import { wholeTokenAt } from "../parse/tokens.js";
import { checkSchema } from "../schema/check-schema.js";
import type { FilterSchema } from "../schema/types.js";
import { checkSpelling, legacyHint } from "./attribute-hints.js";
import { checkExpression, checkValuePath } from "./check-expression.js";
import { clauseDiagnostics } from "./clause-cache.js";
import type { Diagnostic } from "./diagnostic.js";
import { diagnostic } from "./diagnostic.js";
import { checkContradictions } from "./unsatisfiable.js";

function syntaxDiagnostic(text: string, error: FilterSyntaxError): Diagnostic {
  // The whole token at the error: `error.found` is shortened with "…" for messages when it is long.
  const found = wholeTokenAt(text, error.offset);
  const span = { start: error.offset, end: error.offset + (found?.length ?? 0) };
  const bareWord = isBareWordValue(found, error.expected);
  return diagnostic("error", "syntax", error.message, span, bareWord ? [{ label: `Quote it: "${error.found}"`, span, text: JSON.stringify(found) }] : []);
}

/** An attribute expression: a hint for a legacy field replaces or joins the usual checks; else a spelling hint. */
function checkAttributeNode(filter: CompareFilter | PresentFilter, schema: FilterSchema, text: string | undefined, whole: boolean): Diagnostic[] {
  const legacy = legacyHint(filter, schema, text, whole);
  if (legacy === null) return [...checkExpression(filter, schema, text), ...checkSpelling(filter, schema, text)];
  return legacy.resolves ? [legacy.diagnostic, ...checkExpression(filter, schema, text)] : [legacy.diagnostic];
}

function walk(filter: Filter, schema: FilterSchema, text: string | undefined, out: Diagnostic[], root: Filter, parent: Filter | null = null): void {
  switch (filter.type) {
    case "compare":
    case "present": {
      const whole = filter === root;
      out.push(...(text === undefined ? checkAttributeNode(filter, schema, text, whole) : clauseDiagnostics(schema, text, filter, whole, checkAttributeNode)));
      return;
    }
    case "not":
      walk(filter.filter, schema, text, out, root, filter);
      return;
    case "and":
    case "or":
      for (const child of filter.filters) walk(child, schema, text, out, root, filter);
      out.push(...checkContradictions(filter, schema, parent?.type === "and"));
      return;
    case "valuePath": {
      const legacy = legacyHint(filter, schema, text, filter === root);
      if (legacy !== null && !legacy.resolves) {
        out.push(legacy.diagnostic);
        return;
      }
      const { diagnostics, inner } = checkValuePath(filter, schema, text);
      out.push(...(legacy === null ? checkSpelling(filter, schema, text) : [legacy.diagnostic]), ...diagnostics);
      if (inner !== null) walk(filter.filter, inner, text, out, root);
      return;
    }
  }
}

export interface ValidateOptions {
  /**
   * With a parsed Filter: the text its spans point into (from parseFilter or formatFilterWithSpans), for
   * exact operator and value spans without parsing the text again.
   */
  text?: string;
}

/**
 * Checks a filter the way the server would: syntax, attributes, operators, values, dates and ids, plus
 * warnings for legal filters that can match nothing. Diagnostics come in text order. Without a schema
 * only the grammar applies. Pass the text (or a parsed Filter with its text) for exact operator and value spans.
 */
export function validateFilter(filterOrText: Filter | string, schema?: FilterSchema, options: ValidateOptions = {}): Diagnostic[] {
  checkSchema(schema);
  let filter: Filter;
  let text: string | undefined;
  if (typeof filterOrText === "string") {
    const result = tryParseFilter(filterOrText);
    if (!result.ok) return [syntaxDiagnostic(filterOrText, result.error)];
    filter = result.filter;
    text = filterOrText;
  } else {
    filter = filterOrText;
    text = options.text;
  }
  if (schema === undefined) return [];
  const diagnostics: Diagnostic[] = [];
  walk(filter, schema, text, diagnostics, filter);
  return diagnostics.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

/** True when no diagnostic is an error (warnings allowed). */
export function isValid(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.every((diagnostic) => diagnostic.severity !== "error");
}

import type { AttributePath, Span } from "../ast.js";

/** Where the attribute, operator and value of an attribute expression are, derived from its span. */
export interface TokenSpans {
  attribute: Span;
  operator: Span;
  value: Span;
}

function skipWhitespace(text: string | undefined, offset: number): number {
  if (text === undefined) return offset + 1; // a filter without its text: assume canonical spacing
  let i = offset;
  while (i < text.length && /\s/.test(text[i] as string)) i += 1;
  return i;
}

export function tokenSpans(node: { attribute: AttributePath; span: Span }, text: string | undefined): TokenSpans {
  const attributeEnd = node.span.start + node.attribute.path.length;
  const operatorStart = skipWhitespace(text, attributeEnd);
  const operatorEnd = operatorStart + 2;
  const valueStart = Math.min(skipWhitespace(text, operatorEnd), node.span.end);
  return {
    attribute: { start: node.span.start, end: attributeEnd },
    operator: { start: operatorStart, end: operatorEnd },
    value: { start: valueStart, end: node.span.end },
  };
}

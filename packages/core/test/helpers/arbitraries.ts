// fast-check arbitraries for filter ASTs and filter-like text.
import fc from "fast-check";
import type { AttributePath, CompareOperator, Filter, FilterValue, LogicalOperator } from "../../src/index.js";
import { COMPARE_OPERATORS } from "../../src/index.js";
import { NO_SPAN } from "./ast.js";

// Names the grammar accepts, plus words that are also keywords, operators or literals elsewhere.
const attributeName = fc.oneof(
  { weight: 4, arbitrary: fc.stringMatching(/^[A-Za-z][A-Za-z0-9_-]{0,7}$/) },
  { weight: 1, arbitrary: fc.constantFrom("and", "or", "not", "pr", "eq", "true", "null", "urn", "userName", "emails") },
);

const schemaUrn = fc.oneof(
  fc
    .tuple(fc.constantFrom("urn", "URN", "Urn"), fc.array(fc.stringMatching(/^[A-Za-z0-9._-]{1,6}$/), { minLength: 1, maxLength: 5 }))
    .map(([prefix, segments]) => `${prefix}:${segments.join(":")}`),
  fc.constantFrom("urn:ietf:params:scim:schemas:core:2.0:User", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"),
);

/** A valid attribute path whose `path` is its parts joined, as the parser builds it. */
export const attributePathArb: fc.Arbitrary<AttributePath> = fc
  .record({
    schema: fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: schemaUrn }),
    name: attributeName,
    subAttribute: fc.oneof({ weight: 2, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: attributeName }),
  })
  .map(({ schema, name, subAttribute }) => {
    const attribute: AttributePath = {
      path: `${schema === undefined ? "" : `${schema}:`}${name}${subAttribute === undefined ? "" : `.${subAttribute}`}`,
      name,
    };
    if (schema !== undefined) attribute.schema = schema;
    if (subAttribute !== undefined) attribute.subAttribute = subAttribute;
    return attribute;
  });

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));

/** Strings of any UTF-16 code units, lone surrogates included (a JSON string can hold them as \uXXXX). */
const anyCodeUnits = fc.string({
  unit: fc.oneof({ weight: 9, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 1 }) }, { weight: 1, arbitrary: loneSurrogate }),
});

/** Strings made of the characters that need escaping or are easy to get wrong. */
const trickyString = fc.string({ unit: fc.constantFrom('"', "\\", "/", "\n", "\r", "\t", "\b", "\f", "\u0000", "\u001f", "\u007f", "\u2028", "'", " ", "a", "]", ")") });

export const valueArb: fc.Arbitrary<FilterValue> = fc.oneof(
  fc.string({ unit: "grapheme" }),
  anyCodeUnits,
  trickyString,
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
);

const compareArb: fc.Arbitrary<Filter> = fc
  .record({ attribute: attributePathArb, operator: fc.constantFrom<CompareOperator>(...COMPARE_OPERATORS), value: valueArb })
  .map(({ attribute, operator, value }) => ({ type: "compare", attribute, operator, value, span: NO_SPAN }));

const presentArb: fc.Arbitrary<Filter> = attributePathArb.map((attribute) => ({ type: "present", attribute, span: NO_SPAN }));

const leafArb = fc.oneof(compareArb, presentArb);

function logicalOf(child: fc.Arbitrary<Filter>): fc.Arbitrary<Filter> {
  return fc
    .tuple(fc.constantFrom<LogicalOperator>("and", "or"), fc.array(child, { minLength: 2, maxLength: 4 }))
    .map(([type, filters]) => ({ type, filters, span: NO_SPAN }));
}

function notOf(child: fc.Arbitrary<Filter>): fc.Arbitrary<Filter> {
  return child.map((filter) => ({ type: "not", filter, span: NO_SPAN }));
}

function valuePathOf(child: fc.Arbitrary<Filter>): fc.Arbitrary<Filter> {
  return fc.tuple(attributePathArb, child).map(([attribute, filter]) => ({ type: "valuePath", attribute, filter, span: NO_SPAN }));
}

/**
 * Any filter AST the grammar can produce: every node type and operator, and/or with two or more
 * operands, and no value path inside a value path. Spans are all NO_SPAN.
 */
export const filterArb: fc.Arbitrary<Filter> = fc.letrec<{ filter: Filter; inner: Filter }>((tie) => {
  const depth = { depthSize: "medium", maxDepth: 6, depthIdentifier: "filter" } as const;
  return {
    filter: fc.oneof(depth, leafArb, logicalOf(tie("filter")), notOf(tie("filter")), valuePathOf(tie("inner"))),
    inner: fc.oneof(depth, leafArb, logicalOf(tie("inner")), notOf(tie("inner"))),
  };
}).filter;

const FILTERISH_TOKENS = [
  "(", ")", "[", "]", '"', "\\", " ", " ", "\t", "\n", "\r\n", "and", "or", "not", "NOT", "eq", "Co", "pr", "a", "b", "x.y",
  "urn:a:", "urn:x:y:z", "1", "-", "0", ".", "e", "+", "true", "null", '"x"', '"a\\"b"', "\\u", "00", "é", "😀", "\u0000", "\u00a0",
];

/** Text assembled from filter tokens, glued or separated by spaces: mostly invalid, sometimes a valid filter. */
export const filterishTextArb: fc.Arbitrary<string> = fc
  .tuple(fc.array(fc.constantFrom(...FILTERISH_TOKENS), { maxLength: 40 }), fc.constantFrom("", " "))
  .map(([tokens, separator]) => tokens.join(separator));

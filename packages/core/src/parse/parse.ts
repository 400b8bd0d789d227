import type { Filter } from "../ast.js";
import { parse as peggyParse, SyntaxError as PeggySyntaxError } from "../generated/parser.js";
import { checkNesting } from "./nesting.js";
import { createSyntaxError, FilterSyntaxError } from "./syntax-error.js";

// Valid filters parse without recording expectations (faster); only a failure is parsed again with them.
const SILENT = { peg$silentFails: 1 };

export type ParseResult = { ok: true; filter: Filter } | { ok: false; error: FilterSyntaxError };

/**
 * Parses a SCIM filter (RFC 7644 §3.4.2.2) into its AST.
 * @throws {FilterSyntaxError} when the text is not a filter; never any other error for a string input.
 */
export function parseFilter(text: string): Filter {
  if (typeof text !== "string") {
    throw new TypeError(`parseFilter expects the filter text as a string, got ${text === null ? "null" : typeof text}`);
  }
  const tooDeep = checkNesting(text);
  if (tooDeep !== null) throw tooDeep;
  try {
    return peggyParse(text, SILENT);
  } catch (error) {
    if (error instanceof PeggySyntaxError) throw explainFailure(text);
    if (error instanceof RangeError) {
      // Defence in depth: checkNesting should make this unreachable.
      throw createSyntaxError(text, 0, null, "The filter is too deeply nested to parse");
    }
    throw error;
  }
}

function explainFailure(text: string): FilterSyntaxError {
  try {
    peggyParse(text);
  } catch (error) {
    if (error instanceof PeggySyntaxError) return createSyntaxError(text, error.location.start.offset, error.expected, error.message);
    if (error instanceof RangeError) return createSyntaxError(text, 0, null, "The filter is too deeply nested to parse");
    throw error;
  }
  throw new Error("The filter parsed on the second attempt only; this is a bug in @scim-filter/core");
}

/** Like parseFilter, but returns the error instead of throwing it. */
export function tryParseFilter(text: string): ParseResult {
  try {
    return { ok: true, filter: parseFilter(text) };
  } catch (error) {
    if (error instanceof FilterSyntaxError) return { ok: false, error };
    throw error;
  }
}

import type { FilterSyntaxError } from "./syntax-error.js";
import { createSyntaxError } from "./syntax-error.js";
import { closingQuote } from "./tokens.js";

/**
 * How deeply parentheses and brackets may nest. The parser, formatter and evaluator recurse once per
 * level; this bound keeps hostile input (10,000 nested parentheses) far from the stack limit while
 * leaving room for any filter a person or program would write.
 */
export const MAX_NESTING_DEPTH = 200;

/** Finds the first bracket that opens one level too many, outside strings, in one linear pass. */
export function checkNesting(text: string): FilterSyntaxError | null {
  // A text shorter than the limit cannot nest deeper than it.
  if (text.length <= MAX_NESTING_DEPTH) return null;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (char === 0x22 /* " */) {
      // Skip the string; an unterminated one is the grammar's to report.
      i = closingQuote(text, i + 1);
    } else if (char === 0x28 /* ( */ || char === 0x5b /* [ */) {
      depth += 1;
      if (depth > MAX_NESTING_DEPTH) {
        return createSyntaxError(
          text,
          i,
          null,
          `Parentheses are nested more than ${MAX_NESTING_DEPTH} levels deep; flatten the filter`,
        );
      }
    } else if (char === 0x29 /* ) */ || char === 0x5d /* ] */) {
      depth = Math.max(0, depth - 1);
    }
  }
  return null;
}

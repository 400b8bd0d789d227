import { OPERATORS } from "../ast.js";
import type { PeggyExpectation } from "../generated/parser.js";
import { lineColumn } from "./position.js";
import { tokenAt, tokenBefore } from "./tokens.js";

/** A filter that does not follow the SCIM grammar. The message names the position, what was expected and what was found. */
export class FilterSyntaxError extends Error {
  override readonly name = "FilterSyntaxError";
  // `declare`: the constructor sets these, so no field initialisers need emitting before it.
  /** 0-based offset into the filter text. */
  declare readonly offset: number;
  /** 1-based line. */
  declare readonly line: number;
  /** 1-based column, in UTF-16 code units. */
  declare readonly column: number;
  /** What the grammar would have accepted at `offset`, in words (`"and"`, `an operator (eq, …)`). */
  declare readonly expected: string[];
  /** The token found at `offset`, or null at the end of the filter. */
  declare readonly found: string | null;

  constructor(message: string, details: { offset: number; line: number; column: number; expected: string[]; found: string | null }) {
    super(message);
    Object.assign(this, details);
  }

  /** Plain data for JSON output (an Error's own fields are not enumerable). */
  toJSON(): { message: string; offset: number; line: number; column: number; expected: string[]; found: string | null } {
    const { message, offset, line, column, expected, found } = this;
    return { message, offset, line, column, expected, found };
  }
}

export const OPERATOR_DESCRIPTION = `an operator (${OPERATORS.join(", ")})`;
export const VALUE_DESCRIPTION = 'a value (a "quoted string", a number, true, false or null)';
const END_DESCRIPTION = "the end of the filter";

// Names given to grammar rules, in the words a message uses; null hides an expectation.
const RULE_DESCRIPTIONS: Record<string, string | null> = {
  operator: OPERATOR_DESCRIPTION,
  value: VALUE_DESCRIPTION,
  "attribute name": "an attribute name",
  "schema URN": null,
  whitespace: null,
};

// Message order: what starts a term, then what continues one, then what ends one.
const ORDER = ['an attribute name', '"not"', '"("', OPERATOR_DESCRIPTION, VALUE_DESCRIPTION, '"and"', '"or"', '")"', '"]"', END_DESCRIPTION];

function describe(expectation: PeggyExpectation): string | null {
  switch (expectation.type) {
    case "literal":
      return `"${expectation.text ?? ""}"`;
    case "end":
      return END_DESCRIPTION;
    case "any":
      return "any character";
    case "other": {
      const description = expectation.description ?? "";
      const known = RULE_DESCRIPTIONS[description];
      return known === undefined ? description : known;
    }
    case "class":
      return "a character of the filter syntax";
  }
}

function describeAll(expectations: readonly PeggyExpectation[], previous: string | null): string[] {
  const described = new Set<string>();
  for (const expectation of expectations) {
    const text = describe(expectation);
    if (text !== null) described.add(text);
  }
  // `not` must be followed by parentheses; don't also suggest reading it as an attribute name.
  if (previous?.toLowerCase() === "not" && described.has('"("')) return ['"("'];
  // Right after an attribute name, the operator is the useful hint, not the rarer "." or "[".
  if (described.has(OPERATOR_DESCRIPTION)) {
    described.delete('"."');
    described.delete('"["');
  }
  const rank = (text: string) => {
    const index = ORDER.indexOf(text);
    return index === -1 ? ORDER.length : index;
  };
  return [...described].sort((a, b) => rank(a) - rank(b));
}

function joinAlternatives(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "something else";
  return `${items.slice(0, -1).join(", ")} or ${items[items.length - 1] ?? ""}`;
}

function quoteFound(found: string | null): string {
  if (found === null) return END_DESCRIPTION;
  // A complete string token is already quoted; a lone or unterminated quote is shown escaped.
  if (found.startsWith('"')) return found.length > 1 && found.endsWith('"') ? found : JSON.stringify(found);
  return /^\s$/.test(found) ? JSON.stringify(found) : `"${found}"`;
}

/** A word where a value was expected: almost always a string written without its quotes. */
export function isBareWordValue(found: string | null, expected: readonly string[]): found is string {
  return found !== null && expected.includes(VALUE_DESCRIPTION) && /^[A-Za-z]/.test(found);
}

function bareWordHint(found: string | null, expected: readonly string[]): string {
  return isBareWordValue(found, expected) ? ` (strings need double quotes: "${found}")` : "";
}

/** Builds the error for a failure at `offset`: either from expectations or from a message the grammar raised itself. */
export function createSyntaxError(
  text: string,
  offset: number,
  expectations: readonly PeggyExpectation[] | null,
  grammarMessage?: string,
): FilterSyntaxError {
  const { line, column } = lineColumn(text, offset);
  const found = tokenAt(text, offset);
  const where = `at line ${line}, column ${column}`;
  if (expectations === null) {
    return new FilterSyntaxError(`${grammarMessage ?? "Invalid filter"} ${where}`, { offset, line, column, expected: [], found });
  }
  const previous = tokenBefore(text, offset);
  const expected = describeAll(expectations, previous);
  const after = previous === null ? "" : ` after ${previous.startsWith('"') ? previous : `"${previous}"`}`;
  const message = `Expected ${joinAlternatives(expected)}${after} ${where}, but found ${quoteFound(found)}${bareWordHint(found, expected)}`;
  return new FilterSyntaxError(message, { offset, line, column, expected, found });
}

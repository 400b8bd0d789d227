// Case-insensitive order (gt / ge / lt / le) as a regular expression, for MongoDB, whose own operators
// compare strings with case: "the lower-cased text is greater than the value" spelled position by
// position. The value is lower-cased ASCII (translate/exactness.ts); the text may hold anything. Its
// lower case differs from the engine's nowhere that matters: every non-ASCII character lower-cases to
// non-ASCII (greater than any ASCII character), except U+212A (→ "k") and U+0130 (→ "i" + U+0307, greater
// than "i" followed by anything ASCII or by nothing).
import type { OrderOperator } from "../translate/plan.js";
import { foldedCharacter } from "./regex.js";

const KELVIN = "\u212A";
const DOTTED_I = "\u0130";
const END = "(?![\\s\\S])";

function hex(code: number): string {
  return `\\x${code.toString(16).padStart(2, "0")}`;
}

/** A class of the ASCII characters `accept` takes (as ranges), plus `extra` characters; `negate` for [^…]. */
function asciiClass(accept: (lower: string) => boolean, extra: string, negate: boolean): string {
  const parts: string[] = [];
  for (let code = 0; code < 0x80; code += 1) {
    if (!accept(String.fromCharCode(code).toLowerCase())) continue;
    let end = code;
    while (end + 1 < 0x80 && accept(String.fromCharCode(end + 1).toLowerCase())) end += 1;
    parts.push(end === code ? hex(code) : `${hex(code)}-${hex(end)}`);
    code = end;
  }
  return `[${negate ? "^" : ""}${parts.join("")}${extra}]`;
}

/** Characters whose lower case, at this position, is greater than `expected`. */
function greater(expected: string): string {
  // Not: ASCII lower-casing to ≤ expected, the Kelvin sign when "k" ≤ expected, İ when "i" < expected.
  return asciiClass((lower) => lower <= expected, ("k" <= expected ? KELVIN : "") + ("i" < expected ? DOTTED_I : ""), true);
}

/** Characters whose lower case, at this position, is less than `expected`. */
function less(expected: string): string {
  return asciiClass((lower) => lower < expected, ("k" < expected ? KELVIN : "") + ("i" < expected ? DOTTED_I : ""), false);
}

/** A pattern matching the texts whose lower case is `operator` the (lower-cased, ASCII) value. */
export function orderPattern(operator: Exclude<OrderOperator, "eq">, value: string): string {
  const characters = [...value];
  const prefix = (length: number) => characters.slice(0, length).map((character) => foldedCharacter(character, false, "eq")).join("");
  const alternatives: string[] = [];
  const whole = prefix(characters.length);
  if (operator === "gt" || operator === "ge") {
    characters.forEach((character, index) => alternatives.push(`${prefix(index)}${greater(character)}`));
    alternatives.push(`${whole}[\\s\\S]`);
  } else {
    characters.forEach((character, index) => alternatives.push(`${prefix(index)}${less(character)}`, `${prefix(index)}${END}`));
  }
  if (operator === "ge" || operator === "le") alternatives.push(`${whole}${END}`);
  return alternatives.length === 0 ? "^(?!)" : `^(?:${alternatives.join("|")})`;
}

// Regular expressions for co / sw / ew and case-insensitive eq that mean the same in MongoDB (PCRE) and
// in JavaScript: no flags; the value's characters escaped; case-insensitivity spelled as a class per
// ASCII letter (the characters JavaScript lower-cases to it); the end of the text as `(?![\s\S])`,
// since PCRE's `$` also matches before a final newline.
import type { StringOperator } from "../translate/plan.js";

const SPECIAL = /[\\^$.|?*+()[\]{}/-]/;
const END = "(?![\\s\\S])";

function literal(character: string): string {
  return SPECIAL.test(character) ? `\\${character}` : character;
}

/**
 * One character of a lower-cased value: `k` also stands for U+212A KELVIN SIGN; a last `i` of `co` / `sw`
 * also for U+0130, whose lower case is `i` + U+0307 (so it matches an `i` only where nothing follows).
 */
export function foldedCharacter(character: string, last: boolean, operator: StringOperator): string {
  if (character < "a" || character > "z" || character.length !== 1) return literal(character);
  let members = character + character.toUpperCase();
  if (character === "k") members += "\u212A";
  if (character === "i" && last && (operator === "co" || operator === "sw")) members += "\u0130";
  return `[${members}]`;
}

/** The pattern for `<text> <operator> value`; `fold`: the value is lower-cased and case is ignored. */
export function stringPattern(operator: Exclude<StringOperator, "gt" | "ge" | "lt" | "le">, value: string, fold: boolean): string {
  const characters = [...value];
  const body = characters.map((character, index) => (fold ? foldedCharacter(character, index === characters.length - 1, operator) : literal(character))).join("");
  switch (operator) {
    case "eq":
      return `^${body}${END}`;
    case "sw":
      return `^${body}`;
    case "ew":
      return `${body}${END}`;
    case "co":
      return body;
  }
}

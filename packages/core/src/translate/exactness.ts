// The limits within which an engine answers exactly as the evaluator does; outside them the translators
// refuse with a TranslationError instead of answering differently.
//
// - Case-insensitive comparisons lower-case with JavaScript's toLowerCase. Engines lower-case differently
//   (SQLite: ASCII only; Postgres: by its locale; MongoDB regexes: case folding), but they agree with it
//   on ASCII letters once the two characters whose lower case holds an ASCII letter are rewritten first
//   (U+212A KELVIN SIGN → "k", U+0130 → "i" + U+0307). So a folded value may hold ASCII and characters
//   without case (which nothing else lower-cases to); to order (gt/ge/lt/le) case-insensitively, ASCII only.
// - Strings order by UTF-16 code units in JavaScript and by code points in the engines; the two agree
//   when the filter value has no code unit from U+D800 up.
// - Postgres text and MongoDB (BSON) strings hold no NUL and no lone surrogate.
import { TranslationError } from "./errors.js";
import type { ValuePlan } from "./plan.js";

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether a character has no case: lower-casing gives nothing else and nothing else gives it. */
export function isCaseless(character: string): boolean {
  return character.toLowerCase() === character && character.toUpperCase() === character && character !== "\u0307";
}

function isAscii(character: string): boolean {
  return character.charCodeAt(0) < 0x80;
}

export interface EngineLimits {
  /** For messages: "SQL", "MongoDB". */
  engine: string;
}

function refuse(code: "unsupported" | "unrepresentable-value", message: string, attribute: string): never {
  throw new TranslationError(code, message, attribute);
}

/** Throws a TranslationError when `test` is outside what the engine answers exactly. */
export function assertExact(test: ValuePlan, attribute: string, limits: EngineLimits): void {
  if (test.type !== "string") return;
  const { value, operator, fold } = test;
  if (value.includes("\u0000") || LONE_SURROGATE.test(value)) {
    refuse("unrepresentable-value", `${limits.engine} cannot hold the value ${JSON.stringify(value)} of ${attribute} (a NUL character or a lone surrogate)`, attribute);
  }
  const ordering = operator === "gt" || operator === "ge" || operator === "lt" || operator === "le";
  if (fold) {
    for (const character of value) {
      if (isAscii(character)) continue;
      if (ordering) refuse("unsupported", `${limits.engine} orders non-ASCII text case-insensitively other than JavaScript: ${attribute} ${operator} ${JSON.stringify(value)}`, attribute);
      if (!isCaseless(character)) {
        refuse("unsupported", `${limits.engine} lower-cases ${JSON.stringify(character)} other than JavaScript: ${attribute} ${operator} ${JSON.stringify(value)} cannot be compared case-insensitively there`, attribute);
      }
    }
  } else if (ordering && /[\uD800-\uFFFF]/.test(value)) {
    refuse("unsupported", `${limits.engine} orders characters from U+D800 up other than JavaScript: ${attribute} ${operator} ${JSON.stringify(value)}`, attribute);
  }
}

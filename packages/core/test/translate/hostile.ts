// Strings that break naive translators: SQL LIKE and regex wildcards, quotes, injection attempts, case
// mappings that differ between JavaScript and the engines (Kelvin sign, dotted İ, ß/ẞ, final sigma),
// characters ordered differently by UTF-16 and by code point, NUL and lone surrogates.
import fc from "fast-check";

export const HOSTILE_STRINGS = [
  "%",
  "_",
  "\\",
  ".",
  "*",
  "a%",
  "%a",
  "50%_off",
  "'",
  "''",
  '"',
  "'; DROP TABLE users; --",
  "[a]",
  "(?:x)|.*",
  "^$",
  "\n",
  "x\n",
  "\u212A",
  "k",
  "K",
  "\u0130",
  "i",
  "I",
  "\u0130x",
  "ß",
  "ẞ",
  "SS",
  "É",
  "é",
  "Σ",
  "ΣΑΣ",
  "σας",
  "😀",
  "\uFFFF",
  "\uE000",
  "Straße",
  "ſ",
  "ǅ",
  "\u0000",
  "\uD800",
  "Sales",
  "sales",
  "",
];

const hostileUnit = fc.constantFrom(...HOSTILE_STRINGS.filter((text) => text.length > 0), "a", "A", " ");

/** A hostile string: one of the list, or a few of them glued together. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 1, arbitrary: fc.array(hostileUnit, { minLength: 1, maxLength: 4 }).map((parts) => parts.join("")) },
);

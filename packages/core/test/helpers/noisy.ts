// Writes a filter AST as a person might: random whitespace (tabs, newlines, none where allowed), random
// letter case in keywords, operators and literals, redundant parentheses, and string values with
// optional escapes. The result must parse back to the same tree as the canonical text.
import type { Filter, FilterValue } from "../../src/index.js";

/** A small seeded PRNG (mulberry32), so a fast-check integer seed reproduces the noise. */
function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WHITESPACE = ["", "", " ", " ", " ", "  ", "\t", "\n", "\r\n", " \n\t "];
const WORDY_END = /[A-Za-z0-9_.-]$/;
const WORDY_START = /^[A-Za-z0-9_.-]/;
const SHORT_ESCAPES: Record<string, string> = { "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t" };

export function noisyText(filter: Filter, seed: number): string {
  const random = randomFrom(seed);
  const chance = (p: number) => random() < p;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const anyCase = (word: string) => [...word].map((c) => (chance(0.5) ? c.toUpperCase() : c.toLowerCase())).join("");
  const hex = (code: number) => {
    const digits = code.toString(16).padStart(4, "0");
    return `\\u${chance(0.5) ? digits.toUpperCase() : digits}`;
  };

  function stringLiteral(value: string): string {
    let out = '"';
    for (const unit of value.split("")) {
      const code = unit.charCodeAt(0);
      if (unit === '"' || unit === "\\") out += chance(0.7) ? `\\${unit}` : hex(code);
      else if (code < 0x20) out += SHORT_ESCAPES[unit] !== undefined && chance(0.7) ? SHORT_ESCAPES[unit] : hex(code);
      else if (unit === "/" && chance(0.5)) out += "\\/";
      else out += chance(0.1) ? hex(code) : unit;
    }
    return `${out}"`;
  }

  function valueText(value: FilterValue): string {
    if (typeof value === "string") return stringLiteral(value);
    if (typeof value === "number") {
      const text = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      return chance(0.5) ? text.toUpperCase() : text;
    }
    return anyCase(String(value));
  }

  function tokens(node: Filter, mustWrap: boolean): string[] {
    let result: string[];
    switch (node.type) {
      case "compare":
        result = [node.attribute.path, anyCase(node.operator), valueText(node.value)];
        break;
      case "present":
        result = [node.attribute.path, anyCase("pr")];
        break;
      case "not":
        result = [anyCase("not"), "(", ...tokens(node.filter, false), ")"];
        break;
      case "valuePath":
        // No whitespace is allowed between the attribute and "[".
        result = [`${node.attribute.path}[`, ...tokens(node.filter, false), "]"];
        break;
      case "and":
      case "or":
        result = node.filters.flatMap((child, index) => {
          const needed = child.type === "or" || child.type === node.type;
          const childTokens = tokens(child, needed);
          return index === 0 ? childTokens : [anyCase(node.type), ...childTokens];
        });
        break;
    }
    return mustWrap || chance(0.1) ? ["(", ...result, ")"] : result;
  }

  const parts = tokens(filter, false);
  let text = pick(WHITESPACE);
  parts.forEach((token, index) => {
    if (index > 0) {
      const previous = parts[index - 1] as string;
      const space = pick(WHITESPACE);
      text += space === "" && WORDY_END.test(previous) && WORDY_START.test(token) ? " " : space;
    }
    text += token;
  });
  return text + pick(WHITESPACE);
}

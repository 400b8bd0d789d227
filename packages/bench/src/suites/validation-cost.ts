import { parseFilter, staffbaseUserSchema, validateFilter } from "@scim-filter/core";
import { interleavedOpsPerSecond } from "../measure.js";

export interface ValidationCostRow {
  input: string;
  /** Characters of the filter text. */
  characters: number;
  parseMs: number;
  /** validateFilter(text, staffbaseUserSchema): its parse included. */
  validateMs: number;
  /** validateMs / parseMs: how many parses validation costs (issue #18: about 500 at 200,000 characters before). */
  ratio: number;
}

export interface ValidationCostResult {
  rows: ValidationCostRow[];
  /** The largest ratio of any row. */
  worstRatio: number;
}

/** Distinct texts of one shape, so each validation checks its clause instead of finding it in the clause cache. */
function variants(make: (unique: string) => string, count: number): string[] {
  return Array.from({ length: count }, (_, index) => make(`v${index.toString(36).padStart(4, "0")}`));
}

export function runValidationCostSuite(options: { quick: boolean }): ValidationCostResult {
  const lengths = options.quick ? [100, 1000] : [1000, 10_000, 100_000, 200_000];
  const shapes: { input: string; make: (length: number) => (unique: string) => string }[] = [
    { input: "unknown name", make: (length) => (unique) => `${unique}${"q".repeat(length)} eq "x"` },
    { input: "unknown enum value", make: (length) => (unique) => `staffbase.role eq "${unique}${"q".repeat(length)}"` },
    { input: "unknown profile field", make: (length) => (unique) => `profile.${unique}${"q".repeat(length)} eq "x"` },
    { input: "near-miss name (a typo, then more)", make: (length) => (unique) => `staffbase.rol${unique}${"e".repeat(length)} eq "x"` },
  ];
  const timing = options.quick ? { roundMs: 5, rounds: 1 } : { roundMs: 100, rounds: 9 };
  const rows: ValidationCostRow[] = [];
  for (const shape of shapes) {
    for (const length of lengths) {
      const texts = variants(shape.make(length), 256);
      let next = 0;
      // Rounds taking turns, so a slow phase of the machine falls on both alike.
      const speed = interleavedOpsPerSecond(
        {
          parse: () => parseFilter(texts[next++ % texts.length] as string),
          validate: () => validateFilter(texts[next++ % texts.length] as string, staffbaseUserSchema),
        },
        timing,
      );
      const parseMs = 1000 / (speed.parse ?? Number.NaN);
      const validateMs = 1000 / (speed.validate ?? Number.NaN);
      rows.push({ input: `${shape.input}, ${length.toLocaleString("en-US")} characters`, characters: (texts[0] as string).length, parseMs, validateMs, ratio: validateMs / parseMs });
    }
  }
  return { rows, worstRatio: Math.max(...rows.map((row) => row.ratio)) };
}

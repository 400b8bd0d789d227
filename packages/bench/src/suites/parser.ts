import { interleavedOpsPerSecond } from "../measure.js";
import { generatedFilter, RFC_EXAMPLES, SIZES, STAFFBASE_EXAMPLES } from "../inputs.js";
import type { Parser } from "../peers.js";
import { OURS, PEERS } from "../peers.js";

export interface ParserRow {
  input: string;
  filters: number;
  clauses: number;
  /** Filters parsed per second, by parser; null where the parser rejects the input. */
  filtersPerSecond: Record<string, number | null>;
  /** Our speed divided by each peer's (above 1: we are faster). */
  ratio: Record<string, number | null>;
}

export interface ParserResult {
  rows: ParserRow[];
  /** Our cost per clause at 1,000 clauses divided by the cost per clause at 10: about 1 when linear. */
  linearity: number;
  notes: Record<string, string>;
}

function accepts(parser: Parser, inputs: readonly string[]): boolean {
  try {
    for (const input of inputs) parser.parse(input);
    return true;
  } catch {
    return false;
  }
}

export function runParserSuite(options: { quick: boolean }): ParserResult {
  const sizes = options.quick ? SIZES.slice(0, 2) : SIZES;
  const classes: { input: string; inputs: string[]; clauses: number }[] = [
    { input: "Staffbase examples", inputs: STAFFBASE_EXAMPLES, clauses: 1 },
    { input: "RFC 7644 examples", inputs: RFC_EXAMPLES, clauses: 1 },
    ...sizes.map((size) => ({ input: `generated, ${size} clause${size === 1 ? "" : "s"}`, inputs: [generatedFilter(size)], clauses: size })),
  ];
  const timing = options.quick ? { roundMs: 5, rounds: 1 } : { roundMs: 150, rounds: 11 };
  const rows = classes.map(({ input, inputs, clauses }): ParserRow => {
    const accepting = [OURS, ...PEERS].filter((parser) => accepts(parser, inputs));
    const measured = interleavedOpsPerSecond(
      Object.fromEntries(
        accepting.map((parser) => [
          parser.name,
          () => {
            for (const text of inputs) parser.parse(text);
          },
        ]),
      ),
      timing,
    );
    const filtersPerSecond: Record<string, number | null> = {};
    for (const parser of [OURS, ...PEERS]) {
      const speed = measured[parser.name];
      filtersPerSecond[parser.name] = speed === undefined ? null : speed * inputs.length;
    }
    const ours = filtersPerSecond[OURS.name] ?? null;
    const ratio: Record<string, number | null> = {};
    for (const peer of PEERS) {
      const theirs = filtersPerSecond[peer.name] ?? null;
      ratio[peer.name] = ours === null || theirs === null ? null : ours / theirs;
    }
    return { input, filters: inputs.length, clauses, filtersPerSecond, ratio };
  });
  const perClause = (size: number) => {
    const row = rows.find((candidate) => candidate.clauses === size && candidate.input.startsWith("generated"));
    const speed = row?.filtersPerSecond[OURS.name];
    return speed === undefined || speed === null ? Number.NaN : 1 / (speed * size);
  };
  const largest = sizes[sizes.length - 1] ?? 10;
  return {
    rows,
    linearity: perClause(largest) / perClause(10),
    notes: Object.fromEntries([OURS, ...PEERS].map((parser) => [parser.name, parser.note])),
  };
}

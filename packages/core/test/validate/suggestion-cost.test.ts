// "Did you mean" costs what the written word can be a typo of, not its length times every name: the
// distance cells computed are counted (a count of work, not a time), and the answers are checked against
// a full-matrix reference.
import fc from "fast-check";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { FilterSchema } from "../../src/index.js";
import { rfc7643Schemas, schemaFromScim, scimCoreUserSchema, staffbaseUserSchema, validateFilter } from "../../src/index.js";
import type { SimilarityWork } from "../../src/validate/similarity.js";
import { closestMatches, MAX_SUGGESTED_WORD } from "../../src/validate/similarity.js";

// Every closestMatches call validation makes is counted into `work`.
const work: SimilarityWork = { cells: 0 };
vi.mock(import("../../src/validate/similarity.js"), async (importOriginal) => {
  const original = await importOriginal();
  return { ...original, closestMatches: (word: string, candidates: readonly string[], limit?: number) => original.closestMatches(word, candidates, limit, work) };
});

beforeEach(() => {
  work.cells = 0;
});

/** The optimal string alignment distance over the whole matrix (the reference). */
function referenceDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  const d = Array.from({ length: s.length + 1 }, (_, i) => Array.from({ length: t.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      let best = Math.min((up[j] as number) + 1, (row[j - 1] as number) + 1, (up[j - 1] as number) + (s[i - 1] === t[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) best = Math.min(best, ((d[i - 2] as number[])[j - 2] as number) + 1);
      row[j] = best;
    }
  }
  return (d[s.length] as number[])[t.length] as number;
}

function referenceMatches(word: string, candidates: readonly string[], limit = 3): string[] {
  if (word.length > MAX_SUGGESTED_WORD) return [];
  const threshold = Math.max(2, Math.floor(word.length / 3));
  return candidates
    .map((candidate) => ({ candidate, distance: referenceDistance(word, candidate) }))
    .filter(({ distance, candidate }) => distance <= threshold || (candidate.toLowerCase().includes(word.toLowerCase()) && word.length >= 3))
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}

const rfc = schemaFromScim(rfc7643Schemas);
const SCHEMAS: [string, FilterSchema][] = [
  ["Staffbase", staffbaseUserSchema],
  ["SCIM core", scimCoreUserSchema],
  ["RFC 7643 example", rfc],
];
const PATHS = [...new Set(SCHEMAS.flatMap(([, schema]) => schema.attributes.map((attribute) => attribute.path)))];

/** A name with a few edits: a typo of a real one. */
const typo = fc
  .tuple(fc.constantFrom(...PATHS), fc.nat(), fc.nat(3), fc.string({ maxLength: 3 }))
  .map(([path, at, removed, inserted]) => path.slice(0, at % (path.length + 1)) + inserted + path.slice((at % (path.length + 1)) + removed));

describe("closestMatches", () => {
  it("answers as the full-matrix distance does (typos, random words, odd candidates)", () => {
    fc.assert(
      fc.property(fc.oneof(typo, fc.string({ maxLength: 40 })), fc.array(fc.string({ maxLength: 14 }), { maxLength: 6 }), (word, extra) => {
        const candidates = [...PATHS, ...extra];
        expect(closestMatches(word, candidates)).toEqual(referenceMatches(word, candidates));
      }),
      { numRuns: 200 },
    );
  });

  it("computes only the band a typo can lie in: at most 2·threshold + 1 cells per letter and candidate", () => {
    fc.assert(
      fc.property(fc.oneof(typo, fc.string({ maxLength: 200 })), (word) => {
        const counted: SimilarityWork = { cells: 0 };
        closestMatches(word, PATHS, 3, counted);
        const threshold = Math.max(2, Math.floor(word.length / 3));
        expect(counted.cells).toBeLessThanOrEqual(PATHS.length * Math.min(word.length, MAX_SUGGESTED_WORD) * (2 * threshold + 1));
      }),
    );
  });

  it("looks at no candidate for a word longer than any typo, or too long or short for all of them", () => {
    const counted: SimilarityWork = { cells: 0 };
    expect(closestMatches("x".repeat(MAX_SUGGESTED_WORD + 1), PATHS, 3, counted)).toEqual([]);
    expect(closestMatches("staffbase.role".repeat(1000), PATHS, 3, counted)).toEqual([]);
    expect(closestMatches("x".repeat(MAX_SUGGESTED_WORD), ["a", "b"], 3, counted)).toEqual([]);
    expect(counted.cells).toBe(0);
  });
});

describe("validateFilter's suggestion cost is bounded by what it reads", () => {
  // A typo is offered a fix; a name too long to be one costs no distance at all.
  it.each(SCHEMAS)("%s: an unknown name or value of 200,000 characters costs no more than one just past the longest typo", (_name, schema) => {
    const shapes = (word: string) => [`${word} eq "x"`, `name.${word} pr`, `emails[${word} eq "x"]`, `staffbase.role eq "${word}"`, `profile.${word} eq "x"`];
    const shorts = shapes("q".repeat(MAX_SUGGESTED_WORD + 1));
    for (const [index, long] of shapes("q".repeat(200_000)).entries()) {
      const short = shorts[index] as string;
      work.cells = 0;
      const diagnostics = validateFilter(long, schema);
      const longCells = work.cells;
      work.cells = 0;
      validateFilter(short, schema);
      // What is left is the cost of the filter's other, short names (staffbase.role in SCIM core).
      expect(longCells, long.slice(0, 40)).toBe(work.cells);
      expect(diagnostics.every((diagnostic) => diagnostic.suggestions.every((suggestion) => suggestion.text.length < 1000))).toBe(true);
    }
  });

  it.each(SCHEMAS)("%s: any filter computes a bounded number of cells per character of text", (_name, schema) => {
    const candidates = schema.attributes.length;
    fc.assert(
      fc.property(fc.array(fc.oneof(typo, fc.string({ minLength: 1, maxLength: 300 }).map((word) => word.replace(/[^A-Za-z0-9_]/g, "a") || "a")), { minLength: 1, maxLength: 20 }), (names) => {
        const text = names.map((name) => `a${name} eq "x"`).join(" or ");
        work.cells = 0;
        validateFilter(text, schema);
        // At most MAX_SUGGESTED_WORD · (2·threshold + 1) cells per candidate, and each name pays for its own letters.
        const perCharacter = candidates * (2 * Math.floor(MAX_SUGGESTED_WORD / 3) + 1);
        expect(work.cells).toBeLessThanOrEqual(perCharacter * text.length);
      }),
      { numRuns: 50 },
    );
  });

  it("a typo still gets its fix", () => {
    const [diagnostic] = validateFilter('staffbase.rol eq "admin"', staffbaseUserSchema);
    expect(diagnostic?.suggestions.map((suggestion) => suggestion.text)).toEqual(["staffbase.role"]);
    expect(work.cells).toBeGreaterThan(0);
  });
});

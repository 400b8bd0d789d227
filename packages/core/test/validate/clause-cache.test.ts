// The clause cache is bounded by the characters it holds, not by its number of entries.
import { describe, expect, it } from "vitest";
import { staffbaseUserSchema, validateFilter, withProfileFields } from "../../src/index.js";
import { cachedCharacters, MAX_CACHED_CHARACTERS } from "../../src/validate/clause-cache.js";

describe("the clause cache", () => {
  it("holds at most its budget of characters however large and many the clauses are", () => {
    const schema = withProfileFields(staffbaseUserSchema, [{ id: "department" }]);
    // Unknown names of 100 KB each (their message repeats them): 200 of them would be 40 M characters.
    for (let index = 0; index < 200; index++) {
      const name = `n${String(index).padStart(4, "0")}${"n".repeat(100_000)}`;
      validateFilter(`${name} eq "x" and userName eq "${index}"`, schema);
      expect(cachedCharacters(schema)).toBeLessThanOrEqual(MAX_CACHED_CHARACTERS);
    }
    expect(cachedCharacters(schema)).toBeGreaterThan(MAX_CACHED_CHARACTERS / 2);
  });

  it("a clause larger than an eighth of the budget is checked each time, and the others stay cached", () => {
    const schema = withProfileFields(staffbaseUserSchema, [{ id: "team" }]);
    validateFilter('userName eq "a"', schema);
    const small = cachedCharacters(schema);
    const huge = `${"h".repeat(MAX_CACHED_CHARACTERS / 4)} eq "x"`;
    const first = validateFilter(huge, schema);
    expect(cachedCharacters(schema)).toBe(small);
    expect(validateFilter(huge, schema)).toEqual(first);
  });

  it("answers the same from the cache as without it", () => {
    const text = 'staffbase.rol eq "admin" and userName pr and profile.department eq "x"';
    const first = validateFilter(text, staffbaseUserSchema);
    expect(validateFilter(text, staffbaseUserSchema)).toEqual(first);
    expect(validateFilter(`  ${text}`, staffbaseUserSchema).map((diagnostic) => diagnostic.span.start)).toEqual(first.map((diagnostic) => diagnostic.span.start + 2));
  });
});

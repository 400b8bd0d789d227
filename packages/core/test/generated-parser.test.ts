// The generated parser is build output (not committed): it must match the grammar it was built from.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { declarationsPath, generateParserSource, parserDeclarations, parserPath } from "../scripts/parser-source.js";

const REBUILD = "run `pnpm --filter @scim-filter/core build` to regenerate it from src/grammar/filter.peggy";

describe("src/generated", () => {
  it("holds the parser generated from the current grammar", () => {
    expect(existsSync(parserPath), `${parserPath} is missing: ${REBUILD}`).toBe(true);
    // Compare booleans so a mismatch prints the instruction, not two 60 kB sources.
    const upToDate = readFileSync(parserPath, "utf8") === generateParserSource();
    expect(upToDate, `${parserPath} is stale: ${REBUILD}`).toBe(true);
  });

  it("holds the parser's current type declarations", () => {
    expect(existsSync(declarationsPath), `${declarationsPath} is missing: ${REBUILD}`).toBe(true);
    expect(readFileSync(declarationsPath, "utf8") === parserDeclarations, `${declarationsPath} is stale: ${REBUILD}`).toBe(true);
  });

});

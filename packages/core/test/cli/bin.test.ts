import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const bin = fileURLToPath(new URL("../../dist/cli/main.js", import.meta.url));

// The built bin as a user runs it: the test command builds before testing.
describe("the built scim-filter bin", () => {
  it("exists (run pnpm build first)", () => {
    expect(existsSync(bin)).toBe(true);
  });

  it("prints the version from package.json", () => {
    expect(execFileSync(process.execPath, [bin, "--version"], { encoding: "utf8" })).toBe("0.1.0\n");
  });

  it("reads filters from standard input and sets the exit status", () => {
    const result = spawnSync(process.execPath, [bin, "parse", "--stdin"], { input: 'title pr\ntitle eq\n', encoding: "utf8" });
    expect(result.status).toBe(1);
    const lines = result.stdout.trimEnd().split("\n").map((line) => JSON.parse(line) as { ok: boolean });
    expect(lines.map((line) => line.ok)).toEqual([true, false]);
  });
});

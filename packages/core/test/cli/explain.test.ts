import { describe, expect, it } from "vitest";
import { staffbaseUsers } from "../fixtures/staffbase-users.js";
import { cli } from "./run-cli.js";

function userFile(id: string): Record<string, string> {
  return { "user.json": JSON.stringify(staffbaseUsers.find((user) => user.id === id)) };
}

describe("scim-filter explain", () => {
  it("prints the trace as an indented tree with the status default and the deciding clause; exit 0 without a match", async () => {
    const { code, stdout, stderr } = await cli(["explain", "--schema", "staffbase", 'staffbase.role eq "admin" and (emails pr or userName pr)', "--user", "user.json"], {
      files: userFile("reader-access-code"),
    });
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toBe(
      [
        '✗ staffbase.role eq "admin" and (emails pr or userName pr) and staffbase.status eq "activated" — false: staffbase.role eq "admin" is not met',
        '  ✗ staffbase.role eq "admin" — false: the user\'s role is reader  ← deciding',
        "  ? emails pr or userName pr — unknown: 1 condition of 2 cannot be decided for this user (counts as not met)",
        "    ✗ emails pr — false: the user has no email",
        "    ? userName pr — unknown: the user object has no user name (counts as not met)",
        "  ✓ status is activated (default) — true: the user's status is activated",
        "Result: the user does not match the filter.",
        "",
      ].join("\n"),
    );
  });

  it("numbers value-path entries; exit 0 on a match", async () => {
    const { code, stdout } = await cli(["explain", "--schema", "staffbase", 'emails[value ew "@example.com"]', "--user", "user.json"], { files: userFile("admin-email") });
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        '✓ emails[value ew "@example.com"] and staffbase.status eq "activated" — true: both conditions are met',
        '  ✓ emails[value ew "@example.com"] — true: email entry 1 of 1 meets the condition',
        '    ✓ entry 1: value ew "@example.com" — true: this entry\'s value is ada@example.com  ← deciding',
        "  ✓ status is activated (default) — true: the user's status is activated  ← deciding",
        "Result: the user matches the filter.",
        "",
      ].join("\n"),
    );
  });

  it("uses --schema: the SCIM core schema has no status default", async () => {
    const { stdout } = await cli(["explain", "--schema", "scim", 'userName eq "BJensen"', "--user", "u.json"], { files: { "u.json": '{"userName": "bjensen"}' } });
    expect(stdout).toBe('✓ userName eq "BJensen" — true: the user\'s user name is bjensen  ← deciding\nResult: the user matches the filter.\n');
    const none = await cli(["explain", "--schema", "none", 'role.type eq "admin"', "--user", "user.json"], { files: userFile("admin-deactivated") });
    expect(none.stdout).toBe('✓ role.type eq "admin" — true: the user\'s role.type is admin  ← deciding\nResult: the user matches the filter.\n');
  });

  it("--stdin prints one JSON line per filter with text, ok, matches and explanation; a syntax error exits 1", async () => {
    const { code, stdout } = await cli(["explain", "--schema", "staffbase", "--stdin", "--user", "user.json"], { files: userFile("v3-admin"), stdin: 'staffbase.role eq "admin"\n\nuserName foo "x"' });
    expect(code).toBe(1);
    const [first, second, ...rest] = stdout.trimEnd().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(rest).toEqual([]);
    expect(Object.keys(first ?? {})).toEqual(["text", "ok", "matches", "explanation"]);
    expect(first).toMatchObject({ text: 'staffbase.role eq "admin"', ok: true, matches: true, explanation: { result: true, root: { kind: "and", decisive: true } } });
    expect(second).toMatchObject({ text: 'userName foo "x"', ok: false, error: { line: 1, column: 10 } });
  });

  it("exits 1 with a caret on a syntax error", async () => {
    const { code, stdout, stderr } = await cli(["explain", "userName eq", "--user", "user.json"], { files: userFile("v3-admin") });
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain("userName eq\n           ^");
  });

  it("usage errors exit 2: missing --user, an unreadable file, not a JSON object", async () => {
    const missing = await cli(["explain", "userName pr"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("explain needs --user <file.json>");
    const unreadable = await cli(["explain", "userName pr", "--user", "nope.json"]);
    expect(unreadable.code).toBe(2);
    expect(unreadable.stderr).toContain("Cannot read the user from nope.json: ENOENT");
    const broken = await cli(["explain", "userName pr", "--user", "u.json"], { files: { "u.json": "{" } });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain("Cannot read the user from u.json");
    for (const content of ["[]", '"x"', "null", "[{}]"]) {
      const wrong = await cli(["explain", "userName pr", "--user", "u.json"], { files: { "u.json": content } });
      expect(wrong.code).toBe(2);
      expect(wrong.stderr).toContain("u.json must hold one JSON object: the user");
    }
  });

  it("is listed in the help", async () => {
    expect((await cli(["--help"])).stdout).toContain("scim-filter explain <filter> --user <file>");
  });
});

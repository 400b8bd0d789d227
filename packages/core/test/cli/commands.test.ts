import { describe, expect, it } from "vitest";
import { cli } from "./run-cli.js";

describe("scim-filter parse", () => {
  it("prints the AST as JSON", async () => {
    const { code, stdout } = await cli(["parse", 'userName eq "bjensen"']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      type: "compare",
      attribute: { path: "userName", name: "userName" },
      operator: "eq",
      value: "bjensen",
      span: { start: 0, end: 21 },
    });
  });

  it("joins a filter the shell split into words", async () => {
    const { code, stdout } = await cli(["parse", "title", "pr"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ type: "present", attribute: { name: "title" } });
  });

  it("reports a syntax error with the position and a caret, exit 1", async () => {
    const { code, stdout, stderr } = await cli(["parse", 'userName foo "x"']);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      'Expected an operator (eq, ne, co, sw, ew, gt, lt, ge, le, pr) after "userName" at line 1, column 10, but found "foo"\n\n' +
        'userName foo "x"\n' +
        "         ^\n",
    );
  });
});

describe("scim-filter format", () => {
  it("prints canonical text", async () => {
    const { code, stdout } = await cli(["format", '(A PR)  AND   NOT(b EQ "x")']);
    expect(code).toBe(0);
    expect(stdout).toBe('A pr and not (b eq "x")\n');
  });

  it("breaks chains over lines with --indent", async () => {
    const { stdout } = await cli(["format", "--indent", "2", "(a pr or b pr) and c pr"]);
    expect(stdout).toBe("(\n  a pr\n  or b pr\n)\nand c pr\n");
  });

  it("spells attributes as the schema documents them with --documented, and only then", async () => {
    const text = 'Staffbase.Role eq "admin" and USERNAME pr';
    expect((await cli(["format", text])).stdout).toBe('Staffbase.Role eq "admin" and USERNAME pr\n');
    expect((await cli(["format", "--documented", "--schema", "staffbase", text])).stdout).toBe('staffbase.role eq "admin" and userName pr\n');
    expect((await cli(["format", "--documented", "--schema", "scim", "USERNAME pr and NAME.familyname pr"])).stdout).toBe("userName pr and name.familyName pr\n");
    expect((await cli(["format", "--documented", "--schema", "none", text])).stdout).toBe('Staffbase.Role eq "admin" and USERNAME pr\n');
  });
});

describe("scim-filter encode", () => {
  it("prints the value for filter=", async () => {
    const { stdout } = await cli(["encode", "(not (emails pr) and not (userName pr) and password pr)"]);
    expect(stdout).toBe("(not%20(emails%20pr)%20and%20not%20(userName%20pr)%20and%20password%20pr)\n");
  });

  it("prints a full users URL with --url, --limit and --offset", async () => {
    const { stdout } = await cli(["encode", "--url", "https://exampleapp.staffbase.com/api", "--limit", "10", "--offset", "20", 'groups eq "604fab5e830203614e6fa59d"']);
    expect(stdout).toBe("https://exampleapp.staffbase.com/api/users?filter=groups%20eq%20%22604fab5e830203614e6fa59d%22&limit=10&offset=20\n");
  });

  it("refuses a base URL that is not absolute as a usage error", async () => {
    const { code, stderr } = await cli(["encode", "--url", "app.staffbase.com", "a pr"]);
    expect(code).toBe(2);
    expect(stderr).toContain('"app.staffbase.com" is not an absolute URL');
  });
});

describe("scim-filter validate", () => {
  it("prints valid and exits 0 for a documented example", async () => {
    const { code, stdout } = await cli(["validate", "--schema", "staffbase", 'staffbase.status eq "activated" and staffbase.role eq "admin"']);
    expect(code).toBe(0);
    expect(stdout).toBe("valid\n");
  });

  it("prints each diagnostic with code, position, caret under its span and fixes; exit 1", async () => {
    const { code, stderr } = await cli(["validate", "--schema", "staffbase", 'staffbase.rol eq "admin"']);
    expect(code).toBe(1);
    expect(stderr).toContain("error[unknown-attribute] line 1, column 1:");
    expect(stderr).toContain('staffbase.rol eq "admin"\n^^^^^^^^^^^^^\n  fix: Replace with staffbase.role');
  });

  it("exits 0 when there are only warnings, printing them", async () => {
    const { code, stdout } = await cli(["validate", "--schema", "staffbase", 'created eq "2022-05-30"']);
    expect(code).toBe(0);
    expect(stdout).toContain("warning[date-equality]");
  });

  it("checks against the SCIM core schema with --schema scim", async () => {
    expect((await cli(["validate", "--schema", "scim", 'name.givenName sw "B"'])).code).toBe(0);
    // Generic SCIM by default; Staffbase's User API only by name.
    expect(await cli(["validate", 'userName eq "bjensen"'])).toMatchObject({ code: 0, stdout: "valid\n" });
    expect((await cli(["validate", 'staffbase.role eq "admin"'])).code).toBe(1);
    expect((await cli(["validate", "--schema", "staffbase", 'staffbase.role eq "admin"'])).code).toBe(0);
    expect((await cli(["validate", "--schema", "scim", 'staffbase.role eq "admin"'])).code).toBe(1);
    expect((await cli(["validate", "--schema", "none", 'anything eq "x"'])).code).toBe(0);
  });
});

describe("--stdin", () => {
  it("prints one JSON object per line and exits 1 when any line is invalid", async () => {
    const input = 'userName pr\n\nuserName eq bob\r\ntitle pr and userType eq "Employee"\n';
    const { code, stdout } = await cli(["parse", "--stdin"], { stdin: input });
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ text: "userName pr", ok: true, filter: { type: "present" } });
    expect(lines[1]).toMatchObject({ text: "userName eq bob", ok: false, error: { offset: 12, line: 1, column: 13, found: "bob" } });
    expect(lines[1]).not.toHaveProperty("filter");
    expect(lines[2]).toMatchObject({ ok: true, filter: { type: "and" } });
  });

  it("handles thousands of filters in one run", async () => {
    const input = Array.from({ length: 5000 }, (_, i) => `profile.field${i} eq "${i}"`).join("\n");
    const { code, stdout } = await cli(["format", "--stdin"], { stdin: input });
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(5000);
    expect(JSON.parse(lines[4999] as string)).toMatchObject({ ok: true, formatted: 'profile.field4999 eq "4999"' });
  });

  it("validate --stdin reports diagnostics per line", async () => {
    const { code, stdout } = await cli(["validate", "--schema", "staffbase", "--stdin"], { stdin: 'staffbase.role eq "Admin"\npassword pr' });
    expect(code).toBe(1);
    const [first, second] = stdout.trimEnd().split("\n").map((line) => JSON.parse(line) as { ok: boolean; diagnostics: { code: string }[] });
    expect(first?.ok).toBe(false);
    expect(first?.diagnostics.map((d) => d.code)).toEqual(["value-not-allowed"]);
    expect(second).toMatchObject({ ok: true, diagnostics: [] });
  });
});

describe("usage errors exit 2 with the help", () => {
  it.each([
    [[], "Missing command"],
    [["frobnicate", "a pr"], 'Unknown command "frobnicate"'],
    [["parse"], "Missing the filter"],
    [["parse", "--bogus", "a pr"], "Unknown option '--bogus'"],
    [["parse", "--stdin", "a pr"], "not both"],
    [["encode", "--limit", "5", "a pr"], "--limit and --offset need --url"],
    [["encode", "--url", "https://x.test/api", "--limit=-1", "a pr"], "--limit must be a non-negative integer"],
    [["validate", "--schema", "ldap", "a pr"], 'Unknown schema "ldap"'],
    // Names every object inherits are not schemas either.
    [["validate", "--schema", "toString", "a pr"], 'Unknown schema "toString"'],
    [["explain", "--schema", "constructor", "a pr", "--user", "u.json"], 'Unknown schema "constructor"'],
    [["match", "--schema", "__proto__", "a pr", "--users", "u.json"], 'Unknown schema "__proto__"'],
  ])("%j", async (args, message) => {
    const { code, stderr } = await cli(args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stderr).toContain("Usage:");
  });

  it("--help prints the help on stdout and exits 0", async () => {
    const { code, stdout } = await cli(["--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain("scim-filter parse <filter>");
  });
});

describe("scim-filter match", () => {
  const users = JSON.stringify({
    total: 4,
    data: [
      { id: "a1", status: "activated", role: { type: "admin" } },
      { id: "a2", status: "activated", role: { type: "reader" } },
      { id: "a3", status: "pending", role: { type: "admin" } },
      { status: "activated", role: "admin" },
    ],
  });

  it("prints the ids of matching users, applying the status default", async () => {
    const { code, stdout } = await cli(["match", "--schema", "staffbase", 'staffbase.role eq "admin"', "--users", "users.json"], { files: { "users.json": users } });
    expect(code).toBe(0);
    expect(stdout).toBe("a1\n#3\n");
  });

  it("reports counts per line with --stdin", async () => {
    const { stdout } = await cli(["match", "--schema", "staffbase", "--stdin", "--users", "users.json"], { files: { "users.json": users }, stdin: 'staffbase.status eq "pending"\nstaffbase.role eq "reader"' });
    expect(stdout.trimEnd().split("\n").map((line) => (JSON.parse(line) as { ids: string[] }).ids)).toEqual([["a3"], ["a2"]]);
  });

  it("needs --users, and a readable JSON file of users", async () => {
    expect((await cli(["match", "userName pr"])).stderr).toContain("match needs --users");
    const missing = await cli(["match", "userName pr", "--users", "nope.json"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("Cannot read users from nope.json");
    // A bad file is one line: the help would bury it.
    expect(missing.stderr.trimEnd().split("\n")).toHaveLength(1);
    const wrong = await cli(["match", "userName pr", "--users", "x.json"], { files: { "x.json": '{"users": 1}' } });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("must hold a JSON array of user objects");
    expect(wrong.stderr).not.toContain("Usage:");
  });
});

// --schema-file: validate, match and explain against a SCIM server's GET /Schemas response read from disk.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rfc7643Schemas } from "../../src/schema/fixtures/rfc7643-schemas.js";
import { cli } from "./run-cli.js";

const ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
const user = {
  id: "2819c223",
  userName: "bjensen",
  emails: [
    { type: "work", value: "bjensen@example.com" },
    { type: "home", value: "babs@jensen.org" },
  ],
  [ENTERPRISE]: { department: "Tour Operations", manager: { value: "26118915", displayName: "John Smith" } },
};

let dir = "";
const file = (name: string) => join(dir, name);
const disk = (path: string) => readFile(path, "utf8");

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "scim-filter-cli-"));
  await writeFile(file("schemas.json"), JSON.stringify(rfc7643Schemas));
  // The RFC figure's own shape: a bare array of schema resources.
  await writeFile(file("array.json"), JSON.stringify(rfc7643Schemas.Resources));
  await writeFile(file("user.json"), JSON.stringify(user));
  await writeFile(file("users.json"), JSON.stringify([user, { ...user, id: "other", [ENTERPRISE]: { department: "Sales" } }]));
  await writeFile(file("broken.json"), '{"Resources": [');
  await writeFile(file("wrong.json"), JSON.stringify({ Resources: [{ id: "urn:x", attributes: [{ name: "a", type: 1 }] }] }));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("--schema-file with the RFC 7643 schemas", () => {
  it("explains Enterprise extension attributes with their labels", async () => {
    const filter = `${ENTERPRISE}:department eq "Tour Operations" and ${ENTERPRISE}:manager.value pr`;
    const { code, stdout, stderr } = await cli(["explain", filter, "--schema-file", file("schemas.json"), "--user", file("user.json")], { readFile: disk });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain('the user\'s department (Enterprise User) is "Tour Operations"  ← deciding');
    expect(stdout).toContain("the user's manager: ID (Enterprise User) is 26118915");
    expect(stdout).toMatch(/Result: the user matches the filter\.\n$/);
    // No Staffbase status default: the schema is the server's own.
    expect(stdout).not.toContain("status");
  });

  it("validates against the server's attributes, extension included; a bare array works too", async () => {
    for (const schemas of ["schemas.json", "array.json"]) {
      const ok = await cli(["validate", `${ENTERPRISE}:employeeNumber eq "701984" and emails[type eq "work"]`, "--schema-file", file(schemas)], { readFile: disk });
      expect(ok).toMatchObject({ code: 0, stdout: "valid\n" });
    }
    const unknown = await cli(["validate", 'staffbase.role eq "admin"', "--schema-file", file("schemas.json")], { readFile: disk });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("error[unknown-attribute]");
  });

  it("matches users by an extension attribute", async () => {
    const { code, stdout } = await cli(["match", `${ENTERPRISE}:department sw "tour"`, "--schema-file", file("schemas.json"), "--users", file("users.json")], { readFile: disk });
    expect(code).toBe(0);
    expect(stdout).toBe("2819c223\n");
  });
});

describe("--schema-file errors: one line, exit 2, no stack trace", () => {
  it.each([
    ["missing.json", /^scim-filter: Cannot read the schemas from .*missing\.json: ENOENT[^\n]*\n$/],
    ["broken.json", /^scim-filter: Cannot read the schemas from .*broken\.json: [^\n]*JSON[^\n]*\n$/],
    ["wrong.json", /^scim-filter: .*wrong\.json is not a SCIM GET \/Schemas response: Resources\[0\] \("urn:x"\)\.attributes\[0\] \("a"\): "type" should be [^\n]*\n$/],
  ])("%s", async (name, message) => {
    const { code, stdout, stderr } = await cli(["validate", "userName pr", "--schema-file", file(name)], { readFile: disk });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
  });

  it("refuses --schema together with --schema-file as a usage error", async () => {
    const { code, stderr } = await cli(["validate", "userName pr", "--schema", "scim", "--schema-file", file("schemas.json")], { readFile: disk });
    expect(code).toBe(2);
    expect(stderr).toContain("Give either --schema or --schema-file, not both");
  });
});

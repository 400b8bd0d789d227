// scim-filter sql / mongo: the translators behind the CLI, with the documented layouts or a --mapping file.
import { describe, expect, it } from "vitest";
import { scimCoreUserSchema, staffbaseUserSchema } from "../../src/index.js";
import { scimMongoMapping, staffbaseMongoMapping, toMongo } from "../../src/mongo/index.js";
import type { SqlMapping } from "../../src/sql/index.js";
import { scimSqlMapping, staffbaseSqlMapping, toSql } from "../../src/sql/index.js";
import { cli } from "./run-cli.js";

const MAPPING: SqlMapping = {
  table: "people",
  attributes: { userName: { column: "login", type: "string" }, emails: { table: "people_emails", key: "person_id", subAttributes: { value: { column: "address", type: "string" }, type: { column: "kind", type: "string" } } } },
};

describe("scim-filter sql", () => {
  it("prints { sql, params } for the RFC 7643 layout by default (the generic schema), values only as parameters", async () => {
    const { code, stdout } = await cli(["sql", 'userName eq "BJensen"']);
    expect(code).toBe(0);
    const printed = JSON.parse(stdout) as { sql: string; params: unknown[] };
    expect(printed).toEqual(toSql('userName eq "BJensen"', scimSqlMapping, { dialect: "postgres", schema: scimCoreUserSchema }));
    expect(printed.params).toEqual(["bjensen"]);
    expect(printed.sql).toContain('"scim_users"."user_name"');
    expect(printed.sql.toLowerCase()).not.toContain("bjensen");
  });

  it("uses the Staffbase layout and its implicit status clause with --schema staffbase", async () => {
    const { code, stdout } = await cli(["sql", 'staffbase.role eq "admin"', "--schema", "staffbase"]);
    expect(code).toBe(0);
    const printed = JSON.parse(stdout) as { sql: string; params: unknown[] };
    expect(printed).toEqual(toSql('staffbase.role eq "admin"', staffbaseSqlMapping, { dialect: "postgres", schema: staffbaseUserSchema }));
    expect(printed.params).toEqual(["admin", "activated"]);
    expect(printed.sql).not.toContain("admin");
  });

  it("refuses a Staffbase attribute under the default generic schema: the RFC layout does not place it (exit 1)", async () => {
    const { code, stdout, stderr } = await cli(["sql", 'staffbase.role eq "admin"']);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe("The mapping does not say where attribute staffbase.role is stored\n");
  });

  it("writes SQLite placeholders with --dialect sqlite, and refuses other dialects (exit 2)", async () => {
    expect(JSON.parse((await cli(["sql", 'userName eq "x"', "--dialect", "sqlite"])).stdout)).toMatchObject({ sql: expect.stringContaining("?1") as string });
    const wrong = await cli(["sql", "userName pr", "--dialect", "mysql"]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('Unknown dialect "mysql": use postgres or sqlite');
  });

  it("reads the layout from --mapping", async () => {
    const filter = 'emails[type eq "work" and value ew "@example.com"] and userName pr';
    const { code, stdout } = await cli(["sql", filter, "--schema", "scim", "--mapping", "m.json"], { files: { "m.json": JSON.stringify(MAPPING) } });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(toSql(filter, MAPPING, { dialect: "postgres", schema: scimCoreUserSchema }));
  });

  it("names an attribute the mapping does not place (exit 1)", async () => {
    const { code, stdout, stderr } = await cli(["sql", 'title eq "x"', "--schema", "scim", "--mapping", "m.json"], { files: { "m.json": JSON.stringify(MAPPING) } });
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe("The mapping does not say where attribute title is stored\n");
  });

  it("says what is wrong with a mapping file (exit 2)", async () => {
    const bad = { table: "people", attributes: { userName: { column: "login", type: "text" } } };
    const { code, stderr } = await cli(["sql", "userName pr", "--mapping", "m.json"], { files: { "m.json": JSON.stringify(bad) } });
    expect(code).toBe(2);
    expect(stderr).toBe('scim-filter: m.json: attributes["userName"].type should be one of string, number, boolean, dateTime\n');
  });

  it("needs a mapping without a schema (exit 2)", async () => {
    const { code, stderr } = await cli(["sql", "userName pr", "--schema", "none"]);
    expect(code).toBe(2);
    expect(stderr).toContain("Without a schema, give the layout with --mapping <file.json>");
  });

  it("reports a syntax error as the other commands do (exit 1)", async () => {
    const { code, stderr } = await cli(["sql", 'userName foo "x"']);
    expect(code).toBe(1);
    expect(stderr).toContain("Expected an operator");
  });
});

describe("scim-filter mongo", () => {
  it("prints the query document for the RFC 7643 layout by default", async () => {
    const filter = 'emails[type eq "work"] and active eq true';
    const { code, stdout } = await cli(["mongo", filter]);
    expect(code).toBe(0);
    const printed = JSON.parse(stdout) as unknown;
    expect(printed).toEqual(toMongo(filter, scimMongoMapping, { schema: scimCoreUserSchema }));
    expect(printed).toMatchObject({ $and: [{ emails: { $elemMatch: {} } }, { active: { $eq: true } }] });
  });

  it("prints the query document for the Staffbase layout with --schema staffbase", async () => {
    const filter = 'groups ne "604fab5e830203614e6fa59d" and emails pr';
    const { code, stdout } = await cli(["mongo", filter, "--schema", "staffbase"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(toMongo(filter, staffbaseMongoMapping, { schema: staffbaseUserSchema }));
  });

  it("refuses, with the reason, what MongoDB cannot answer exactly (exit 1)", async () => {
    const { code, stderr } = await cli(["mongo", 'userName eq "Straße"', "--schema", "scim"]);
    expect(code).toBe(1);
    expect(stderr).toBe('MongoDB lower-cases "ß" other than JavaScript: userName eq "straße" cannot be compared case-insensitively there\n');
  });

  it("with --stdin prints one JSON line per filter", async () => {
    const { code, stdout } = await cli(["mongo", "--stdin", "--schema", "staffbase"], { stdin: 'staffbase.role eq "admin"\nuserName foo\n' });
    expect(code).toBe(1);
    const [first, second] = stdout.trim().split("\n").map((line) => JSON.parse(line) as { ok: boolean; output?: unknown });
    expect(first?.ok).toBe(true);
    expect(first?.output).toEqual(toMongo('staffbase.role eq "admin"', staffbaseMongoMapping, { schema: staffbaseUserSchema }));
    expect(second?.ok).toBe(false);
  });
});

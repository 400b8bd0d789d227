// Records an attacker or a bad export can hand the evaluator: values nested 10,000 arrays or objects deep.
// Evaluation and explanation walk them without recursion, so they answer as for the flat value.
import { describe, expect, it } from "vitest";
import { compileFilter, explainFilter, staffbaseUserSchema } from "../../src/index.js";
import { cli } from "../cli/run-cli.js";

const DEPTH = 10_000;

function inArrays(value: unknown, depth = DEPTH): unknown {
  let nested = value;
  for (let level = 0; level < depth; level++) nested = [nested];
  return nested;
}

function inObjects(value: unknown, key: string, depth = DEPTH): unknown {
  let nested = value;
  for (let level = 0; level < depth; level++) nested = { [key]: nested };
  return nested;
}

const FILTERS = [
  'firstName eq "Ada"',
  'firstName ne "Ada"',
  'firstName co "d"',
  "firstName pr",
  'emails co "ada@"',
  'emails.value eq "ada@example.com"',
  'emails[value ew "example.com"]',
  "emails pr",
  'profile.department eq "Sales"',
  "profile.department pr",
  'not (emails[primary eq true]) or firstName sw "A"',
];

function user(firstName: unknown, emails: unknown, department: unknown) {
  return { id: "1", status: "activated", firstName, emails, profile: { department } };
}

const flat = user("Ada", [{ value: "ada@example.com", primary: true }], "Sales");
const deepArrays = user(inArrays("Ada"), inArrays({ value: "ada@example.com", primary: true }), inArrays("Sales"));

describe("values nested 10,000 arrays deep", () => {
  it.each(FILTERS)("%s: compileFilter and explainFilter answer as for the flat value", (filter) => {
    const expected = compileFilter(filter, staffbaseUserSchema)(flat);
    expect(compileFilter(filter, staffbaseUserSchema)(deepArrays)).toBe(expected);
    const explanation = explainFilter(filter, deepArrays, staffbaseUserSchema);
    expect(explanation.result).toBe(expected);
    expect(explanation.root.result).toBe(explainFilter(filter, flat, staffbaseUserSchema).root.result);
  });

  it("an array of 10,000 empty arrays, nested, is not present", () => {
    expect(compileFilter("firstName pr", staffbaseUserSchema)(user(inArrays([]), [], ""))).toBe(false);
    expect(compileFilter("firstName pr", staffbaseUserSchema)(user(inArrays(inObjects("", "a")), [], ""))).toBe(false);
    expect(compileFilter("firstName pr", staffbaseUserSchema)(user(inObjects(inArrays("x"), "a"), [], ""))).toBe(true);
  });
});

describe("values nested 10,000 objects deep", () => {
  const deepObjects = user(inObjects("Ada", "a"), inObjects("ada@example.com", "value"), inObjects("Sales", "x"));

  it.each(FILTERS)("%s: no stack overflow, and the explanation agrees with compileFilter", (filter) => {
    const matched = compileFilter(filter, staffbaseUserSchema)(deepObjects);
    const explanation = explainFilter(filter, deepObjects, staffbaseUserSchema);
    expect(explanation.result).toBe(matched);
    // The sentences stay short: a value too deep (or too long) to show is named, not printed.
    const reasons: string[] = [];
    const pending = [explanation.root];
    for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
      reasons.push(node.reason);
      pending.push(...(node.children ?? []));
    }
    for (const reason of reasons) expect(reason.length).toBeLessThan(1000);
  });

  it("a nested object compares with nothing, and is present when something in it is", () => {
    expect(compileFilter('firstName eq "Ada"', staffbaseUserSchema)(deepObjects)).toBe(false);
    expect(compileFilter("firstName pr", staffbaseUserSchema)(deepObjects)).toBe(true);
    expect(compileFilter("profile.department pr", staffbaseUserSchema)(deepObjects)).toBe(true);
  });
});

describe("the CLI on such records", () => {
  it("match and explain answer; printing a value too deep for JSON is one line, exit 1, no stack trace", async () => {
    // JSON.stringify itself recurses: the files are written as text.
    const deepText = (json: string) => `${"[".repeat(DEPTH)}${json}${"]".repeat(DEPTH)}`;
    const deepUser = `{"id":"1","status":"activated","firstName":${deepText('"Ada"')},"emails":${deepText('{"value":"ada@example.com"}')}}`;
    const files = { "deep.json": deepUser, "users.json": `[${deepUser},${JSON.stringify({ ...flat, id: "2" })}]` };
    const match = await cli(["match", 'firstName eq "Ada"', "--users", "users.json"], { files });
    expect(match.code).toBe(0);
    expect(match.stdout.trim().split("\n")).toEqual(["1", "2"]);
    const explain = await cli(["explain", 'emails[value ew "example.com"]', "--schema", "staffbase", "--user", "deep.json"], { files });
    expect(explain.code).toBe(0);
    expect(explain.stdout).toContain("entry 1 of 1 meets the condition");
    expect(explain.stdout).toContain("Result: the user matches the filter.");

    const tooDeep = JSON.stringify({ id: "2", firstName: "x" }).replace('"x"', `${'{"a":'.repeat(DEPTH)}"x"${"}".repeat(DEPTH)}`);
    // --stdin prints each explanation as JSON, its values included: this one cannot be.
    const asJson = await cli(["explain", "--user", "deep.json", "--stdin"], { files: { "deep.json": tooDeep }, stdin: "firstName pr\n" });
    expect(asJson.code).toBe(1);
    expect(asJson.stderr).toBe("scim-filter: the input is nested too deeply or is too large to process\n");
    // As a tree, it explains.
    const asTree = await cli(["explain", "firstName pr", "--user", "deep.json"], { files: { "deep.json": tooDeep } });
    expect(asTree.code).toBe(0);
    expect(asTree.stdout).toContain("nested too deeply to show");
  });
});

// Operator labels: defaults, date wording, per-attribute overrides.
import { describe, expect, it } from "vitest";
import { DEFAULT_OPERATORS, OPERATOR_LABELS, operatorOptions, OPERATORS, resolveAttribute, scimCoreUserSchema, staffbaseUserSchema } from "../../src/index.js";

function label(path: string, operator: string): string | undefined {
  const resolution = resolveAttribute(staffbaseUserSchema, path);
  if (resolution.kind === "unknown") throw new Error(`${path} is unknown`);
  return resolution.attribute.operators.find((option) => option.operator === operator)?.label;
}

describe("operator labels", () => {
  it("read as membership for groups and spaces", () => {
    expect(label("groups", "eq")).toBe("is member of");
    expect(label("groups", "ne")).toBe("is not member of");
    expect(label("staffbase.space", "eq")).toBe("is member of");
  });

  it("read as points in time for dates", () => {
    expect(label("created", "gt")).toBe("is after");
    expect(label("updated", "le")).toBe("is on or before");
    expect(label("deactivated", "eq")).toBe("is exactly");
  });

  it("have a default for every operator", () => {
    expect(Object.keys(OPERATOR_LABELS).sort()).toEqual([...OPERATORS].sort());
    expect(OPERATOR_LABELS).toEqual({
      eq: "is",
      ne: "is not",
      co: "contains",
      sw: "starts with",
      ew: "ends with",
      gt: "is greater than",
      ge: "is at least",
      lt: "is less than",
      le: "is at most",
      pr: "is present",
    });
  });

  it("are built by operatorOptions: override, then date wording, then default", () => {
    expect(operatorOptions("string", ["eq", "co"])).toEqual([
      { operator: "eq", label: "is" },
      { operator: "co", label: "contains" },
    ]);
    expect(operatorOptions("dateTime", ["gt", "pr"])).toEqual([
      { operator: "gt", label: "is after" },
      { operator: "pr", label: "is present" },
    ]);
    expect(operatorOptions("id", ["eq"], { eq: "is member of" })).toEqual([{ operator: "eq", label: "is member of" }]);
    expect(operatorOptions("number").map((option) => option.operator)).toEqual(DEFAULT_OPERATORS.number);
  });

  it("follow RFC 7644 defaults per type in the SCIM core schema", () => {
    const operatorsOf = (path: string) => {
      const resolution = resolveAttribute(scimCoreUserSchema, path);
      return resolution.kind === "unknown" ? [] : resolution.attribute.operators.map((option) => option.operator);
    };
    expect(operatorsOf("userName")).toEqual(["eq", "ne", "co", "sw", "ew", "pr"]);
    expect(operatorsOf("active")).toEqual(["eq", "ne", "pr"]);
    expect(operatorsOf("meta.created")).toEqual(["gt", "ge", "lt", "le", "eq", "ne", "pr"]);
    expect(operatorsOf("emails.type")).toEqual(["eq", "ne", "pr"]);
    expect(operatorsOf("password")).toEqual(["pr"]);
  });
});

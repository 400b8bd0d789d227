// staffbaseUserSchema covers the table of Staffbase's filter documentation (shared/seeds/004) with its
// operators and values; additions beyond the table follow shared/staffbase-api.md §5 and mock decision 6.
import { describe, expect, it } from "vitest";
import type { AttributeSchema, Operator } from "../../src/index.js";
import { resolveAttribute, staffbaseUserSchema } from "../../src/index.js";

function attribute(path: string): AttributeSchema {
  const resolution = resolveAttribute(staffbaseUserSchema, path);
  if (resolution.kind !== "declared") throw new Error(`${path} is not declared`);
  return resolution.attribute;
}

function operators(path: string): Operator[] {
  return attribute(path).operators.map((option) => option.operator);
}

function values(path: string): string[] {
  return (attribute(path).options ?? []).map((option) => option.value);
}

const DATE_OPERATORS = ["gt", "ge", "lt", "le", "eq", "ne"];
const PRESENCE_ONLY = ["emails", "externalId", "password", "staffbase.recoveryCode", "userName"];

describe("staffbaseUserSchema", () => {
  it("declares exactly the properties of the documentation's table", () => {
    expect(staffbaseUserSchema.attributes.map((entry) => entry.path).sort()).toEqual(
      [
        "groups",
        "staffbase.creationType",
        "staffbase.role",
        "staffbase.space",
        "staffbase.status",
        "created",
        "updated",
        "deactivated",
        ...PRESENCE_ONLY,
      ].sort(),
    );
    expect(staffbaseUserSchema.dynamic?.map((dynamic) => [dynamic.name, dynamic.allowUndeclared])).toEqual([["profile", true]]);
  });

  it("groups: is member (eq), not member (ne) of a 24-hex group id", () => {
    const groups = attribute("groups");
    expect(groups.operators).toEqual([
      { operator: "eq", label: "is member of" },
      { operator: "ne", label: "is not member of" },
    ]);
    expect(groups).toMatchObject({ type: "id", multiValued: true, caseExact: true });
    expect(groups.idFormat?.pattern).toBe("^[0-9a-fA-F]{24}$");
    expect(groups.idFormat?.example).toBe("604fab5e830203614e6fa59d");
  });

  it("staffbase.space: is member (eq) of a 24-hex space id", () => {
    const space = attribute("staffbase.space");
    expect(space.operators).toEqual([{ operator: "eq", label: "is member of" }]);
    expect(space).toMatchObject({ type: "id", multiValued: true });
    expect(space.idFormat?.pattern).toBe("^[0-9a-fA-F]{24}$");
    expect(space.idFormat?.example).toBe("5fc7743d3dd910548d350a2a");
  });

  it("staffbase.creationType: eq with csv, direct, scim, sso (bonding and ldap deprecated)", () => {
    expect(operators("staffbase.creationType")).toEqual(["eq"]);
    expect(attribute("staffbase.creationType")).toMatchObject({ type: "enum", caseExact: true });
    expect(values("staffbase.creationType")).toEqual(["csv", "direct", "scim", "sso", "bonding", "ldap"]);
    const deprecated = (attribute("staffbase.creationType").options ?? []).filter((option) => option.deprecated === true).map((option) => option.value);
    expect(deprecated).toEqual(["bonding", "ldap"]);
  });

  it("staffbase.role: eq with admin, editor, moderator, managingEditor, reader", () => {
    expect(operators("staffbase.role")).toEqual(["eq"]);
    expect(attribute("staffbase.role")).toMatchObject({ type: "enum", caseExact: true });
    expect(values("staffbase.role")).toEqual(["admin", "editor", "moderator", "managingEditor", "reader"]);
    expect((attribute("staffbase.role").options ?? []).some((option) => option.deprecated === true)).toBe(false);
  });

  it("staffbase.status: eq with activated (default), deactivated, pending, plus contact", () => {
    expect(operators("staffbase.status")).toEqual(["eq"]);
    expect(attribute("staffbase.status")).toMatchObject({ type: "enum", caseExact: true });
    expect(values("staffbase.status")).toEqual(["activated", "pending", "deactivated", "contact"]);
    expect(staffbaseUserSchema.implicit).toEqual([{ attribute: "staffbase.status", operator: "eq", value: "activated", label: "status is activated (default)", suppressedBy: ["deactivated"] }]);
  });

  it.each(["created", "updated", "deactivated"])("%s: gt, ge, le, lt, eq, ne on a date", (path) => {
    expect(operators(path)).toEqual(DATE_OPERATORS);
    expect([...operators(path)].sort()).toEqual(["eq", "ge", "gt", "le", "lt", "ne"]);
    expect(attribute(path).type).toBe("dateTime");
    expect(attribute(path).operators.map((option) => option.label)).toEqual(["is after", "is on or after", "is before", "is on or before", "is exactly", "is not exactly"]);
  });

  it.each(PRESENCE_ONLY)("%s: present (pr) only", (path) => {
    expect(attribute(path).operators).toEqual([{ operator: "pr", label: "is present" }]);
    expect(attribute(path).presenceOnly).toBe(true);
  });

  it("profile.{fieldID}: eq on a string", () => {
    const template = staffbaseUserSchema.dynamic?.[0]?.template;
    expect(template?.type).toBe("string");
    expect(template?.operators).toEqual([{ operator: "eq", label: "is" }]);
  });

  it("marks only groups, spaces and emails multi-valued", () => {
    expect(staffbaseUserSchema.attributes.filter((entry) => entry.multiValued === true).map((entry) => entry.path)).toEqual(["groups", "staffbase.space", "emails"]);
  });

  it("gives every attribute a label, a group and a reader", () => {
    for (const entry of staffbaseUserSchema.attributes) {
      expect(entry.label).not.toBe("");
      expect(["Membership", "Account", "Dates", "Sign-in"]).toContain(entry.group);
      expect(typeof entry.read).toBe("function");
    }
  });
});

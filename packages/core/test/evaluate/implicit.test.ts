// The status default: `staffbase.status eq "activated"` unless the filter mentions the status.
import { describe, expect, it } from "vitest";
import type { Filter } from "../../src/ast.js";
import { compileFilter } from "../../src/evaluate/compile.js";
import { applyImplicitClauses, implicitClausesFor } from "../../src/evaluate/implicit.js";
import { formatFilter } from "../../src/format/format.js";
import { parseFilter } from "../../src/parse/parse.js";
import { scimCoreUserSchema } from "../../src/schema/scim-core.js";
import { staffbaseUserSchema } from "../../src/schema/staffbase.js";
import type { FilterSchema } from "../../src/schema/types.js";
import { stripSpans } from "../helpers/ast.js";
import { staffbaseUsers } from "../fixtures/staffbase-users.js";
import { expectMatches, ids } from "./helpers.js";

const STATUS_DEFAULT = staffbaseUserSchema.implicit?.[0];

describe("implicitClausesFor", () => {
  it("the Staffbase schema has one implicit clause: status is activated", () => {
    expect(staffbaseUserSchema.implicit).toEqual([
      { attribute: "staffbase.status", operator: "eq", value: "activated", label: "status is activated (default)", suppressedBy: ["deactivated"] },
    ]);
  });

  it.each([
    'staffbase.role eq "admin"',
    "emails pr",
    'groups ne "604fab5e830203614e6fa59d"',
    'status eq "pending"',
    'staffbase.statusx eq "pending"',
    'not (staffbase.role eq "admin")',
    'emails[value co "example.com"]',
  ])("applies to %s", (text) => {
    expect(implicitClausesFor(parseFilter(text), staffbaseUserSchema)).toEqual([STATUS_DEFAULT]);
  });

  it.each([
    'staffbase.status eq "pending"',
    'STAFFBASE.STATUS eq "pending"',
    'Staffbase.Status eq "activated" and staffbase.role eq "admin"',
    'staffbase.role eq "admin" or staffbase.status eq "pending"',
    'not (staffbase.status eq "activated")',
    'staffbase.role eq "admin" and (emails pr or not (staffbase.status eq "deactivated"))',
    "staffbase.status pr",
    'emails[staffbase.status eq "pending"]',
    'staffbase[status eq "pending"]',
    'staffbase.status[value eq "pending"]',
    'urn:ietf:params:scim:schemas:core:2.0:User:staffbase.status eq "pending"',
  ])("does not apply to %s (mentions the status)", (text) => {
    expect(implicitClausesFor(parseFilter(text), staffbaseUserSchema)).toEqual([]);
  });

  it("schemas without implicit clauses, and no schema, add nothing", () => {
    const filter = parseFilter('userName eq "x"');
    expect(implicitClausesFor(filter, scimCoreUserSchema)).toEqual([]);
    expect(implicitClausesFor(filter, undefined)).toEqual([]);
    expect(applyImplicitClauses(filter, undefined)).toBe(filter);
  });
});

describe("applyImplicitClauses", () => {
  it("ANDs the clause onto a single term, with an empty span", () => {
    const filter = parseFilter('staffbase.role eq "admin"');
    const effective = applyImplicitClauses(filter, staffbaseUserSchema);
    expect(formatFilter(effective)).toBe('staffbase.role eq "admin" and staffbase.status eq "activated"');
    expect(effective.type === "and" && effective.filters[1]?.span).toEqual({ start: 0, end: 0 });
    expect(effective.type === "and" && effective.filters[1]?.type === "compare" && effective.filters[1].attribute).toEqual({
      path: "staffbase.status",
      name: "staffbase",
      subAttribute: "status",
    });
  });

  it("appends to a top-level and chain and wraps an or", () => {
    expect(formatFilter(applyImplicitClauses(parseFilter("emails pr and password pr"), staffbaseUserSchema))).toBe(
      'emails pr and password pr and staffbase.status eq "activated"',
    );
    expect(formatFilter(applyImplicitClauses(parseFilter("emails pr or userName pr"), staffbaseUserSchema))).toBe(
      '(emails pr or userName pr) and staffbase.status eq "activated"',
    );
  });

  it("returns the filter itself when it mentions the status, and never changes its argument", () => {
    const mentions = parseFilter('staffbase.status eq "pending"');
    expect(applyImplicitClauses(mentions, staffbaseUserSchema)).toBe(mentions);
    const filter = parseFilter("emails pr and password pr");
    const before = stripSpans(filter);
    applyImplicitClauses(filter, staffbaseUserSchema);
    expect(stripSpans(filter)).toEqual(before);
  });

  it("adds every clause of a schema that has several", () => {
    const schema: FilterSchema = {
      id: "two",
      name: "Two defaults",
      attributes: [],
      implicit: [
        { attribute: "active", operator: "eq", value: "yes", label: "active" },
        { attribute: "urn:example:Thing:kind", operator: "ne", value: "robot", label: "not a robot" },
      ],
    };
    const filter: Filter = parseFilter('userName eq "x"');
    expect(implicitClausesFor(filter, schema).map((clause) => clause.attribute)).toEqual(["active", "urn:example:Thing:kind"]);
    expect(formatFilter(applyImplicitClauses(filter, schema))).toBe('userName eq "x" and active eq "yes" and urn:example:Thing:kind ne "robot"');
    expect(implicitClausesFor(parseFilter('kind eq "robot"'), schema).map((clause) => clause.attribute)).toEqual(["active"]);
    const users = [
      { id: "a", userName: "x", active: "yes", kind: "human" },
      { id: "b", userName: "x", active: "yes", kind: "robot" },
      { id: "c", userName: "x", active: "no" },
    ];
    expect(ids(users, 'userName eq "x"', schema)).toEqual(["a"]);
  });
});

describe("the status default in evaluation", () => {
  it("staffbase.role eq admin matches activated admins only", () => {
    expectMatches('staffbase.role eq "admin"', ["admin-email", "v3-admin"]);
  });

  it("staffbase.status eq pending matches pending users", () => {
    expectMatches('staffbase.status eq "pending"', ["admin-pending", "reader-access-code-pending", "editor-pending-sso"]);
  });

  it("role admin or status pending gets no default", () => {
    expectMatches('staffbase.role eq "admin" or staffbase.status eq "pending"', [
      "admin-email",
      "admin-pending",
      "admin-deactivated",
      "v3-admin",
      "reader-access-code-pending",
      "editor-pending-sso",
    ]);
  });

  it("status inside not: every user who is not activated", () => {
    expectMatches('not (staffbase.status eq "activated")', [
      "admin-pending",
      "admin-deactivated",
      "reader-access-code-pending",
      "reader-deactivated-sso",
      "editor-deactivated",
      "moderator-deactivated",
      "editor-pending-sso",
      "reader-contact",
    ]);
  });

  it("without status, not applies inside the default: activated users who are not admins", () => {
    expectMatches('not (staffbase.role eq "admin")', [
      "editor-sso",
      "moderator-username",
      "reader-access-code",
      "reader-scim",
      "managing-editor",
      "reader-email-username",
      "reader-stale",
      "reader-real",
    ]);
  });

  it("a value path without status gets the default", () => {
    expectMatches('emails[value co "@example.com"] and not (externalId pr)', ["admin-email", "managing-editor", "reader-email-username", "reader-stale", "reader-real"]);
  });

  it("with the implicit clause disabled, every status matches", () => {
    const noDefault: FilterSchema = { ...staffbaseUserSchema, implicit: [] };
    expectMatches('staffbase.role eq "admin"', ["admin-email", "admin-pending", "admin-deactivated", "v3-admin"], noDefault);
  });

  it("compiling without a schema adds no default (and reads raw fields)", () => {
    const predicate = compileFilter('role.type eq "admin"');
    expect(staffbaseUsers.filter(predicate).map((user) => user.id)).toEqual(["admin-email", "admin-pending", "admin-deactivated"]);
  });
});

describe("a deactivation time suppresses the status default", () => {
  it("applies no default to filters on deactivated, anywhere in the filter", () => {
    expect(implicitClausesFor(parseFilter('deactivated gt "2021-07-07T10:00"'), staffbaseUserSchema)).toEqual([]);
    expect(implicitClausesFor(parseFilter('staffbase.role eq "admin" or not (deactivated lt "2022-01-01")'), staffbaseUserSchema)).toEqual([]);
    expect(implicitClausesFor(parseFilter('created gt "2021-07-07T10:00"'), staffbaseUserSchema)).toHaveLength(1);
  });
});

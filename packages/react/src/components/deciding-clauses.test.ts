import type { ExplanationNode } from "@scim-filter/core";
import { explainFilter, scimCoreUserSchema, staffbaseUserSchema } from "@scim-filter/core";
import { describe, expect, it } from "vitest";
import { decidingClauses } from "./deciding-clauses.js";

const reader = { id: "u1", userName: "ann", status: "activated", role: { type: "reader" } };

/** The deciding clauses as "text: result". */
function clauses(text: string, user: Record<string, unknown>, schema = staffbaseUserSchema): string[] {
  return decidingClauses(explainFilter(text, user, schema).root).map((node) => `${text.slice(node.span.start, node.span.end)}: ${String(node.result)}`);
}

describe("decidingClauses", () => {
  it("gives the met clause of a met `or`", () => {
    expect(clauses('staffbase.role eq "admin" or userName pr', reader)).toEqual(["userName pr: true"]);
  });

  it("gives every clause of an unmet `or` and the first unmet clause of an `and`", () => {
    expect(clauses('staffbase.role eq "admin" or staffbase.role eq "editor"', reader)).toEqual(['staffbase.role eq "admin": false', 'staffbase.role eq "editor": false']);
    expect(clauses('userName pr and staffbase.role eq "admin" and password pr', reader)).toEqual(['staffbase.role eq "admin": false']);
  });

  it("gives clauses inside groups and under `not`, as the text spells them", () => {
    expect(clauses('not (staffbase.role eq  "reader")  and userName pr', reader)).toEqual(['staffbase.role eq  "reader": true']);
  });

  it("gives unknown clauses", () => {
    expect(clauses('staffbase.role eq "admin"', { id: "u2", status: "activated" })).toEqual(['staffbase.role eq "admin": unknown']);
  });

  it("gives a value path as one clause, not its per-element evaluations", () => {
    const user = { userName: "bo", emails: [{ type: "home" }, { type: "work" }] };
    expect(clauses('userName pr and emails[type eq "work"]', user, scimCoreUserSchema)).toEqual(["userName pr: true", 'emails[type eq "work"]: true']);
  });

  it("gives nothing when only the schema's implicit clause decided", () => {
    // The user's own filter is met; the status default is not, and it has no place in the text.
    expect(clauses("userName pr", { id: "u3", userName: "cy", status: "pending" })).toEqual([]);
  });

  it("gives a group when nothing below it is a decisive clause", () => {
    const leaf = (start: number, end: number): ExplanationNode => ({ kind: "present", result: true, matched: true, decisive: false, span: { start, end }, text: "", reason: "" });
    const group: ExplanationNode = { kind: "or", result: true, matched: true, decisive: true, span: { start: 0, end: 20 }, text: "", reason: "", children: [leaf(0, 5), leaf(9, 20)] };
    expect(decidingClauses(group)).toEqual([group]);
  });
});

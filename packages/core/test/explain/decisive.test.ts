// The deciding clauses: followed down from the root along the evaluator's short-circuit logic.
import { describe, expect, it } from "vitest";
import { explainFilter } from "../../src/explain/explain.js";
import type { ExplanationNode } from "../../src/explain/types.js";

/** The texts of the decisive nodes, depth first. */
function decisive(node: ExplanationNode): string[] {
  return node.decisive ? [node.text, ...(node.children ?? []).flatMap(decisive)] : [];
}

const user = { role: "reader", title: "Boss", emails: [{ value: "a@x.org" }, { value: "b@y.org" }] };

describe("decisive marks", () => {
  it("and = false: the first false child only", () => {
    expect(decisive(explainFilter('title eq "Boss" and role eq "admin" and role eq "x"', user).root)).toEqual([
      'title eq "Boss" and role eq "admin" and role eq "x"',
      'role eq "admin"',
    ]);
  });

  it("and = true: every child", () => {
    expect(decisive(explainFilter('title eq "Boss" and role eq "reader"', user).root)).toEqual(['title eq "Boss" and role eq "reader"', 'title eq "Boss"', 'role eq "reader"']);
  });

  it("or = true: the first true child only; or = false: every child", () => {
    expect(decisive(explainFilter('role eq "admin" or title pr or role pr', user).root)).toEqual(['role eq "admin" or title pr or role pr', "title pr"]);
    expect(decisive(explainFilter('role eq "admin" or title eq "x"', user).root)).toEqual(['role eq "admin" or title eq "x"', 'role eq "admin"', 'title eq "x"']);
  });

  it("not: its operand, and down through nested groups", () => {
    expect(decisive(explainFilter('not (role eq "admin" or (title pr and nickName pr))', user).root)).toEqual([
      'not (role eq "admin" or title pr and nickName pr)',
      'role eq "admin" or title pr and nickName pr',
      'role eq "admin"',
      "title pr and nickName pr",
      "nickName pr",
    ]);
  });

  it("an unknown child decides when the evaluator counts it so", () => {
    const { root } = explainFilter('nickName eq "x" and title pr', user);
    expect(root.children?.map((child) => [child.result, child.decisive])).toEqual([
      ["unknown", true],
      [true, false],
    ]);
  });

  it("value paths: the first matching element, or every element", () => {
    const matched = explainFilter('emails[value ew "y.org"]', user).root;
    expect(matched.children?.map((child) => child.decisive)).toEqual([false, true]);
    const failed = explainFilter('emails[value ew "z.org"]', user).root;
    expect(failed.children?.map((child) => child.decisive)).toEqual([true, true]);
  });
});

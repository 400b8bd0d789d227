// explainFilter on value paths: one evaluation of the inner filter per element.
import { describe, expect, it } from "vitest";
import { explainFilter } from "../../src/explain/explain.js";
import { scimCoreUserSchema } from "../../src/schema/scim-core.js";

const TEXT = 'emails[type eq "work" and value co "@example.com"]';
const INNER = 'type eq "work" and value co "@example.com"';
const TYPE = { start: 7, end: 21 };
const VALUE = { start: 26, end: 49 };
const home = { type: "home", value: "b@example.com" };
const work = { type: "work", value: "b@other.org" };

describe("explainFilter on value paths (scimCoreUserSchema)", () => {
  it("no element satisfies both conditions: every element is shown and decisive", () => {
    expect(explainFilter(TEXT, { emails: [home, work] }, scimCoreUserSchema)).toEqual({
      result: false,
      root: {
        kind: "valuePath",
        result: false,
        matched: false,
        decisive: true,
        span: { start: 0, end: 50 },
        text: TEXT,
        reason: `${TEXT} — false: none of the user's 2 entries for emails meets the condition`,
        actual: [home, work],
        children: [
          {
            kind: "and",
            result: false,
            matched: false,
            decisive: true,
            span: { start: 7, end: 49 },
            text: INNER,
            reason: `${INNER} — false: type eq "work" is not met`,
            element: 0,
            children: [
              { kind: "compare", result: false, matched: false, decisive: true, span: TYPE, text: 'type eq "work"', reason: 'type eq "work" — false: this entry\'s type is home', actual: ["home"] },
              {
                kind: "compare",
                result: true,
                matched: true,
                decisive: false,
                span: VALUE,
                text: 'value co "@example.com"',
                reason: 'value co "@example.com" — true: this entry\'s value is b@example.com',
                actual: ["b@example.com"],
              },
            ],
          },
          {
            kind: "and",
            result: false,
            matched: false,
            decisive: true,
            span: { start: 7, end: 49 },
            text: INNER,
            reason: `${INNER} — false: value co "@example.com" is not met`,
            element: 1,
            children: [
              { kind: "compare", result: true, matched: true, decisive: false, span: TYPE, text: 'type eq "work"', reason: 'type eq "work" — true: this entry\'s type is work', actual: ["work"] },
              {
                kind: "compare",
                result: false,
                matched: false,
                decisive: true,
                span: VALUE,
                text: 'value co "@example.com"',
                reason: 'value co "@example.com" — false: this entry\'s value is b@other.org',
                actual: ["b@other.org"],
              },
            ],
          },
        ],
      },
    });
  });

  it("the first element that satisfies the filter decides", () => {
    const match = { type: "WORK", value: "c@EXAMPLE.com" };
    const { result, root } = explainFilter(TEXT, { emails: [home, match, { ...match }] }, scimCoreUserSchema);
    expect(result).toBe(true);
    expect(root.reason).toBe(`${TEXT} — true: emails entry 2 of 3 meets the condition`);
    expect(root.children?.map((child) => [child.element, child.result, child.decisive])).toEqual([
      [0, false, false],
      [1, true, true],
      [2, true, false],
    ]);
  });

  it("a missing sub-attribute is unknown for that element; no emails at all is unknown; an empty list is false", () => {
    const partial = explainFilter(TEXT, { emails: [{ value: "d@example.com" }] }, scimCoreUserSchema);
    expect(partial.result).toBe(false);
    expect(partial.root).toMatchObject({
      result: "unknown",
      matched: false,
      reason: `${TEXT} — unknown: no emails entry meets the condition for certain; 1 of 1 entry cannot be decided (counts as not met)`,
      children: [{ result: "unknown", children: [{ result: "unknown", reason: 'type eq "work" — unknown: this entry has no type (counts as not met)' }, { result: true }] }],
    });
    expect(explainFilter(TEXT, {}, scimCoreUserSchema).root).toMatchObject({
      result: "unknown",
      matched: false,
      reason: `${TEXT} — unknown: the user object has no emails (counts as not met)`,
      children: [],
    });
    expect(explainFilter(TEXT, { emails: [] }, scimCoreUserSchema).root).toMatchObject({ result: false, reason: `${TEXT} — false: the user has no emails`, actual: [] });
  });

  it("a single complex attribute is one element; sub-attributes without a schema entry are named as written", () => {
    const { root } = explainFilter('name[givenName sw "bar"]', { name: { givenName: "Barbara" } }, scimCoreUserSchema);
    expect(root).toMatchObject({ result: true, actual: [{ givenName: "Barbara" }], children: [{ element: 0, reason: 'givenName sw "bar" — true: this entry\'s givenName is Barbara' }] });
  });

  it("sub-attributes are typed and labelled by the attribute's subAttributes", () => {
    const { root } = explainFilter('emails[primary eq "true"]', { emails: [{ primary: true }] }, scimCoreUserSchema);
    expect(root.children?.[0]).toMatchObject({ result: false, reason: 'primary eq "true" — false: primary cannot be compared with "true" by eq, so no user matches' });
  });
});

// explainFilter on the Staffbase documentation's examples over the fixture users: the exact trees.
import { describe, expect, it } from "vitest";
import type { Span } from "../../src/ast.js";
import { compileFilter } from "../../src/evaluate/compile.js";
import { explainFilter } from "../../src/explain/explain.js";
import { staffbaseUserSchema } from "../../src/schema/staffbase.js";
import { GROUP, staffbaseUsers } from "../fixtures/staffbase-users.js";
import type { FixtureUser } from "../fixtures/staffbase-users.js";

function user(id: string): FixtureUser {
  const found = staffbaseUsers.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no fixture user "${id}"`);
  return found;
}

/** The span of `part` (its first occurrence) in `text`. */
function at(text: string, part: string): Span {
  const start = text.indexOf(part);
  if (start === -1) throw new Error(`"${part}" is not in "${text}"`);
  return { start, end: start + part.length };
}

const NO_SPAN = { start: 0, end: 0 };
const STATUS = 'staffbase.status eq "activated"';
const DEFAULT = "status is activated (default)";

describe("explainFilter on seed examples", () => {
  it("role mismatch: the role comparison is false and decides; the status default is shown as an implicit clause", () => {
    const text = 'staffbase.role eq "admin"';
    expect(explainFilter(text, user("reader-scim"), staffbaseUserSchema)).toEqual({
      result: false,
      root: {
        kind: "and",
        result: false,
        matched: false,
        decisive: true,
        span: at(text, text),
        text: `${text} and ${STATUS}`,
        reason: `${text} and ${STATUS} — false: ${text} is not met`,
        children: [
          {
            kind: "compare",
            result: false,
            matched: false,
            decisive: true,
            span: at(text, text),
            text,
            reason: `${text} — false: the user's role is reader`,
            actual: ["reader"],
          },
          {
            kind: "implicit",
            result: true,
            matched: true,
            decisive: false,
            span: NO_SPAN,
            text: STATUS,
            label: DEFAULT,
            reason: `${DEFAULT} — true: the user's status is activated`,
            actual: ["activated"],
          },
        ],
      },
    });
  });

  it("the status default decides for a pending admin", () => {
    const text = 'staffbase.role eq "admin"';
    const { result, root } = explainFilter(text, user("admin-pending"), staffbaseUserSchema);
    expect(result).toBe(false);
    expect(root.reason).toBe(`${text} and ${STATUS} — false: ${DEFAULT} is not met`);
    expect(root.children).toEqual([
      { kind: "compare", result: true, matched: true, decisive: false, span: at(text, text), text, reason: `${text} — true: the user's role is admin`, actual: ["admin"] },
      {
        kind: "implicit",
        result: false,
        matched: false,
        decisive: true,
        span: NO_SPAN,
        text: STATUS,
        label: DEFAULT,
        reason: `${DEFAULT} — false: the user's status is pending`,
        actual: ["pending"],
      },
    ]);
  });

  it("access-code user (line 24): a missing userName is unknown, its negation counts as met, and the user matches", () => {
    const text = "(not (emails pr) and not (userName pr) and password pr)";
    const effective = `not (emails pr) and not (userName pr) and password pr and ${STATUS}`;
    expect(explainFilter(text, user("reader-access-code"), staffbaseUserSchema)).toEqual({
      result: true,
      root: {
        kind: "and",
        result: "unknown",
        matched: true,
        decisive: true,
        span: at(text, text.slice(1, -1)),
        text: effective,
        reason: `${effective} — unknown: 1 condition of 4 cannot be decided for this user (counts as met)`,
        children: [
          {
            kind: "not",
            result: true,
            matched: true,
            decisive: true,
            span: at(text, "not (emails pr)"),
            text: "not (emails pr)",
            reason: "not (emails pr) — true: emails pr is not met",
            children: [
              {
                kind: "present",
                result: false,
                matched: false,
                decisive: true,
                span: at(text, "emails pr"),
                text: "emails pr",
                reason: "emails pr — false: the user has no email",
                actual: [],
              },
            ],
          },
          {
            kind: "not",
            result: "unknown",
            matched: true,
            decisive: true,
            span: at(text, "not (userName pr)"),
            text: "not (userName pr)",
            reason: "not (userName pr) — unknown: userName pr cannot be decided for this user (counts as met)",
            children: [
              {
                kind: "present",
                result: "unknown",
                matched: false,
                decisive: true,
                span: at(text, "userName pr"),
                text: "userName pr",
                reason: "userName pr — unknown: the user object has no user name (counts as not met)",
              },
            ],
          },
          {
            kind: "present",
            result: true,
            matched: true,
            decisive: true,
            span: at(text, "password pr"),
            text: "password pr",
            reason: "password pr — true: the user's password is set",
            actual: [true],
          },
          {
            kind: "implicit",
            result: true,
            matched: true,
            decisive: true,
            span: NO_SPAN,
            text: STATUS,
            label: DEFAULT,
            reason: `${DEFAULT} — true: the user's status is activated`,
            actual: ["activated"],
          },
        ],
      },
    });
  });

  it("SSO user (line 27): an external id and no password", () => {
    const text = "externalId pr and not (password pr)";
    const effective = `${text} and ${STATUS}`;
    expect(explainFilter(text, user("editor-sso"), staffbaseUserSchema)).toEqual({
      result: true,
      root: {
        kind: "and",
        result: true,
        matched: true,
        decisive: true,
        span: at(text, text),
        text: effective,
        reason: `${effective} — true: all 3 conditions are met`,
        children: [
          {
            kind: "present",
            result: true,
            matched: true,
            decisive: true,
            span: at(text, "externalId pr"),
            text: "externalId pr",
            reason: "externalId pr — true: the user's external id is azure-0001",
            actual: ["azure-0001"],
          },
          {
            kind: "not",
            result: true,
            matched: true,
            decisive: true,
            span: at(text, "not (password pr)"),
            text: "not (password pr)",
            reason: "not (password pr) — true: password pr is not met",
            children: [
              {
                kind: "present",
                result: false,
                matched: false,
                decisive: true,
                span: at(text, "password pr"),
                text: "password pr",
                reason: "password pr — false: the user has no password",
                actual: [],
              },
            ],
          },
          {
            kind: "implicit",
            result: true,
            matched: true,
            decisive: true,
            span: NO_SPAN,
            text: STATUS,
            label: DEFAULT,
            reason: `${DEFAULT} — true: the user's status is activated`,
            actual: ["activated"],
          },
        ],
      },
    });
  });

  it("a filter that mentions the status gets no implicit node (line 8)", () => {
    const text = 'staffbase.status eq "activated" and staffbase.role eq "admin"';
    const { result, root } = explainFilter(text, user("v3-admin"), staffbaseUserSchema);
    expect(result).toBe(true);
    expect(root.text).toBe(text);
    expect(root.children?.map((child) => [child.kind, child.reason])).toEqual([
      ["compare", `${STATUS} — true: the user's status is activated`],
      ["compare", 'staffbase.role eq "admin" — true: the user\'s role is admin'],
    ]);
  });

  it("several values: every group id the user has", () => {
    const text = `groups eq "${GROUP}"`;
    const { root } = explainFilter(text, user("moderator-username"), staffbaseUserSchema);
    expect(root.children?.[0]).toMatchObject({
      result: true,
      actual: [GROUP, "604fab5e830203614e6fa5aa"],
      reason: `${text} — true: the user's group values are ${GROUP} and 604fab5e830203614e6fa5aa`,
    });
  });

  it("agrees with compileFilter on every seed example and fixture user", () => {
    const examples = [
      `groups eq "${GROUP}"`,
      'staffbase.status eq "activated" and staffbase.role eq "admin"',
      'staffbase.creationType eq "csv" or staffbase.creationType eq "sso"',
      'profile.department eq "Sales"',
      "(emails pr or userName pr) and password pr",
      "(not (emails pr) and not (userName pr) and password pr)",
      "externalId pr and not (password pr)",
      'deactivated gt "2021-07-07T10:00"',
      'updated lt "2021-05-24"',
    ];
    for (const text of examples) {
      const predicate = compileFilter(text, staffbaseUserSchema);
      for (const candidate of staffbaseUsers) expect(explainFilter(text, candidate, staffbaseUserSchema).result, `${text} / ${candidate.id}`).toBe(predicate(candidate));
    }
  });
});

describe("unknown: the user object lacks the attribute", () => {
  it("a real API user without the filter-only hasPassword: password pr is unknown and counts as not met", () => {
    const { result, root } = explainFilter("password pr", user("reader-real"), staffbaseUserSchema);
    expect(result).toBe(false);
    expect(root.children?.[0]).toEqual({
      kind: "present",
      result: "unknown",
      matched: false,
      decisive: true,
      span: { start: 0, end: 11 },
      text: "password pr",
      reason: "password pr — unknown: the user object has no password (counts as not met)",
    });
  });

  it("ne on a missing attribute is unknown but counts as met, as in the evaluator (no groups: not a member)", () => {
    const text = `groups ne "${GROUP}"`;
    const { result, root } = explainFilter(text, user("v3-admin"), staffbaseUserSchema);
    expect(result).toBe(true);
    expect(root.result).toBe("unknown");
    expect(root.children?.[0]).toMatchObject({ result: "unknown", matched: true, reason: `${text} — unknown: the user object has no group (counts as met)` });
    expect(root.children?.[0]).not.toHaveProperty("actual");
  });

  it("without a schema, an empty user makes every comparison unknown", () => {
    const { result, root } = explainFilter('title eq "Boss" or not (nickName pr)', {});
    expect(result).toBe(true);
    expect(root).toMatchObject({
      kind: "or",
      result: "unknown",
      matched: true,
      reason: 'title eq "Boss" or not (nickName pr) — unknown: 2 conditions of 2 cannot be decided for this user (counts as met)',
      children: [
        { kind: "compare", result: "unknown", matched: false, decisive: false, reason: 'title eq "Boss" — unknown: the user object has no title (counts as not met)' },
        { kind: "not", result: "unknown", matched: true, decisive: true, children: [{ kind: "present", result: "unknown", decisive: true }] },
      ],
    });
  });

  it("a comparison that can never match is false, not unknown, even for a missing attribute", () => {
    const { root } = explainFilter('created co "2021"', {}, { ...staffbaseUserSchema, implicit: [] });
    expect(root).toMatchObject({ result: false, matched: false, reason: 'created co "2021" — false: created cannot be compared with "2021" by co, so no user matches' });
    expect(explainFilter("title gt null", { title: "x" }).root.reason).toBe("title gt null — false: only eq and ne compare with null, so no user matches");
  });
});

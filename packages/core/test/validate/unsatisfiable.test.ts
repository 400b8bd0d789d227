// Contradiction warnings: clauses of one `and` chain that no user can satisfy together.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Diagnostic, FilterSchema } from "../../src/index.js";
import { scimCoreUserSchema, staffbaseUserSchema, validateFilter } from "../../src/index.js";
import { single, spanText } from "./support.js";

const SUFFIX = ": this part of the filter matches nothing";

function unsatisfiable(text: string, schema: FilterSchema = staffbaseUserSchema): Diagnostic[] {
  return validateFilter(text, schema).filter((diagnostic) => diagnostic.code === "unsatisfiable");
}

describe("unsatisfiable", () => {
  it("warns when a single-valued attribute must equal two values", () => {
    const text = 'staffbase.status eq "activated" and staffbase.status eq "pending"';
    const diagnostic = single(validateFilter(text, staffbaseUserSchema));
    expect(diagnostic).toEqual({
      severity: "warning",
      code: "unsatisfiable",
      message: `staffbase.status cannot equal both "activated" and "pending"${SUFFIX}`,
      span: { start: 36, end: 65 },
      suggestions: [],
    });
    expect(spanText(text, diagnostic.span)).toBe('staffbase.status eq "pending"');
  });

  it("warns for date ranges that cannot overlap, in either order", () => {
    const text = 'created gt "2022-01-01" and created lt "2021-01-01"';
    expect(single(validateFilter(text, staffbaseUserSchema))).toEqual({
      severity: "warning",
      code: "unsatisfiable",
      message: `created cannot be after 2022-01-01 and before 2021-01-01 at once${SUFFIX}`,
      span: { start: 28, end: 51 },
      suggestions: [],
    });
    const reversed = 'updated le "2021-01-01" and updated ge "2022-01-01"';
    expect(single(unsatisfiable(reversed))).toMatchObject({
      message: `updated cannot be after 2022-01-01 and before 2021-01-01 at once${SUFFIX}`,
      span: { start: 28, end: 51 },
    });
  });

  it.each([
    ['created gt "2022-01-01" and created lt "2022-01-01"'],
    ['created ge "2022-01-01" and created lt "2022-01-01"'],
    ['created gt "2022-01-01" and created le "2022-01-01"'],
    // The same instant written in two of the documented forms.
    ['created ge "2022-05-30T10:00" and created lt "2022-05-30T10:00:00.000Z"'],
    // Offsets are compared as instants: 12:00+02:00 is 10:00Z.
    ['deactivated gt "2022-05-30T12:00+02:00" and deactivated lt "2022-05-30T09:30Z"'],
  ])("warns for equal or crossing bounds with a strict operator: %s", (text) => {
    const diagnostic = single(unsatisfiable(text));
    expect(diagnostic.severity).toBe("warning");
    expect(diagnostic.span.end).toBe(text.length);
  });

  it("warns for presence and absence of one attribute", () => {
    const text = "userName pr and not (userName pr)";
    expect(single(validateFilter(text, staffbaseUserSchema))).toEqual({
      severity: "warning",
      code: "unsatisfiable",
      message: `userName cannot be present and absent at once${SUFFIX}`,
      span: { start: 16, end: 33 },
      suggestions: [],
    });
    expect(single(unsatisfiable("not (password pr) and externalId pr and password pr")).span).toEqual({ start: 0, end: 17 });
  });

  it("warns for equal and not equal, honouring caseExact", () => {
    expect(single(unsatisfiable('userName eq "bjensen" and userName ne "BJENSEN"', scimCoreUserSchema))).toMatchObject({
      message: `userName cannot both equal and not equal "BJENSEN"${SUFFIX}`,
      span: { start: 26, end: 47 },
    });
    // externalId is case-exact: "a" and "A" are different values.
    expect(unsatisfiable('externalId eq "a" and externalId ne "A"', scimCoreUserSchema)).toEqual([]);
  });

  it("warns for absent and equal", () => {
    expect(single(unsatisfiable('not (title pr) and title eq "Boss"', scimCoreUserSchema))).toMatchObject({
      message: `title cannot be absent and equal "Boss"${SUFFIX}`,
      span: { start: 0, end: 14 },
    });
  });

  it("compares profile values case-insensitively", () => {
    expect(unsatisfiable('profile.department eq "Sales" and profile.department eq "SALES"')).toEqual([]);
    expect(single(unsatisfiable('profile.department eq "Sales" and profile.department eq "Marketing"')).message).toBe(
      `profile.department cannot equal both "Sales" and "Marketing"${SUFFIX}`,
    );
  });

  it("takes a parenthesized and-chain inside an and-chain as part of it, warning once", () => {
    const text = 'staffbase.status eq "activated" and (userName pr and staffbase.status eq "pending")';
    const diagnostic = single(validateFilter(text, staffbaseUserSchema));
    expect(spanText(text, diagnostic.span)).toBe('staffbase.status eq "pending"');
    expect(unsatisfiable('(staffbase.role eq "admin" and userName pr) and (title pr and staffbase.role eq "editor")')).toHaveLength(1);
    // An or-branch is not part of the chain around it.
    expect(unsatisfiable('staffbase.status eq "activated" and (userName pr or staffbase.status eq "pending")')).toEqual([]);
  });

  it("reads not (x eq V) as x ne V", () => {
    const text = 'not (staffbase.role eq "admin") and staffbase.role eq "admin"';
    expect(single(unsatisfiable(text)).message).toBe(`staffbase.role cannot both equal and not equal "admin"${SUFFIX}`);
    expect(unsatisfiable('not (staffbase.role eq "admin") and staffbase.role eq "editor"')).toEqual([]);
    // Not the other way round: `ne` with a value of the wrong type holds for nobody, so its negation for everybody.
    expect(unsatisfiable('not (staffbase.role ne "admin") and staffbase.role eq "editor"')).toEqual([]);
  });

  it("reads eq null as absent and ne null as present", () => {
    expect(unsatisfiable("not (title pr) and title eq null", scimCoreUserSchema)).toEqual([]);
    expect(single(unsatisfiable("title pr and title eq null", scimCoreUserSchema)).message).toBe(`title cannot be present and absent at once${SUFFIX}`);
    expect(single(unsatisfiable("title ne null and not (title pr)", scimCoreUserSchema)).message).toBe(`title cannot be present and absent at once${SUFFIX}`);
  });

  it("warns for a date equal to an instant outside the range, in either order", () => {
    const text = 'created eq "2021-01-01" and created gt "2022-01-01"';
    const diagnostic = single(unsatisfiable(text));
    expect(spanText(text, diagnostic.span)).toBe('created gt "2022-01-01"');
    expect(single(unsatisfiable('created lt "2021-01-01" and created eq "2021-06-01"')).message).toBe(
      `created cannot equal "2021-06-01" and lie outside the range the other clauses set${SUFFIX}`,
    );
    expect(unsatisfiable('created ge "2021-01-01" and created eq "2021-01-01"')).toEqual([]);
    expect(single(unsatisfiable('created gt "2021-01-01" and created eq "2021-01-01"')).severity).toBe("warning");
  });

  it("warns inside one branch of an or", () => {
    const text = 'userName pr or (staffbase.status eq "activated" and staffbase.status eq "pending")';
    const diagnostic = single(validateFilter(text, staffbaseUserSchema));
    expect(diagnostic.code).toBe("unsatisfiable");
    expect(spanText(text, diagnostic.span)).toBe('staffbase.status eq "pending"');
  });

  it("treats the brackets of a value path as one entry", () => {
    expect(single(unsatisfiable('emails[type eq "work" and type eq "home"]', scimCoreUserSchema)).span).toEqual({ start: 26, end: 40 });
    expect(unsatisfiable('emails[type eq "work"] and emails[type eq "home"]', scimCoreUserSchema)).toEqual([]);
    expect(unsatisfiable('emails.type eq "work" and emails.type eq "home"', scimCoreUserSchema)).toEqual([]);
  });

  it.each([
    // Multi-valued: a user can be in both groups or spaces.
    ['groups eq "604fab5e830203614e6fa59d" and groups eq "5fc7743d3dd910548d350a2a"'],
    ['staffbase.space eq "604fab5e830203614e6fa59d" and staffbase.space eq "5fc7743d3dd910548d350a2a"'],
    // Alternatives, not conjunctions.
    ['staffbase.status eq "activated" or staffbase.status eq "pending"'],
    ['staffbase.creationType eq "csv" or staffbase.creationType eq "sso"'],
    ["userName pr or not (userName pr)"],
    // Bounds that overlap, or meet inclusively.
    ['created gt "2021-01-01" and created lt "2022-01-01"'],
    ['created ge "2022-01-01" and created le "2022-01-01"'],
    ['created gt "2022-05-30T12:00+02:00" and created lt "2022-05-30T10:30Z"'],
    ['created gt "2022-01-01" and created lt "2022-01-01T00:00:00.001Z"'],
    // Different attributes, the same value twice, a contradiction split across an or.
    ['created gt "2022-01-01" and updated lt "2021-01-01"'],
    ['staffbase.status eq "pending" and staffbase.status eq "pending"'],
    ['created gt "2022-01-01" and (created lt "2021-01-01" or userName pr)'],
    ['staffbase.status eq "activated" and staffbase.role eq "admin"'],
  ])("does not warn for %s", (text) => {
    expect(validateFilter(text, staffbaseUserSchema)).toEqual([]);
  });
});

describe("unsatisfiable, in long chains", () => {
  const CLAUSES = [
    'staffbase.status eq "activated"',
    'staffbase.status eq "pending"',
    'staffbase.status ne "pending"',
    'not (staffbase.status eq "activated")',
    "userName pr",
    "not (userName pr)",
    "userName eq null",
    'created gt "2022-01-01"',
    'created lt "2021-01-01"',
    'created eq "2021-06-01T00:00:00Z"',
    'profile.department eq "Sales"',
    'PROFILE.department ne "sales"',
  ];
  // Clauses on no single-valued attribute the others are on: multi-valued, unknown, each on its own field, or a group.
  const NOISE = ['groups eq "604fab5e830203614e6fa59d"', "nosuch pr", "(title pr or nickName pr)", ...Array.from({ length: 20 }, (_, i) => `profile.noise${i} eq "x"`)];
  const warnings = (text: string) => unsatisfiable(text).map((diagnostic) => [diagnostic.message, spanText(text, diagnostic.span)]);

  it("warns about the same clauses whatever clauses on other attributes stand between them", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...CLAUSES), { minLength: 1, maxLength: 6 }),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...NOISE)), { maxLength: 8 }),
        (clauses, noise) => {
          const mixed = [...clauses];
          for (const [at, clause] of noise) mixed.splice(at % (mixed.length + 1), 0, clause);
          expect(warnings(mixed.join(" and "))).toEqual(warnings(clauses.join(" and ")));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("still warns in the check during which the remembered paths reach their limit and start afresh", () => {
    const schema: FilterSchema = { ...staffbaseUserSchema };
    // 9,998 distinct paths remembered, then a chain whose own paths cross 10,000 between its two userName clauses.
    for (let start = 0; start < 9_998; start += 1_000) {
      validateFilter(Array.from({ length: Math.min(1_000, 9_998 - start) }, (_, index) => `q${start + index} pr`).join(" and "), schema);
    }
    const text = 'userName eq "a" and r1 pr and r2 pr and r3 pr and userName eq "b"';
    expect(unsatisfiable(text, schema)).toEqual(unsatisfiable(text, { ...staffbaseUserSchema }));
    expect(unsatisfiable(text, schema)).toHaveLength(1);
  });

  it("warns the same with a schema checked before as with a new one (what a check remembers does not leak)", () => {
    const warm = staffbaseUserSchema;
    const chain = (clauses: readonly string[]) => clauses.join(" and ");
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...CLAUSES, ...NOISE), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 4 }), (chains) => {
        // A copy is a schema never seen: its paths are resolved afresh.
        const cold: FilterSchema = { ...staffbaseUserSchema };
        for (const clauses of chains) {
          const text = chain(clauses);
          expect(unsatisfiable(text, warm)).toEqual(unsatisfiable(text, cold));
        }
      }),
      { numRuns: 200 },
    );
  });
});

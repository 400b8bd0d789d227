// The examples of Staffbase's filter documentation (shared/seeds/004, lines 2–49) are valid as written.
import { describe, expect, it } from "vitest";
import { staffbaseUserSchema, validateFilter } from "../../src/index.js";

/** Seed line number and filter; `profile.{fieldID}` written with a field id. */
const SEED_EXAMPLES: [number, string][] = [
  [2, 'groups eq "604fab5e830203614e6fa59d"'],
  [5, 'staffbase.space eq "5fc7743d3dd910548d350a2a"'],
  [8, 'staffbase.status eq "activated" and staffbase.role eq "admin"'],
  [11, 'staffbase.creationType eq "csv" or staffbase.creationType eq "sso"'],
  [14, 'profile.department eq "value"'],
  [21, "(emails pr or userName pr) and password pr"],
  [24, "(not (emails pr) and not (userName pr) and password pr)"],
  [27, "(externalId pr and not (password pr))"],
  [34, 'created gt "2021-01-01T10:00"'],
  [37, 'created lt "2022-01-01"'],
  [40, 'updated gt "2021-07-07T10:00"'],
  [43, 'updated lt "2021-05-24"'],
  [46, 'deactivated gt "2021-07-07T10:00"'],
  [49, 'deactivated lt "2021-05-24"'],
];

describe("Staffbase documentation examples", () => {
  it.each(SEED_EXAMPLES)("line %i: %s has no diagnostics", (_line, filter) => {
    expect(validateFilter(filter, staffbaseUserSchema)).toEqual([]);
  });

  it("accepts the decoded URL example", () => {
    const url = "https://exampleapp.staffbase.com/api/users?filter=(not%20(emails%20pr)%20and%20not%20(userName%20pr)%20and%20password%20pr)";
    const filter = new URL(url).searchParams.get("filter") ?? "";
    expect(filter).toBe("(not (emails pr) and not (userName pr) and password pr)");
    expect(validateFilter(filter, staffbaseUserSchema)).toEqual([]);
  });

  it.each(["2022-05-30", "2022-05-30T10:00", "2022-05-30T10:00:00.000Z", "2021-07-07", "2021-07-07T10:00", "2021-07-07T10:00:00.000Z"])(
    "accepts the documented date form %s with every range operator",
    (date) => {
      for (const path of ["created", "updated", "deactivated"]) {
        for (const operator of ["gt", "ge", "lt", "le"]) {
          expect(validateFilter(`${path} ${operator} "${date}"`, staffbaseUserSchema)).toEqual([]);
        }
      }
    },
  );

  it.each([
    ...["csv", "direct", "scim", "sso"].map((value) => `staffbase.creationType eq "${value}"`),
    ...["admin", "editor", "moderator", "managingEditor", "reader"].map((value) => `staffbase.role eq "${value}"`),
    ...["activated", "deactivated", "pending"].map((value) => `staffbase.status eq "${value}"`),
    'groups ne "604fab5e830203614e6fa59d"',
    ...["emails", "externalId", "password", "staffbase.recoveryCode", "userName"].map((path) => `${path} pr`),
    // Scripts-Intranet's request: a whole filter in parentheses.
    '(staffbase.status eq "pending")',
  ])("accepts the table's value: %s", (filter) => {
    expect(validateFilter(filter, staffbaseUserSchema)).toEqual([]);
  });
});

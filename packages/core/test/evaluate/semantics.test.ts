// The evaluator's rules one by one, on small hand-made users.
import { describe, expect, it } from "vitest";
import { compileFilter } from "../../src/evaluate/compile.js";
import { scimCoreUserSchema } from "../../src/schema/scim-core.js";
import { staffbaseUserSchema } from "../../src/schema/staffbase.js";
import type { FilterSchema, UserRecord } from "../../src/schema/types.js";
import { ids } from "./helpers.js";

/** Whether the filter matches one user. */
function matches(filter: string, user: UserRecord, schema?: FilterSchema): boolean {
  return compileFilter(filter, schema)(user);
}

const NO_IMPLICIT: FilterSchema = { ...staffbaseUserSchema, implicit: [] };

describe("multi-valued attributes", () => {
  const users = [
    { id: "xy", groups: ["x", "y"] },
    { id: "y", groups: ["y"] },
    { id: "empty", groups: [] },
    { id: "missing" },
    { id: "null", groups: null },
    { id: "nulls", groups: [null] },
  ];

  it("an operator matches when any value matches", () => {
    expect(ids(users, 'groups eq "x"')).toEqual(["xy"]);
    expect(ids(users, 'groups eq "y"')).toEqual(["xy", "y"]);
    expect(ids(users, 'groups sw "X"')).toEqual(["xy"]);
  });

  it("ne means that no value equals; users without values match", () => {
    expect(ids(users, 'groups ne "x"')).toEqual(["y", "empty", "missing", "null", "nulls"]);
    expect(ids(users, 'groups ne "x"')).toEqual(ids(users, 'not (groups eq "x")'));
  });

  it("Staffbase groups ne = not a member (read from groupIDs)", () => {
    const staffbase = [
      { id: "member", groupIDs: ["604fab5e830203614e6fa59d", "604fab5e830203614e6fa5aa"] },
      { id: "other", groupIDs: ["604fab5e830203614e6fa5aa"] },
      { id: "none", groupIDs: [] },
      { id: "v3" },
    ];
    expect(ids(staffbase, 'groups eq "604fab5e830203614e6fa59d"', NO_IMPLICIT)).toEqual(["member"]);
    expect(ids(staffbase, 'groups ne "604fab5e830203614e6fa59d"', NO_IMPLICIT)).toEqual(["other", "none", "v3"]);
  });

  it("a missing single value: eq co sw ew gt ge lt le are false, ne is true", () => {
    for (const operator of ["eq", "co", "sw", "ew", "gt", "ge", "lt", "le"]) {
      expect(matches(`title ${operator} "x"`, {}), operator).toBe(false);
      expect(matches(`title ${operator} "x"`, { title: null }), operator).toBe(false);
    }
    expect(matches('title ne "x"', {})).toBe(true);
    expect(matches('title ne "x"', { title: null })).toBe(true);
    expect(matches('title ne "x"', { title: "y" })).toBe(true);
    expect(matches('title ne "x"', { title: "X" })).toBe(false);
  });

  it("complex values whose value is missing are skipped: ne holds, eq does not", () => {
    expect(matches('emails ne "x"', { emails: [{ value: null, type: "work" }] })).toBe(true);
    expect(matches('emails eq "x"', { emails: [{ value: null, type: "work" }] })).toBe(false);
    expect(matches('emails ne "x"', { emails: [{ type: "work" }] })).toBe(false);
  });

  it("ne needs every value to be comparable: a value of the wrong type makes it fail", () => {
    expect(matches('groups ne "x"', { groups: ["y", 5] })).toBe(false);
    expect(matches('groups eq "y"', { groups: ["y", 5] })).toBe(true);
  });

  it("complex multi-valued attributes compared directly compare their value sub-attribute (RFC: emails co)", () => {
    const user = { emails: [{ value: "bjensen@example.com", type: "work" }, { value: "babs@jensen.org", type: "home" }] };
    expect(matches('emails co "example.com"', user, scimCoreUserSchema)).toBe(true);
    expect(matches('emails co "example.com"', user)).toBe(true);
    expect(matches('emails ew "jensen.org"', user)).toBe(true);
    expect(matches('emails co "work"', user)).toBe(false);
    expect(matches('emails eq "BJENSEN@example.com"', user, scimCoreUserSchema)).toBe(true);
    expect(matches('emails ne "bjensen@example.com"', user, scimCoreUserSchema)).toBe(false);
  });

  it("a sub-attribute of a multi-valued attribute is collected from every element", () => {
    const user = { emails: [{ value: "a@one.org" }, { value: "b@two.org" }, { type: "work" }] };
    expect(matches('emails.value co "two"', user)).toBe(true);
    expect(matches('emails.value co "two"', user, scimCoreUserSchema)).toBe(true);
    expect(matches('emails.value eq "a@one.org"', user, scimCoreUserSchema)).toBe(true);
    expect(matches('emails.value ne "a@one.org"', user, scimCoreUserSchema)).toBe(false);
    expect(matches('emails.value ne "c@three.org"', user, scimCoreUserSchema)).toBe(true);
    expect(matches('emails.type eq "WORK"', user, scimCoreUserSchema)).toBe(true);
  });
});

describe("pr", () => {
  const notPresent: [string, unknown][] = [
    ["undefined", undefined],
    ["null", null],
    ['""', ""],
    ["[]", []],
    ["[null, '', []]", [null, "", []]],
    ["{ value: null }", { value: null }],
    ["{ value: '' }", { value: "" }],
    ["[{ value: '' }]", [{ value: "" }]],
    ["{ Value: [] } (key case-insensitive)", { Value: [] }],
    ["{} (an empty node)", {}],
    ["{ givenName: null } (an empty node)", { givenName: null }],
  ];
  const present: [string, unknown][] = [
    ["false", false],
    ["0", 0],
    ["' '", " "],
    ["'x'", "x"],
    ["[false]", [false]],
    ["[null, 'x']", [null, "x"]],
    ["{ value: 'x' }", { value: "x" }],
    ["{ value: false }", { value: false }],
    ["[{ value: '' }, { value: 'x' }]", [{ value: "" }, { value: "x" }]],
    ["{ givenName: 'Ann' }", { givenName: "Ann" }],
  ];

  it.each(notPresent)("%s is not present", (_label, value) => {
    expect(matches("attr pr", { attr: value })).toBe(false);
    expect(matches("not (attr pr)", { attr: value })).toBe(true);
  });

  it.each(present)("%s is present", (_label, value) => {
    expect(matches("attr pr", { attr: value })).toBe(true);
  });

  it("Staffbase password and recovery code are present only when the user's filter-only flag says true", () => {
    expect(matches("password pr", { hasPassword: true }, NO_IMPLICIT)).toBe(true);
    expect(matches("password pr", { hasPassword: false }, NO_IMPLICIT)).toBe(false);
    expect(matches("password pr", {}, NO_IMPLICIT)).toBe(false);
    // Nothing demo-only: the published schema does not read a mock's `_mock` object.
    expect(matches("password pr", { _mock: { hasPassword: true } }, NO_IMPLICIT)).toBe(false);
    expect(matches("staffbase.recoveryCode pr", { hasRecoveryCode: true }, NO_IMPLICIT)).toBe(true);
  });

  it("Staffbase emails pr reads legacy emails and v3 email", () => {
    expect(matches("emails pr", { emails: [{ value: "a@b.c", primary: true }] }, NO_IMPLICIT)).toBe(true);
    expect(matches("emails pr", { emails: [] }, NO_IMPLICIT)).toBe(false);
    expect(matches("emails pr", { email: { value: "a@b.c" } }, NO_IMPLICIT)).toBe(true);
    expect(matches("emails pr", { email: { value: "" } }, NO_IMPLICIT)).toBe(false);
    expect(matches("emails pr", { email: null }, NO_IMPLICIT)).toBe(false);
    expect(matches("userName pr", { userName: { value: "x" } }, NO_IMPLICIT)).toBe(true);
    expect(matches("userName pr", { userName: "" }, NO_IMPLICIT)).toBe(false);
  });
});

describe("strings", () => {
  it("compare case-insensitively by default", () => {
    const user = { userName: "bjensen", title: "Tour Guide" };
    expect(matches('userName eq "BJensen"', user)).toBe(true);
    expect(matches('userName eq "BJensen"', user, scimCoreUserSchema)).toBe(true);
    expect(matches('title co "GUIDE"', user, scimCoreUserSchema)).toBe(true);
    expect(matches('title sw "tour"', user, scimCoreUserSchema)).toBe(true);
    expect(matches('title ew "guide"', user, scimCoreUserSchema)).toBe(true);
    expect(matches('title ne "TOUR GUIDE"', user, scimCoreUserSchema)).toBe(false);
    expect(matches('title co ""', user, scimCoreUserSchema)).toBe(true);
  });

  it("respect case for caseExact attributes", () => {
    const user = { id: "2819c223-7f76-453a-919d-413861904646", externalId: "Bjensen" };
    expect(matches('id eq "2819C223-7F76-453A-919D-413861904646"', user, scimCoreUserSchema)).toBe(false);
    expect(matches('id eq "2819c223-7f76-453a-919d-413861904646"', user, scimCoreUserSchema)).toBe(true);
    expect(matches('externalId sw "bj"', user, scimCoreUserSchema)).toBe(false);
    expect(matches('externalId sw "Bj"', user, scimCoreUserSchema)).toBe(true);
    // Without a schema nothing is caseExact.
    expect(matches('externalId sw "bj"', user)).toBe(true);
  });

  it("Staffbase enums are exact: staffbase.role eq \"Admin\" matches nobody", () => {
    const admin = { status: "activated", role: { type: "admin" } };
    expect(matches('staffbase.role eq "Admin"', admin, staffbaseUserSchema)).toBe(false);
    expect(matches('staffbase.role eq "admin"', admin, staffbaseUserSchema)).toBe(true);
    expect(matches('STAFFBASE.ROLE EQ "admin"', admin, staffbaseUserSchema)).toBe(true);
    expect(matches('staffbase.status eq "Activated"', admin, staffbaseUserSchema)).toBe(false);
  });

  it("order lexicographically (by UTF-16 code units, after lower-casing unless caseExact)", () => {
    expect(matches('name.familyName gt "m"', { name: { familyName: "Nguyen" } })).toBe(true);
    expect(matches('name.familyName gt "m"', { name: { familyName: "Jensen" } })).toBe(false);
    expect(matches('name.familyName ge "jensen"', { name: { familyName: "Jensen" } })).toBe(true);
    expect(matches('name.familyName le "JENSEN"', { name: { familyName: "jensen" } })).toBe(true);
    expect(matches('name.familyName lt "jensen"', { name: { familyName: "Jensen" } })).toBe(false);
    // caseExact: "a" (0x61) sorts after "B" (0x42); case-insensitively it does not.
    expect(matches('id gt "B"', { id: "a" }, scimCoreUserSchema)).toBe(true);
    expect(matches('userName gt "B"', { userName: "a" }, scimCoreUserSchema)).toBe(false);
  });
});

describe("dates", () => {
  const boundary = [
    { id: "before-day", created: "2020-12-31T10:00:00.000Z" },
    { id: "minus-1ms", created: "2021-01-01T09:59:59.999Z" },
    { id: "exact", created: "2021-01-01T10:00:00.000Z" },
    { id: "plus-1ms", created: "2021-01-01T10:00:00.001Z" },
    { id: "zone-less", created: "2021-01-01T10:00" },
    { id: "offset", created: "2021-01-01T12:00:00+02:00" },
  ];

  it.each([
    ["gt", ["plus-1ms"]],
    ["ge", ["exact", "plus-1ms", "zone-less", "offset"]],
    ["lt", ["before-day", "minus-1ms"]],
    ["le", ["before-day", "minus-1ms", "exact", "zone-less", "offset"]],
    ["eq", ["exact", "zone-less", "offset"]],
    ["ne", ["before-day", "minus-1ms", "plus-1ms"]],
  ])("created %s 2021-01-01T10:00 compares instants", (operator, expected) => {
    expect(ids(boundary, `created ${operator} "2021-01-01T10:00"`, NO_IMPLICIT)).toEqual(expected);
    expect(ids(boundary, `created ${operator} "2021-01-01T10:00:00.000Z"`, NO_IMPLICIT)).toEqual(expected);
    // Without a schema both sides are dates, so they compare the same way.
    expect(ids(boundary, `created ${operator} "2021-01-01T10:00"`)).toEqual(expected);
  });

  it("a date alone is 00:00 UTC: eq matches only that instant", () => {
    const users = [
      { id: "midnight", created: "2022-05-30T00:00:00.000Z" },
      { id: "date-only", created: "2022-05-30" },
      { id: "midnight-cest", created: "2022-05-30T02:00+02:00" },
      { id: "morning", created: "2022-05-30T10:00:00.000Z" },
      { id: "day-before", created: "2022-05-29T23:59:59.999Z" },
    ];
    expect(ids(users, 'created eq "2022-05-30"', NO_IMPLICIT)).toEqual(["midnight", "date-only", "midnight-cest"]);
    expect(ids(users, 'created lt "2022-05-30"', NO_IMPLICIT)).toEqual(["day-before"]);
    expect(ids(users, 'created ge "2022-05-30"', NO_IMPLICIT)).toEqual(["midnight", "date-only", "midnight-cest", "morning"]);
  });

  it("reads full ISO time stamps with milliseconds and v3 createdAt", () => {
    const user = { createdAt: "2021-03-04T05:06:07.123Z" };
    expect(matches('created eq "2021-03-04T05:06:07.123Z"', user, NO_IMPLICIT)).toBe(true);
    expect(matches('created gt "2021-03-04T05:06:07.122Z"', user, NO_IMPLICIT)).toBe(true);
    expect(matches('created gt "2021-03-04T05:06"', user, NO_IMPLICIT)).toBe(true);
    expect(matches('created lt "2021-03-04T05:06:08"', user, NO_IMPLICIT)).toBe(true);
  });

  it("meta.lastModified gt (RFC 7644 example) with the core schema", () => {
    const users = [
      { id: "later", meta: { lastModified: "2011-05-13T04:42:34.001Z" } },
      { id: "exact", meta: { lastModified: "2011-05-13T04:42:34Z" } },
      { id: "earlier", meta: { lastModified: "2010-01-23T04:56:22Z" } },
      { id: "none", meta: {} },
    ];
    expect(ids(users, 'meta.lastModified gt "2011-05-13T04:42:34Z"', scimCoreUserSchema)).toEqual(["later"]);
    expect(ids(users, 'meta.lastModified ge "2011-05-13T04:42:34Z"', scimCoreUserSchema)).toEqual(["later", "exact"]);
    expect(ids(users, 'meta.lastModified ne "2011-05-13T04:42:34Z"', scimCoreUserSchema)).toEqual(["later", "earlier", "none"]);
  });

  it("co, sw and ew do not apply to dateTime attributes", () => {
    const user = { meta: { lastModified: "2011-05-13T04:42:34Z" } };
    expect(matches('meta.lastModified sw "2011-05-13"', user, scimCoreUserSchema)).toBe(false);
    expect(matches('meta.lastModified co "2011-05-13T04:42:34Z"', user, scimCoreUserSchema)).toBe(false);
    expect(matches('meta.lastModified ew "2011-05-13T04:42:34Z"', user, scimCoreUserSchema)).toBe(false);
    expect(matches('meta.lastModified sw "2011"', user, scimCoreUserSchema)).toBe(false);
    // Without a schema they are string operators.
    expect(matches('meta.lastModified sw "2011-05-13"', user)).toBe(true);
    expect(matches('meta.lastModified co "2011-05-13T04:42:34Z"', user)).toBe(true);
  });

  it("without a schema a date filter value compares as a string with values that are not dates", () => {
    expect(matches('note gt "2022-01-01"', { note: "zebra" })).toBe(true);
    expect(matches('note eq "2022-01-01"', { note: "2022-01-01T00:00:00Z" })).toBe(true);
    expect(matches('note eq "2022-01-01"', { note: "2022-01-01 is a date" })).toBe(false);
  });
});

describe("numbers and booleans", () => {
  it("numbers compare numerically; co, sw and ew are false", () => {
    const users = [
      { id: "29", age: 29 },
      { id: "30", age: 30 },
      { id: "31", age: 31.5 },
      { id: "string", age: "31" },
      { id: "none" },
    ];
    expect(ids(users, "age gt 30")).toEqual(["31"]);
    expect(ids(users, "age ge 30")).toEqual(["30", "31"]);
    expect(ids(users, "age lt 30")).toEqual(["29"]);
    expect(ids(users, "age le 3e1")).toEqual(["29", "30"]);
    expect(ids(users, "age eq 30")).toEqual(["30"]);
    expect(ids(users, "age ne 30")).toEqual(["29", "31", "none"]);
    expect(ids(users, "age co 3")).toEqual([]);
    expect(ids(users, "age sw 3")).toEqual([]);
    expect(ids(users, "age ew 0")).toEqual([]);
  });

  it("booleans support eq and ne", () => {
    const users = [
      { id: "yes", active: true },
      { id: "no", active: false },
      { id: "string", active: "true" },
      { id: "none" },
    ];
    expect(ids(users, "active eq true", scimCoreUserSchema)).toEqual(["yes"]);
    expect(ids(users, "active eq false", scimCoreUserSchema)).toEqual(["no"]);
    expect(ids(users, "active ne true", scimCoreUserSchema)).toEqual(["no", "none"]);
    expect(ids(users, "active eq true")).toEqual(["yes"]);
    expect(ids(users, "active gt false", scimCoreUserSchema)).toEqual([]);
    expect(ids(users, "active co true")).toEqual([]);
  });
});

describe("null as a filter value (RFC 7643 §2.5: null is unassigned)", () => {
  const users = [{ id: "set", title: "Boss" }, { id: "empty", title: "" }, { id: "null", title: null }, { id: "none" }];

  it("eq null is not present, ne null is present, other operators match nothing", () => {
    expect(ids(users, "title eq null")).toEqual(["empty", "null", "none"]);
    expect(ids(users, "title ne null")).toEqual(["set"]);
    expect(ids(users, "title co null")).toEqual([]);
    expect(ids(users, "title gt null", scimCoreUserSchema)).toEqual([]);
  });
});

describe("wrong types match nothing and never throw", () => {
  const users = [
    { id: "date", meta: { lastModified: "2020-01-01T00:00:00Z" }, userName: "bjensen", active: true, created: "2020-01-01" },
    { id: "bad-date", meta: { lastModified: "yesterday" }, userName: 42, active: "yes", created: "2020-02-30" },
    { id: "number-date", meta: { lastModified: 1577836800000 }, created: 1577836800000 },
    { id: "none" },
  ];

  it.each([
    ["meta.lastModified gt 5", scimCoreUserSchema],
    ["meta.lastModified ne 5", scimCoreUserSchema],
    ["meta.lastModified eq true", scimCoreUserSchema],
    ['meta.lastModified gt "yesterday"', scimCoreUserSchema],
    ['meta.lastModified ne "2022-13-01"', scimCoreUserSchema],
    ["userName eq true", scimCoreUserSchema],
    ["userName ne true", scimCoreUserSchema],
    ["userName ne 42", scimCoreUserSchema],
    ['active eq "true"', scimCoreUserSchema],
    ['active ne "true"', scimCoreUserSchema],
    ["created eq 20200101", NO_IMPLICIT],
    ['created ne "2020-01-01T25:00"', NO_IMPLICIT],
    ['staffbase.role eq 1', NO_IMPLICIT],
  ] as const)("%s matches nobody", (filter, schema) => {
    expect(ids(users, filter, schema)).toEqual([]);
  });

  it("unparsable or non-string dates in the user object match nothing, not even ne", () => {
    expect(ids(users, 'meta.lastModified lt "2030-01-01"', scimCoreUserSchema)).toEqual(["date"]);
    expect(ids(users, 'meta.lastModified ne "2030-01-01"', scimCoreUserSchema)).toEqual(["date", "none"]);
    expect(ids(users, 'created ne "2030-01-01"', NO_IMPLICIT)).toEqual(["date", "none"]);
  });

  it("a string attribute holding a number compares with nothing", () => {
    expect(ids(users, 'userName ne "x"', scimCoreUserSchema)).toEqual(["date", "number-date", "none"]);
    expect(ids(users, "userName pr", scimCoreUserSchema)).toEqual(["date", "bad-date"]);
  });
});

describe("attribute lookup", () => {
  it("keys match case-insensitively, the exact spelling first", () => {
    expect(matches('userName eq "x"', { UserName: "x" })).toBe(true);
    expect(matches('USERNAME eq "b"', { userName: "a", USERNAME: "b" })).toBe(true);
    expect(matches('userName eq "a"', { userName: "a", USERNAME: "b" })).toBe(true);
    expect(matches('name.givenName eq "ann"', { Name: { GIVENNAME: "Ann" } })).toBe(true);
  });

  it("reads own properties only", () => {
    expect(matches("constructor pr", {})).toBe(false);
    expect(matches("toString pr", {})).toBe(false);
    expect(matches('hasOwnProperty eq "x"', {})).toBe(false);
    expect(matches("constructor.name pr", {})).toBe(false);
  });

  it("unknown attributes under a schema are read generically and typed by the filter value", () => {
    const users = [
      { id: "bob", status: "activated", nickName: "Bob", level: 4 },
      { id: "ann", status: "activated", nickName: "Ann", level: 2 },
    ];
    expect(ids(users, 'nickName eq "bob"', staffbaseUserSchema)).toEqual(["bob"]);
    expect(ids(users, 'NICKNAME ne "bob"', staffbaseUserSchema)).toEqual(["ann"]);
    expect(ids(users, "level gt 3", staffbaseUserSchema)).toEqual(["bob"]);
    expect(ids(users, "unknownThing pr", staffbaseUserSchema)).toEqual([]);
  });

  it("profile fields are strings, read by field id case-insensitively", () => {
    const user = { status: "activated", profile: { CostCenter: "CC-17", floor: 3 } };
    expect(matches('profile.costcenter eq "cc-17"', user, staffbaseUserSchema)).toBe(true);
    // The template types profile fields as strings: a number compares with nothing.
    expect(matches("profile.floor eq 3", user, staffbaseUserSchema)).toBe(false);
    expect(matches("profile.floor eq 3", user)).toBe(true);
  });

  it("a URN-prefixed core attribute is the attribute itself", () => {
    const user = { status: "activated", userName: "bjensen" };
    const urn = "urn:ietf:params:scim:schemas:core:2.0:User:userName";
    expect(matches(`${urn} eq "bjensen"`, user, scimCoreUserSchema)).toBe(true);
    expect(matches(`${urn} eq "bjensen"`, user)).toBe(true);
    expect(matches(`${urn} pr`, user, staffbaseUserSchema)).toBe(true);
    expect(matches(`${urn} eq "other"`, user, scimCoreUserSchema)).toBe(false);
  });

  it("a URN-prefixed extension attribute reads the object keyed by the URN", () => {
    const urn = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    const user = { employeeNumber: "1", [urn]: { employeeNumber: "701984", manager: { value: "26118915-6090-4610-87e4-49d8ca9f808d" } } };
    expect(matches(`${urn}:employeeNumber eq "701984"`, user)).toBe(true);
    expect(matches(`${urn}:employeeNumber eq "1"`, user)).toBe(false);
    expect(matches(`${urn}:manager.value sw "26118915"`, user, scimCoreUserSchema)).toBe(true);
    expect(matches(`${urn}:manager eq "26118915-6090-4610-87e4-49d8ca9f808d"`, user)).toBe(true);
  });

  it("and, or and not combine as usual", () => {
    const user = { a: 1, b: 2 };
    expect(matches("a eq 1 and b eq 2", user)).toBe(true);
    expect(matches("a eq 1 and b eq 3", user)).toBe(false);
    expect(matches("a eq 2 or b eq 2", user)).toBe(true);
    expect(matches("a eq 2 or b eq 3 or c pr", user)).toBe(false);
    expect(matches("a eq 1 and b eq 2 and not (c pr)", user)).toBe(true);
    expect(matches("not (not (a eq 1))", user)).toBe(true);
  });
});

describe("compileFilter", () => {
  it("parses text and rejects syntax errors", () => {
    expect(() => compileFilter("userName eq")).toThrow(/./);
    expect(() => compileFilter('userName eq "x"')).not.toThrow();
  });

  it("compiles once and can be called for many users", () => {
    const predicate = compileFilter('userName sw "a"');
    expect([{ userName: "ann" }, { userName: "bob" }, { userName: "amy" }].map(predicate)).toEqual([true, false, true]);
  });
});

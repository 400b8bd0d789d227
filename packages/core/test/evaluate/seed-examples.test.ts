// Every example of the Staffbase filter documentation (seed 004, lines 2–49) against the fixture. The
// expected ids were worked out by hand from test/fixtures/staffbase-users.ts. Without a status clause
// the status default applies: only activated users match.
import { describe, expect, it } from "vitest";
import { GROUP, SPACE } from "../fixtures/staffbase-users.js";
import { expectMatches, matchingIds } from "./helpers.js";

const ACTIVATED = [
  "admin-email",
  "editor-sso",
  "moderator-username",
  "reader-access-code",
  "reader-scim",
  "managing-editor",
  "v3-admin",
  "reader-email-username",
  "reader-stale",
  "reader-real",
];

describe("seed 004 examples", () => {
  it("the fixture's activated users are the default population", () => {
    expectMatches('staffbase.status eq "activated"', ACTIVATED);
  });

  it("line 2: only members of the given group ID", () => {
    expect(GROUP).toBe("604fab5e830203614e6fa59d");
    expectMatches(`groups eq "${GROUP}"`, ["admin-email", "moderator-username", "managing-editor", "reader-email-username", "reader-real"]);
  });

  it("line 5: only members part of the given space ID", () => {
    expect(SPACE).toBe("5fc7743d3dd910548d350a2a");
    expectMatches(`staffbase.space eq "${SPACE}"`, ["admin-email", "editor-sso", "reader-scim", "v3-admin"]);
  });

  it("line 8: only registered admin users (legacy `{type}` and v3 string roles)", () => {
    expectMatches('staffbase.status eq "activated" and staffbase.role eq "admin"', ["admin-email", "v3-admin"]);
  });

  it("line 11: only users created via CSV import or SSO", () => {
    expectMatches('staffbase.creationType eq "csv" or staffbase.creationType eq "sso"', ["editor-sso", "moderator-username", "reader-access-code"]);
  });

  it("line 14: a custom profile field, by field id (case-insensitive string)", () => {
    expectMatches('profile.department eq "Sales"', ["admin-email", "reader-scim", "v3-admin"]);
  });

  it("line 21: users with primary email or username and Staffbase password", () => {
    expectMatches("(emails pr or userName pr) and password pr", [
      "admin-email",
      "moderator-username",
      "managing-editor",
      "v3-admin",
      "reader-email-username",
      "reader-stale",
    ]);
  });

  it("line 24: only access code users (no primary email and username)", () => {
    expectMatches("(not (emails pr) and not (userName pr) and password pr)", ["reader-access-code"]);
  });

  it("line 27: only SSO users (identifier, but no Staffbase password)", () => {
    expectMatches("(externalId pr and not (password pr))", ["editor-sso", "reader-scim"]);
  });

  it("line 34: created since 2021-01-01 10:00 (strictly after; the user created at exactly 10:00 is pending)", () => {
    expectMatches('created gt "2021-01-01T10:00"', [
      "editor-sso",
      "moderator-username",
      "reader-access-code",
      "managing-editor",
      "v3-admin",
      "reader-email-username",
      "reader-real",
    ]);
  });

  it("line 37: created before 2022-01-01 (the user created at exactly midnight is excluded)", () => {
    expectMatches('created lt "2022-01-01"', [
      "admin-email",
      "editor-sso",
      "moderator-username",
      "reader-scim",
      "managing-editor",
      "v3-admin",
      "reader-real",
      "reader-stale",
    ]);
  });

  it("line 40: updated since 2021-07-07 10:00 (1 ms after matches, exactly at and 1 ms before do not)", () => {
    expectMatches('updated gt "2021-07-07T10:00"', ["admin-email", "editor-sso", "reader-access-code", "v3-admin", "reader-email-username", "reader-real"]);
  });

  it("line 43: updated before 2021-05-24 (the user updated exactly at midnight is excluded)", () => {
    expectMatches('updated lt "2021-05-24"', ["reader-stale"]);
  });

  it("line 46: deactivated since 2021-07-07 10:00 — a deactivation time suppresses the status default", () => {
    // Only deactivated users have a deactivation time: with the activated default the example would match nobody.
    expectMatches('deactivated gt "2021-07-07T10:00"', ["admin-deactivated"]);
    expectMatches('staffbase.status eq "deactivated" and deactivated gt "2021-07-07T10:00"', ["admin-deactivated"]);
  });

  it("line 49: deactivated before 2021-05-24 — a deactivation time suppresses the status default", () => {
    expectMatches('deactivated lt "2021-05-24"', ["reader-deactivated-sso"]);
    expectMatches('staffbase.status eq "deactivated" and deactivated lt "2021-05-24"', ["reader-deactivated-sso"]);
  });

  it("the URL-encoding example (access code users) is the same filter as line 24", () => {
    const decoded = decodeURIComponent("(not%20(emails%20pr)%20and%20not%20(userName%20pr)%20and%20password%20pr)");
    expect(matchingIds(decoded)).toEqual(["reader-access-code"]);
  });
});

describe("seed examples with an explicit status", () => {
  it("pending users", () => {
    expectMatches('staffbase.status eq "pending"', ["admin-pending", "reader-access-code-pending", "editor-pending-sso"]);
  });

  it("deactivated users", () => {
    expectMatches('staffbase.status eq "deactivated"', ["admin-deactivated", "reader-deactivated-sso", "editor-deactivated", "moderator-deactivated"]);
  });

  it("contact users (documented for /users/search)", () => {
    expectMatches('staffbase.status eq "contact"', ["reader-contact"]);
  });

  it("access code users, activated or pending", () => {
    expectMatches(
      '(not (emails pr) and not (userName pr) and password pr) and (staffbase.status eq "activated" or staffbase.status eq "pending")',
      ["reader-access-code", "reader-access-code-pending"],
    );
  });

  it("SSO users of every status", () => {
    expectMatches(
      'externalId pr and not (password pr) and (staffbase.status eq "activated" or staffbase.status eq "pending" or staffbase.status eq "deactivated")',
      ["editor-sso", "reader-scim", "reader-deactivated-sso", "editor-pending-sso"],
    );
  });

  it("deactivated since 10:00 inclusive (ge) takes the user deactivated at exactly 10:00", () => {
    expectMatches('staffbase.status eq "deactivated" and deactivated ge "2021-07-07T10:00"', ["admin-deactivated", "moderator-deactivated"]);
  });

  it("deactivated on or before 2021-05-24 (le) takes the user deactivated at exactly midnight", () => {
    expectMatches('staffbase.status eq "deactivated" and deactivated le "2021-05-24"', ["reader-deactivated-sso", "editor-deactivated"]);
  });

  it("created at or after 2021-01-01T10:00 among pending users includes the exact boundary", () => {
    expectMatches('staffbase.status eq "pending" and created ge "2021-01-01T10:00"', ["admin-pending", "reader-access-code-pending", "editor-pending-sso"]);
    expectMatches('staffbase.status eq "pending" and created gt "2021-01-01T10:00"', ["reader-access-code-pending", "editor-pending-sso"]);
    expectMatches('staffbase.status eq "pending" and created eq "2021-01-01T10:00"', ["admin-pending"]);
    expectMatches('staffbase.status eq "pending" and created eq "2021-01-01"', []);
  });

  it("not a member of the group (users without groups are not members)", () => {
    expectMatches(`groups ne "${GROUP}"`, ["editor-sso", "reader-access-code", "reader-scim", "v3-admin", "reader-stale"]);
  });

  it("managingEditor is its own value", () => {
    expectMatches('staffbase.role eq "managingEditor"', ["managing-editor"]);
  });

  it("recovery codes", () => {
    expectMatches("staffbase.recoveryCode pr", ["reader-access-code"]);
  });

  it("user names, legacy strings and v3 `{value}`", () => {
    expectMatches("userName pr", ["moderator-username", "v3-admin", "reader-email-username"]);
  });
});

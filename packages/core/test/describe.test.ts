import { describe, expect, it } from "vitest";
import { describeFilter, parseFilter, rfc7643Schemas, schemaFromScim, scimCoreUserSchema, staffbaseUserSchema } from "../src/index.js";

const say = (text: string, schema = staffbaseUserSchema as Parameters<typeof describeFilter>[1]) => describeFilter(parseFilter(text), schema);

describe("describeFilter", () => {
  it("reads a Staffbase filter in words, with option labels, shortened ids and the status default", () => {
    expect(say('staffbase.role eq "admin" and groups eq "604fab5e830203614e6fa59d"')).toBe(
      "Users where role is Admin and groups include 604fab5e…, and status is activated (default).",
    );
  });

  it("says absent for not (… pr) and parenthesizes nested chains", () => {
    expect(say("(emails pr or userName pr) and not (password pr)", scimCoreUserSchema)).toBe(
      "Users where (emails is present or user name is present) and password is absent.",
    );
  });

  it("keeps abbreviations in labels as written", () => {
    expect(say("profileUrl pr or not (x509Certificates pr)", scimCoreUserSchema)).toBe("Users where profile URL is present or X.509 certificates is absent.");
    expect(say("groups.value eq \"x\"", schemaFromScim(rfc7643Schemas))).toMatch(/^Users where groups: ID /);
  });

  it("uses the attribute path where the schema does not know the attribute, and says all users for no filter", () => {
    expect(describeFilter(parseFilter('userName sw "J"'))).toBe('Users where userName starts with "J".');
    expect(describeFilter(null)).toBe("All users.");
  });
});

// buildScimUrl: RFC 7644 §3.4.2 list requests for any SCIM server, beside the Staffbase-named URL builder.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildScimUrl, buildStaffbaseUsersUrl, buildUsersUrl, formatFilter, parseFilter } from "../src/index.js";
import { filterArb } from "./helpers/arbitraries.js";

describe("buildScimUrl", () => {
  it("appends /Users to a SCIM base, not Staffbase's /api/users", () => {
    expect(buildScimUrl("https://scim.example.com/scim/v2", { filter: 'userName eq "bjensen"' })).toBe("https://scim.example.com/scim/v2/Users?filter=userName%20eq%20%22bjensen%22");
    expect(buildScimUrl("https://scim.example.com/scim/v2/")).toBe("https://scim.example.com/scim/v2/Users");
    expect(buildScimUrl("https://scim.example.com/scim/v2/Users")).toBe("https://scim.example.com/scim/v2/Users");
    expect(buildScimUrl("https://scim.example.com/v2", { resource: "Groups" })).toBe("https://scim.example.com/v2/Groups");
  });

  it("writes every list parameter of RFC 7644 §3.4.2, in a fixed order, leaving out those not given", () => {
    const url = buildScimUrl(new URL("https://scim.example.com/v2"), {
      filter: parseFilter('emails[type eq "work"] and meta.lastModified gt "2011-05-13T04:42:34Z"'),
      startIndex: 11,
      count: 10,
      sortBy: "name.familyName",
      sortOrder: "descending",
      attributes: ["userName", "emails", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber"],
      excludedAttributes: ["groups"],
    });
    const parsed = new URL(url);
    expect(parsed.pathname).toBe("/v2/Users");
    expect([...parsed.searchParams]).toEqual([
      ["filter", 'emails[type eq "work"] and meta.lastModified gt "2011-05-13T04:42:34Z"'],
      ["startIndex", "11"],
      ["count", "10"],
      ["sortBy", "name.familyName"],
      ["sortOrder", "descending"],
      ["attributes", "userName,emails,urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber"],
      ["excludedAttributes", "groups"],
    ]);
    expect(buildScimUrl("https://s.example/v2", { count: 0 })).toBe("https://s.example/v2/Users?count=0");
  });

  it("refuses what is not a list request, saying what is wrong", () => {
    const base = "https://scim.example.com/v2";
    expect(() => buildScimUrl(base, { startIndex: 0 })).toThrow("startIndex must be an integer of at least 1, got 0");
    expect(() => buildScimUrl(base, { count: -1 })).toThrow("count must be a non-negative integer, got -1");
    expect(() => buildScimUrl(base, { sortOrder: "up" as "ascending" })).toThrow('sortOrder must be "ascending" or "descending", got "up"');
    expect(() => buildScimUrl(base, { attributes: ["userName", "a&b=c"] })).toThrow('attributes must list attribute names, got "a&b=c"');
    expect(() => buildScimUrl(base, { sortBy: "" })).toThrow('sortBy must list attribute names, got ""');
    expect(() => buildScimUrl(base, { resource: "../Users" })).toThrow("resource must be an endpoint name");
    expect(() => buildScimUrl("scim.example.com/v2")).toThrow('"scim.example.com/v2" is not an absolute URL; expected something like https://example.com/scim/v2');
    expect(() => buildScimUrl("https://scim.example.com/v2?x=1")).toThrow("must not contain a query");
  });

  it("any filter survives the round trip through the URL", () => {
    fc.assert(
      fc.property(filterArb, fc.integer({ min: 1, max: 1000 }), (filter, startIndex) => {
        const parsed = new URL(buildScimUrl("https://scim.example.com/v2", { filter, startIndex }));
        expect(parseFilter(parsed.searchParams.get("filter") ?? "")).toEqual(parseFilter(formatFilter(filter)));
        expect(parsed.searchParams.get("startIndex")).toBe(String(startIndex));
      }),
      { numRuns: 200 },
    );
  });
});

describe("buildStaffbaseUsersUrl", () => {
  it("is the Staffbase User API's URL; buildUsersUrl is its deprecated alias", () => {
    expect(buildStaffbaseUsersUrl("https://app.staffbase.com/api", { filter: "userName pr", limit: 50 })).toBe("https://app.staffbase.com/api/users?filter=userName%20pr&limit=50");
    expect(buildUsersUrl).toBe(buildStaffbaseUsersUrl);
  });
});

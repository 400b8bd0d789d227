// encodeFilter and buildUsersUrl: the filter as a URL query parameter for the Staffbase User API.
import { describe, expect, it } from "vitest";
import type { Filter } from "../src/index.js";
import { buildUsersUrl, encodeFilter, parseFilter } from "../src/index.js";
import { NO_SPAN, plain, stripSpans } from "./helpers/ast.js";

// From the Staffbase documentation: "only access code users, so no existing primary email and username".
const DOC_FILTER = "(not (emails pr) and not (userName pr) and password pr)";
const DOC_ENCODED = "(not%20(emails%20pr)%20and%20not%20(userName%20pr)%20and%20password%20pr)";
const DOC_URL = `https://exampleapp.staffbase.com/api/users?filter=${DOC_ENCODED}`;

describe("encodeFilter", () => {
  it("encodes the documentation's example exactly as documented", () => {
    expect(encodeFilter(DOC_FILTER)).toBe(DOC_ENCODED);
  });

  it("writes a parsed filter in canonical form first", () => {
    expect(encodeFilter(parseFilter(DOC_FILTER))).toBe("not%20(emails%20pr)%20and%20not%20(userName%20pr)%20and%20password%20pr");
    expect(encodeFilter(parseFilter('userName  EQ  "x"'))).toBe("userName%20eq%20%22x%22");
  });

  it("encodes text as given, without parsing it", () => {
    expect(encodeFilter("not a filter")).toBe("not%20a%20filter");
    expect(encodeFilter("")).toBe("");
  });

  it.each<[string, string]>([
    [" ", "%20"],
    ['"', "%22"],
    ["&", "%26"],
    ["#", "%23"],
    ["+", "%2B"],
    ["%", "%25"],
    ["=", "%3D"],
    ["?", "%3F"],
    ["/", "%2F"],
    ["\\", "%5C"],
    ["[", "%5B"],
    ["]", "%5D"],
    [":", "%3A"],
    ["\n", "%0A"],
    ["\t", "%09"],
    ["é", "%C3%A9"],
    ["日", "%E6%97%A5"],
    ["😀", "%F0%9F%98%80"],
    ["(", "("],
    [")", ")"],
    ["'", "'"],
    ["-_.!~*", "-_.!~*"],
    ["aZ09", "aZ09"],
  ])("encodes %j as %s", (char, encoded) => {
    expect(encodeFilter(char)).toBe(encoded);
  });

  it("encodes a filter with every special character so that it decodes back", () => {
    const text = 'displayName eq "R&D #1 + 50% \\"off\\" é" and urn:ietf:params:scim:schemas:core:2.0:User:emails[type eq "work"]';
    const encoded = encodeFilter(text);
    expect(encoded).toBe(
      "displayName%20eq%20%22R%26D%20%231%20%2B%2050%25%20%5C%22off%5C%22%20%C3%A9%22%20and%20urn%3Aietf%3Aparams%3Ascim%3Aschemas%3Acore%3A2.0%3AUser%3Aemails%5Btype%20eq%20%22work%22%5D",
    );
    expect(decodeURIComponent(encoded)).toBe(text);
  });

  it("rejects text with an unpaired surrogate", () => {
    expect(() => encodeFilter('a eq "\ud800"')).toThrow(TypeError);
    expect(() => encodeFilter("\udc00x")).toThrow(/unpaired UTF-16 surrogate/);
    expect(() => encodeFilter("x\ud83d")).toThrow(TypeError);
  });

  it("encodes a parsed filter holding an unpaired surrogate, which the formatter escapes", () => {
    const filter: Filter = { type: "compare", attribute: plain("a"), operator: "eq", value: "\ud800", span: NO_SPAN };
    const encoded = encodeFilter(filter);
    expect(encoded).toBe("a%20eq%20%22%5Cud800%22");
    expect(stripSpans(parseFilter(decodeURIComponent(encoded)))).toEqual(stripSpans(filter));
  });
});

describe("buildUsersUrl", () => {
  it("builds the documentation's example URL", () => {
    expect(buildUsersUrl("https://exampleapp.staffbase.com/api", { filter: DOC_FILTER })).toBe(DOC_URL);
  });

  it.each([
    "https://exampleapp.staffbase.com/api",
    "https://exampleapp.staffbase.com/api/",
    "https://exampleapp.staffbase.com/api//",
    "https://exampleapp.staffbase.com/api/users",
    "https://exampleapp.staffbase.com/api/users/",
    "https://exampleapp.staffbase.com",
    "https://exampleapp.staffbase.com/",
    "HTTPS://ExampleApp.Staffbase.com/api",
  ])("accepts the base %s", (base) => {
    expect(buildUsersUrl(base)).toBe("https://exampleapp.staffbase.com/api/users");
  });

  it("keeps a path prefix, a port and plain http", () => {
    expect(buildUsersUrl("https://proxy.example.com/staffbase")).toBe("https://proxy.example.com/staffbase/api/users");
    expect(buildUsersUrl("https://proxy.example.com/staffbase/api")).toBe("https://proxy.example.com/staffbase/api/users");
    expect(buildUsersUrl("http://localhost:8080/api")).toBe("http://localhost:8080/api/users");
  });

  it("accepts a URL object", () => {
    expect(buildUsersUrl(new URL("https://exampleapp.staffbase.com/api"), { limit: 10 })).toBe("https://exampleapp.staffbase.com/api/users?limit=10");
  });

  it("adds filter, limit and offset in that order", () => {
    expect(buildUsersUrl("https://exampleapp.staffbase.com/api", { offset: 100, limit: 50, filter: "a pr" })).toBe(
      "https://exampleapp.staffbase.com/api/users?filter=a%20pr&limit=50&offset=100",
    );
    expect(buildUsersUrl("https://exampleapp.staffbase.com/api", { limit: 0 })).toBe("https://exampleapp.staffbase.com/api/users?limit=0");
    expect(buildUsersUrl("https://exampleapp.staffbase.com/api", { offset: 0 })).toBe("https://exampleapp.staffbase.com/api/users?offset=0");
  });

  it("adds the documented sort forms after paging, and refuses any other", () => {
    const base = "https://exampleapp.staffbase.com/api";
    expect(buildUsersUrl(base, { filter: "a pr", limit: 10, sort: "created_DESC" })).toBe(`${base}/users?filter=a%20pr&limit=10&sort=created_DESC`);
    expect(buildUsersUrl(base, { sort: "lastName_ASC_firstName_ASC" })).toBe(`${base}/users?sort=lastName_ASC_firstName_ASC`);
    for (const sort of ["", "created", "created_desc", "created_DESC&limit=1", "a_ASC_b_DESC_c_ASC"]) {
      expect(() => buildUsersUrl(base, { sort })).toThrow(RangeError);
    }
  });

  it("writes a parsed filter canonically", () => {
    expect(buildUsersUrl("https://exampleapp.staffbase.com/api", { filter: parseFilter('staffbase.role  EQ "admin"') })).toBe(
      "https://exampleapp.staffbase.com/api/users?filter=staffbase.role%20eq%20%22admin%22",
    );
  });

  it("keeps the filter intact through URL parsing", () => {
    const filter = 'displayName eq "a&limit=1#x+y%z é"';
    const url = new URL(buildUsersUrl("https://exampleapp.staffbase.com/api", { filter, limit: 5 }));
    expect(url.searchParams.get("filter")).toBe(filter);
    expect(url.searchParams.get("limit")).toBe("5");
    expect([...url.searchParams.keys()]).toEqual(["filter", "limit"]);
    expect(url.hash).toBe("");
  });

  it.each([
    "exampleapp.staffbase.com/api",
    "/api",
    "not a url",
    "",
  ])("rejects the relative or invalid base %j", (base) => {
    expect(() => buildUsersUrl(base)).toThrow(new TypeError(`"${base}" is not an absolute URL; expected something like https://app.staffbase.com/api`));
  });

  it("rejects other protocols, queries and fragments", () => {
    expect(() => buildUsersUrl("ftp://exampleapp.staffbase.com/api")).toThrow(new TypeError("The base URL must use http or https, got ftp:"));
    expect(() => buildUsersUrl("https://exampleapp.staffbase.com/api?limit=1")).toThrow(
      new TypeError("The base URL must not contain a query or a fragment"),
    );
    expect(() => buildUsersUrl("https://exampleapp.staffbase.com/api#users")).toThrow(TypeError);
  });

  it.each<[string, number]>([
    ["limit", -1],
    ["limit", 1.5],
    ["limit", NaN],
    ["offset", -10],
    ["offset", Infinity],
    ["offset", 2 ** 53],
  ])("rejects %s %s", (name, value) => {
    expect(() => buildUsersUrl("https://exampleapp.staffbase.com/api", { [name]: value })).toThrow(
      new RangeError(`${name} must be a non-negative integer, got ${value}`),
    );
  });

  it("rejects a filter it cannot encode", () => {
    expect(() => buildUsersUrl("https://exampleapp.staffbase.com/api", { filter: "a eq \"\udc00\"" })).toThrow(TypeError);
  });
});

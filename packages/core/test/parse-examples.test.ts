// The filter examples of the Staffbase User API documentation and of RFC 7644 §3.4.2.2.
import { describe, expect, it } from "vitest";
import type { CompareOperator } from "../src/index.js";
import { formatFilter, parseFilter } from "../src/index.js";
import type { SpanlessFilter } from "./helpers/ast.js";
import { plain, stripSpans } from "./helpers/ast.js";
import { RFC_EXAMPLES, STAFFBASE_EXAMPLES } from "./fixtures/filter-examples.js";

describe("Staffbase User API examples", () => {
  it.each(STAFFBASE_EXAMPLES)("parses %s and formats it canonically", (text, canonical) => {
    const filter = parseFilter(text);
    expect(formatFilter(filter)).toBe(canonical);
    expect(stripSpans(parseFilter(canonical))).toEqual(stripSpans(filter));
  });

  it("parses the URL example, decoded, as three and-ed operands", () => {
    const text = decodeURIComponent("(not%20(emails%20pr)%20and%20not%20(userName%20pr)%20and%20password%20pr)");
    expect(text).toBe("(not (emails pr) and not (userName pr) and password pr)");
    expect(parseFilter(text)).toEqual({
      type: "and",
      filters: [
        { type: "not", filter: { type: "present", attribute: plain("emails"), span: { start: 6, end: 15 } }, span: { start: 1, end: 16 } },
        { type: "not", filter: { type: "present", attribute: plain("userName"), span: { start: 26, end: 37 } }, span: { start: 21, end: 38 } },
        { type: "present", attribute: plain("password"), span: { start: 43, end: 54 } },
      ],
      span: { start: 1, end: 54 },
    });
  });

  it("parses the registered-admins example", () => {
    expect(stripSpans(parseFilter('staffbase.status eq "activated" and staffbase.role eq "admin"'))).toEqual({
      type: "and",
      filters: [
        { type: "compare", attribute: { path: "staffbase.status", name: "staffbase", subAttribute: "status" }, operator: "eq", value: "activated" },
        { type: "compare", attribute: { path: "staffbase.role", name: "staffbase", subAttribute: "role" }, operator: "eq", value: "admin" },
      ],
    });
  });

  it("parses the user-type example with an or group inside an and", () => {
    expect(stripSpans(parseFilter("(emails pr or userName pr) and password pr"))).toEqual({
      type: "and",
      filters: [
        {
          type: "or",
          filters: [
            { type: "present", attribute: plain("emails") },
            { type: "present", attribute: plain("userName") },
          ],
        },
        { type: "present", attribute: plain("password") },
      ],
    });
  });
});

describe("RFC 7644 §3.4.2.2 examples", () => {
  it.each(RFC_EXAMPLES)("parses %s and survives formatting", (text) => {
    const filter = parseFilter(text);
    expect(filter.span).toEqual({ start: 0, end: text.length });
    const canonical = formatFilter(filter);
    expect(stripSpans(parseFilter(canonical))).toEqual(stripSpans(filter));
    expect(formatFilter(canonical)).toBe(canonical);
  });

  const compare = (path: string, operator: CompareOperator, value: string): SpanlessFilter => {
    const [name = "", subAttribute] = path.split(".");
    return {
      type: "compare",
      attribute: subAttribute === undefined ? { path, name } : { path, name, subAttribute },
      operator,
      value,
    };
  };

  it("keeps the apostrophe in O'Malley", () => {
    expect(stripSpans(parseFilter(`name.familyName co "O'Malley"`))).toEqual(compare("name.familyName", "co", "O'Malley"));
  });

  it("splits the schema URN from the attribute name", () => {
    expect(stripSpans(parseFilter('urn:ietf:params:scim:schemas:core:2.0:User:userName sw "J"'))).toEqual({
      type: "compare",
      attribute: {
        path: "urn:ietf:params:scim:schemas:core:2.0:User:userName",
        schema: "urn:ietf:params:scim:schemas:core:2.0:User",
        name: "userName",
      },
      operator: "sw",
      value: "J",
    });
  });

  it("reads a URN inside a string value as a plain string", () => {
    expect(stripSpans(parseFilter('schemas eq "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"'))).toEqual(
      compare("schemas", "eq", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"),
    );
  });

  it("nests the parenthesized or inside the and", () => {
    expect(stripSpans(parseFilter('userType eq "Employee" and (emails co "example.com" or emails.value co "example.org")'))).toEqual({
      type: "and",
      filters: [
        compare("userType", "eq", "Employee"),
        { type: "or", filters: [compare("emails", "co", "example.com"), compare("emails.value", "co", "example.org")] },
      ],
    });
  });

  it("negates the parenthesized or", () => {
    expect(stripSpans(parseFilter('userType ne "Employee" and not (emails co "example.com" or emails.value co "example.org")'))).toEqual({
      type: "and",
      filters: [
        compare("userType", "ne", "Employee"),
        { type: "not", filter: { type: "or", filters: [compare("emails", "co", "example.com"), compare("emails.value", "co", "example.org")] } },
      ],
    });
  });

  it("drops parentheses around a single comparison", () => {
    expect(stripSpans(parseFilter('userType eq "Employee" and (emails.type eq "work")'))).toEqual({
      type: "and",
      filters: [compare("userType", "eq", "Employee"), compare("emails.type", "eq", "work")],
    });
  });

  it("parses two value paths joined by or", () => {
    expect(stripSpans(parseFilter('emails[type eq "work" and value co "@example.com"] or ims[type eq "xmpp" and value co "@foo.com"]'))).toEqual({
      type: "or",
      filters: [
        {
          type: "valuePath",
          attribute: plain("emails"),
          filter: { type: "and", filters: [compare("type", "eq", "work"), compare("value", "co", "@example.com")] },
        },
        {
          type: "valuePath",
          attribute: plain("ims"),
          filter: { type: "and", filters: [compare("type", "eq", "xmpp"), compare("value", "co", "@foo.com")] },
        },
      ],
    });
  });

  it("reads `Eq` as eq and keeps `Username` as written", () => {
    expect(stripSpans(parseFilter('userName Eq "john"'))).toEqual(compare("userName", "eq", "john"));
    expect(stripSpans(parseFilter('Username eq "john"'))).toEqual(compare("Username", "eq", "john"));
  });
});

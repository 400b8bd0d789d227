// fast-check arbitraries for the RFC 7643 Enterprise User extension: filters on its attributes by their
// full URN-prefixed paths (`urn:…:enterprise:2.0:User:manager.value`) mixed with generic conditions, and
// users holding the extension object under its URN (or not, or something else there).
import fc from "fast-check";
import type { AttributePath, Filter, FilterValue, Operator } from "../../src/ast.js";
import { COMPARE_OPERATORS } from "../../src/ast.js";
import { NO_SPAN } from "./ast.js";
import { filterTree, genericLeaf, genericUser } from "./evaluate-arbitraries.js";

export const ENTERPRISE_URN = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
const STRING_ATTRIBUTES = ["employeeNumber", "costCenter", "organization", "division", "department"];
const MANAGER_SUBS = ["value", "displayName"];
const STRINGS = ["Tour Operations", "tour", "TOUR OPERATIONS", "701984", "4130", "26118915", "John Smith", "john", ""];

/** The URN as the RFC writes it and in lower case (schema URNs compare case-insensitively). */
const urn = fc.constantFrom(ENTERPRISE_URN, ENTERPRISE_URN.toLowerCase());
const anyCase = (text: string) => fc.constantFrom(text, text.toUpperCase(), text.toLowerCase());

const value: fc.Arbitrary<FilterValue> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...STRINGS) },
  { weight: 1, arbitrary: fc.oneof(fc.integer({ min: 0, max: 2 }), fc.boolean(), fc.constant(null)) },
);
const operator = fc.constantFrom<Operator>("pr", ...COMPARE_OPERATORS);

/** `urn:…:User:department`, `urn:…:User:manager`, `urn:…:User:manager.value`, `…:manager.displayName`. */
const enterprisePath: fc.Arbitrary<AttributePath> = fc
  .record({
    schema: urn,
    name: fc.oneof(fc.constantFrom(...STRING_ATTRIBUTES), fc.constant("manager")).chain(anyCase),
    sub: fc.option(fc.constantFrom(...MANAGER_SUBS).chain(anyCase), { nil: undefined }),
  })
  .map(({ schema, name, sub }) => {
    // Only manager has sub-attributes; a sub-attribute elsewhere would only read nothing.
    const subAttribute = name.toLowerCase() === "manager" ? sub : undefined;
    const path: AttributePath = { path: `${schema}:${name}${subAttribute === undefined ? "" : `.${subAttribute}`}`, name, schema };
    if (subAttribute !== undefined) path.subAttribute = subAttribute;
    return path;
  });

const enterpriseCompare: fc.Arbitrary<Filter> = fc
  .record({ attribute: enterprisePath, operator, value })
  .map(({ attribute, operator, value }): Filter =>
    operator === "pr" ? { type: "present", attribute, span: NO_SPAN } : { type: "compare", attribute, operator, value, span: NO_SPAN },
  );

/** `urn:…:User:manager[value eq "…" or displayName pr]`: a value path on the extension's complex attribute. */
const managerValuePath: fc.Arbitrary<Filter> = fc
  .record({
    schema: urn,
    filter: filterTree(
      fc.record({ sub: fc.constantFrom(...MANAGER_SUBS), operator, value }).map(({ sub, operator, value }): Filter => {
        const attribute: AttributePath = { path: sub, name: sub };
        return operator === "pr" ? { type: "present", attribute, span: NO_SPAN } : { type: "compare", attribute, operator, value, span: NO_SPAN };
      }),
      1,
    ),
  })
  .map(({ schema, filter }): Filter => ({ type: "valuePath", attribute: { path: `${schema}:manager`, name: "manager", schema }, filter, span: NO_SPAN }));

const enterpriseLeaf: fc.Arbitrary<Filter> = fc.oneof({ weight: 4, arbitrary: enterpriseCompare }, { weight: 1, arbitrary: managerValuePath });

/** Filters on Enterprise attributes, alone or in and / or / not trees with generic conditions. */
export const enterpriseFilter: fc.Arbitrary<Filter> = fc.oneof(
  enterpriseLeaf,
  filterTree(fc.oneof({ weight: 3, arbitrary: enterpriseLeaf }, { weight: 1, arbitrary: genericLeaf }), 3),
);

const leafValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...STRINGS) },
  { weight: 1, arbitrary: fc.oneof(fc.integer({ min: 0, max: 2 }), fc.boolean(), fc.constant(null)) },
);
const manager = fc.record({ value: leafValue, displayName: leafValue, $ref: fc.constant("../Users/26118915") }, { requiredKeys: [] });

/** The extension's members, keys sometimes in another case; manager now and then not one object. */
const extension = fc
  .record(
    {
      employeeNumber: leafValue,
      costCenter: leafValue,
      organization: leafValue,
      division: leafValue,
      department: leafValue,
      manager: fc.oneof({ weight: 4, arbitrary: manager }, { weight: 1, arbitrary: fc.oneof(leafValue, fc.array(manager, { maxLength: 2 })) }),
    },
    { requiredKeys: [] },
  )
  .chain((members) =>
    fc.constantFrom<(name: string) => string>((name) => name, (name) => name.toLowerCase()).map((spell) =>
      Object.fromEntries(Object.entries(members).map(([name, member]) => [spell(name), member])),
    ),
  );

/**
 * Generic users with the Enterprise extension: mostly under its URN (as a server returns it), sometimes
 * at the top level (read there when no extension object exists) or with something else under the URN.
 */
export const enterpriseUser: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(
    genericUser,
    fc.oneof(
      { weight: 4, arbitrary: fc.tuple(urn, extension).map(([key, members]) => ({ [key]: members })) },
      { weight: 1, arbitrary: extension },
      { weight: 1, arbitrary: urn.chain((key) => leafValue.map((junk) => ({ [key]: junk }))) },
    ),
  )
  .map(([user, members]) => ({ ...user, ...members }));

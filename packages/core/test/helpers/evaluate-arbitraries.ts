// fast-check arbitraries for the evaluator's property tests: filter ASTs over the Staffbase schema
// (its attributes, their operators and plausible values, now and then a wrong type), Staffbase-shaped
// users, and generic filters and JSON users for schema-less evaluation.
import fc from "fast-check";
import type { AttributePath, CompareOperator, Filter, FilterValue, Operator } from "../../src/ast.js";
import { COMPARE_OPERATORS } from "../../src/ast.js";
import { staffbaseUserSchema } from "../../src/schema/staffbase.js";
import type { AttributeSchema } from "../../src/schema/types.js";
import { NO_SPAN } from "./ast.js";

const GROUPS = ["604fab5e830203614e6fa59d", "604fab5e830203614e6fa5aa", "604FAB5E830203614E6FA59D"];
const SPACES = ["5fc7743d3dd910548d350a2a", "5fc7743d3dd910548d350b3b"];
/** Filter dates: every documented form around one boundary, plus unparsable ones. */
const FILTER_DATES = [
  "2021-01-01",
  "2021-01-01T10:00",
  "2021-01-01T10:00:00.000Z",
  "2021-01-01T10:00:00.001Z",
  "2021-01-01T11:00+01:00",
  "2021-07-07T10:00",
  "2022-05-30",
  "2021-02-30",
  "yesterday",
];
/** User time stamps: the same instants in other spellings, and broken ones. */
const USER_DATES = [
  "2021-01-01T00:00:00.000Z",
  "2021-01-01T09:59:59.999Z",
  "2021-01-01T10:00:00.000Z",
  "2021-01-01T10:00:00.001Z",
  "2021-01-01T10:00",
  "2021-07-07T10:00:00.000Z",
  "2022-05-30",
  "2021-03-04T05:06:07.123456Z",
  "not a date",
  "",
];
const WORDS = ["Sales", "sales", "SALES", "Marketing", "sal", "", "ann@example.com", "example.com", "Ann"];
const ROLES = ["admin", "editor", "moderator", "managingEditor", "reader", "restricted", "Admin"];
const STATUSES = ["activated", "pending", "deactivated", "deleted", "contact", "Activated"];
const CREATION_TYPES = ["csv", "direct", "scim", "sso", "ldap", "CSV"];

/** Some value of a wrong type for anything: numbers, booleans, null. */
const noise: fc.Arbitrary<FilterValue> = fc.oneof(fc.integer({ min: -2, max: 2 }), fc.boolean(), fc.constant(null));

function attributePath(text: string): AttributePath {
  const dot = text.indexOf(".");
  return dot === -1 ? { path: text, name: text } : { path: text, name: text.slice(0, dot), subAttribute: text.slice(dot + 1) };
}

/** The path in a random mix of upper and lower case (SCIM names are case-insensitive). */
function anyCase(text: string): fc.Arbitrary<string> {
  return fc.constantFrom(text, text.toUpperCase(), text.toLowerCase());
}

function plausibleValues(attribute: AttributeSchema): fc.Arbitrary<FilterValue> {
  const path = attribute.path;
  if (path === "groups") return fc.constantFrom(...GROUPS);
  if (path === "staffbase.space") return fc.constantFrom(...SPACES);
  if (path === "staffbase.role") return fc.constantFrom(...ROLES);
  if (path === "staffbase.status") return fc.constantFrom(...STATUSES);
  if (path === "staffbase.creationType") return fc.constantFrom(...CREATION_TYPES);
  if (attribute.type === "dateTime") return fc.constantFrom(...FILTER_DATES);
  return fc.constantFrom(...WORDS);
}

/** An attribute of the schema, a profile field or an unknown attribute, with plausible operators and values. */
export const staffbaseLeaf: fc.Arbitrary<Filter> = fc
  .constantFrom<AttributeSchema | string>(...staffbaseUserSchema.attributes, "profile.department", "profile.level", "nickName", "role.type")
  .chain((attribute) => {
    const path = typeof attribute === "string" ? attribute : attribute.path;
    const operators: Operator[] =
      typeof attribute === "string" ? ["eq", "ne", "co", "sw", "pr", "gt"] : attribute.operators.map((option) => option.operator);
    const values = typeof attribute === "string" ? fc.oneof(fc.constantFrom(...WORDS), fc.integer({ min: 0, max: 3 })) : plausibleValues(attribute);
    return fc.record({
      path: anyCase(path),
      // Mostly the documented operators, sometimes any.
      operator: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...operators) }, { weight: 1, arbitrary: fc.constantFrom<Operator>("pr", ...COMPARE_OPERATORS) }),
      value: fc.oneof({ weight: 5, arbitrary: values }, { weight: 1, arbitrary: noise }),
    });
  })
  .map(({ path, operator, value }): Filter =>
    operator === "pr"
      ? { type: "present", attribute: attributePath(path), span: NO_SPAN }
      : { type: "compare", attribute: attributePath(path), operator, value, span: NO_SPAN },
  );

/** `emails[value <op> "…"]`, sometimes negated inside. */
const emailsValuePath: fc.Arbitrary<Filter> = fc
  .record({
    operator: fc.constantFrom<Operator>("eq", "ne", "co", "sw", "ew", "pr"),
    value: fc.constantFrom(...WORDS),
    negate: fc.boolean(),
  })
  .map(({ operator, value, negate }): Filter => {
    const attribute = attributePath("value");
    const inner: Filter =
      operator === "pr" ? { type: "present", attribute, span: NO_SPAN } : { type: "compare", attribute, operator, value, span: NO_SPAN };
    return { type: "valuePath", attribute: attributePath("emails"), filter: negate ? { type: "not", filter: inner, span: NO_SPAN } : inner, span: NO_SPAN };
  });

/** Trees of and / or / not over the given leaves, nested `depth` levels at most. */
export function filterTree(leaf: fc.Arbitrary<Filter>, depth: number): fc.Arbitrary<Filter> {
  if (depth === 0) return leaf;
  const child = filterTree(leaf, depth - 1);
  return fc.oneof(
    { weight: 2, arbitrary: leaf },
    { weight: 1, arbitrary: fc.array(child, { minLength: 2, maxLength: 3 }).map((filters): Filter => ({ type: "and", filters, span: NO_SPAN })) },
    { weight: 1, arbitrary: fc.array(child, { minLength: 2, maxLength: 3 }).map((filters): Filter => ({ type: "or", filters, span: NO_SPAN })) },
    { weight: 1, arbitrary: child.map((filter): Filter => ({ type: "not", filter, span: NO_SPAN })) },
  );
}

/** Filters over the Staffbase schema, up to three levels of and / or / not. */
export const staffbaseFilter: fc.Arbitrary<Filter> = filterTree(fc.oneof({ weight: 6, arbitrary: staffbaseLeaf }, { weight: 1, arbitrary: emailsValuePath }), 3);

const userDate = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...USER_DATES) }, { weight: 1, arbitrary: fc.constant(1609495200000) });
const word = fc.constantFrom(...WORDS);

/** Staffbase users in the legacy and v3 shapes, filter-only facts included, with some values of the wrong type. */
export const staffbaseUser: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    id: fc.string({ maxLength: 4 }),
    // Mostly activated, so that the status default leaves something to filter.
    status: fc.oneof({ weight: 3, arbitrary: fc.constant("activated") }, { weight: 2, arbitrary: fc.constantFrom(...STATUSES) }),
    role: fc.oneof(fc.record({ type: fc.constantFrom(...ROLES) }), fc.constantFrom(...ROLES), fc.constant({}), fc.constant(null)),
    groupIDs: fc.oneof({ weight: 5, arbitrary: fc.subarray(GROUPS) }, { weight: 1, arbitrary: fc.constant([GROUPS[0], 7, null]) }),
    emails: fc.array(fc.record({ value: word, primary: fc.boolean() }, { requiredKeys: ["value"] }), { maxLength: 2 }),
    email: fc.oneof(fc.record({ value: word }), fc.constant(null)),
    userName: fc.oneof(word, fc.record({ value: word }), fc.constant(null)),
    externalID: fc.oneof(word, fc.constant(null)),
    externalId: word,
    created: userDate,
    createdAt: userDate,
    updated: userDate,
    updatedAt: userDate,
    nickName: fc.oneof(word, fc.integer({ min: 0, max: 3 })),
    profile: fc.record(
      { department: fc.oneof(word, fc.integer({ min: 0, max: 3 })), Level: fc.oneof(word, fc.integer({ min: 0, max: 3 })) },
      { requiredKeys: [] },
    ),
    creationType: fc.constantFrom(...CREATION_TYPES),
    spaceIDs: fc.subarray(SPACES),
    hasPassword: fc.boolean(),
    hasRecoveryCode: fc.boolean(),
    deactivated: fc.oneof(userDate, fc.constant(null)),
  },
  { requiredKeys: ["id"] },
);

// ---------------------------------------------------------------------------------------------
// Generic filters and users, for evaluation without a schema (or with the SCIM core schema)

const NAMES = ["userName", "id", "active", "emails", "name", "meta", "title", "tags", "constructor"];
const SUB_NAMES = ["value", "type", "primary", "givenName", "lastModified"];
const STRINGS = [
  "bjensen",
  "BJensen",
  "work",
  "WORK",
  "example.com",
  "2011-05-13T04:42:34Z",
  "2011-05-13T06:42:34+02:00",
  "2011-05-13",
  "2011-05-13T00:00:00.000Z",
  "2011-05-13T00:00",
  "",
  "b",
];

const genericValue: fc.Arbitrary<FilterValue> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...STRINGS) },
  { weight: 1, arbitrary: fc.integer({ min: -1, max: 3 }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
);

const genericPath: fc.Arbitrary<AttributePath> = fc
  .record({
    name: fc.constantFrom(...NAMES).chain(anyCase),
    sub: fc.option(fc.constantFrom(...SUB_NAMES).chain(anyCase), { nil: undefined, freq: 1 }),
    urn: fc.boolean(),
  })
  .map(({ name, sub, urn }) => {
    const schema = "urn:ietf:params:scim:schemas:core:2.0:User";
    const short = sub === undefined ? name : `${name}.${sub}`;
    const path: AttributePath = { path: urn ? `${schema}:${short}` : short, name };
    if (urn) path.schema = schema;
    if (sub !== undefined) path.subAttribute = sub;
    return path;
  });

const genericCompare: fc.Arbitrary<Filter> = fc
  .record({ attribute: genericPath, operator: fc.constantFrom<Operator>("pr", ...COMPARE_OPERATORS), value: genericValue })
  .map(({ attribute, operator, value }): Filter =>
    operator === "pr"
      ? { type: "present", attribute, span: NO_SPAN }
      : { type: "compare", attribute, operator: operator satisfies CompareOperator, value, span: NO_SPAN },
  );

const innerPath: fc.Arbitrary<AttributePath> = fc.constantFrom(...SUB_NAMES).chain(anyCase).map(attributePath);
const innerLeaf: fc.Arbitrary<Filter> = fc
  .record({ attribute: innerPath, operator: fc.constantFrom<Operator>("pr", ...COMPARE_OPERATORS), value: genericValue })
  .map(({ attribute, operator, value }): Filter =>
    operator === "pr" ? { type: "present", attribute, span: NO_SPAN } : { type: "compare", attribute, operator, value, span: NO_SPAN },
  );
const genericValuePath: fc.Arbitrary<Filter> = fc
  .record({ name: fc.constantFrom(...NAMES).chain(anyCase), filter: filterTree(innerLeaf, 1) })
  .map(({ name, filter }): Filter => ({ type: "valuePath", attribute: attributePath(name), filter, span: NO_SPAN }));

/** One condition over the generic attribute names: a comparison, a presence test or a value path. */
export const genericLeaf: fc.Arbitrary<Filter> = fc.oneof({ weight: 4, arbitrary: genericCompare }, { weight: 1, arbitrary: genericValuePath });

/**
 * Filters over common SCIM attribute names, any operator and any kind of value, value paths included;
 * half of them single conditions (deep random trees rarely match anybody).
 */
export const genericFilter: fc.Arbitrary<Filter> = fc.oneof(genericLeaf, filterTree(genericLeaf, 3));

const key = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NAMES, ...SUB_NAMES).chain(anyCase) },
  { weight: 1, arbitrary: fc.string({ maxLength: 3 }) },
);
const leafValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...STRINGS) },
  { weight: 1, arbitrary: fc.integer({ min: -1, max: 3 }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
);
const { node } = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leafValue,
    fc.array(tie("node"), { maxLength: 3 }),
    fc.dictionary(key, tie("node"), { maxKeys: 4 }),
  ),
}));

const complexValue = fc.record(
  { value: leafValue, type: fc.constantFrom("work", "WORK", "home"), primary: fc.boolean(), givenName: leafValue, lastModified: leafValue },
  { requiredKeys: [] },
);

/** Users with the generic attributes in plausible shapes (keys in any case), plus random JSON members. */
const structuredUser = fc
  .record(
    {
      userName: leafValue,
      id: leafValue,
      active: fc.oneof(fc.boolean(), leafValue),
      title: fc.oneof(leafValue, fc.array(leafValue, { maxLength: 2 })),
      emails: fc.oneof(fc.array(complexValue, { maxLength: 3 }), complexValue, leafValue),
      name: fc.oneof(complexValue, leafValue),
      meta: fc.oneof(complexValue, fc.array(complexValue, { maxLength: 2 })),
      tags: fc.array(fc.oneof(leafValue, fc.array(leafValue, { maxLength: 2 })), { maxLength: 3 }),
      // Read by URN-prefixed paths instead of the top-level members.
      "urn:ietf:params:scim:schemas:core:2.0:User": fc.record({ userName: leafValue, emails: fc.array(complexValue, { maxLength: 2 }) }, { requiredKeys: [] }),
    },
    { requiredKeys: [] },
  )
  .chain((user) =>
    fc.constantFrom<(name: string) => string>((name) => name, (name) => name.toUpperCase()).map((spell) =>
      Object.fromEntries(Object.entries(user).map(([name, value]) => [spell(name), value])),
    ),
  );

/** JSON users whose keys are mostly the generic attribute names in any case, nested arbitrarily. */
export const genericUser: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  { weight: 3, arbitrary: structuredUser },
  { weight: 1, arbitrary: fc.dictionary(key, node, { maxKeys: 6 }) },
);

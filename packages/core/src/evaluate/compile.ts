// compileFilter: a filter (AST or text) → a predicate over user objects, built once as closures so
// evaluating a user walks no AST: attributes are resolved, values parsed and lower-cased up front.
//
// Semantics (RFC 7644 §3.4.2.2 and the Staffbase filter docs; details in ../../EVALUATION.md):
// - Attributes resolve with resolveAttribute; a schema `read` says where the value lives, otherwise the
//   path is followed on the object (keys case-insensitive, through arrays). Unknown attributes and
//   compileFilter without a schema read the path and take the comparison type from the filter value.
// - Multi-valued: an operator matches when any value does; `ne` when no value is `eq` (no values: true).
//   A complex value compared directly stands for its `value` sub-attribute.
// - Strings case-insensitive unless `caseExact`; `dateTime` compares instants (parseFilterDate on both
//   sides); numbers and booleans as such. A comparison that cannot be made (wrong type, bad date)
//   matches nothing, for `ne` too. `eq null` means "not present", `ne null` "present" (RFC 7643 §2.5).
// - `pr`: not undefined, null, "", an empty array / node, or `{ value }` with a value not present.
// - Value paths match when one element satisfies the inner filter; `not` is plain negation.
// - The schema's implicit clauses (Staffbase: `staffbase.status eq "activated"`) are ANDed onto the
//   whole filter unless it mentions their attribute anywhere (applyImplicitClauses).
// - Staffbase user objects: see ../schema/staffbase-user.ts (legacy and v3 fields; filter-only facts
//   such as creationType, spaces, password and the deactivation time are filter-only fields a real API object lacks).
import type { CompareFilter, Filter } from "../ast.js";
import { parseFilter } from "../parse/parse.js";
import { checkSchema } from "../schema/check-schema.js";
import type { FilterSchema, UserRecord } from "../schema/types.js";
import { compileComparison } from "./comparison.js";
import { anyElement } from "./each-value.js";
import { applyImplicitClauses } from "./implicit.js";
import { isPresent } from "./present.js";
import { attributeReader } from "./read-values.js";
import { lookup } from "./scope.js";
import type { Scope } from "./scope.js";

/** A compiled filter. */
export type UserPredicate = (user: UserRecord) => boolean;

/** Internally predicates also run on value-path elements, which need not be objects. */
type Predicate = (record: unknown) => boolean;

const never: Predicate = () => false;

function compileCompare(filter: CompareFilter, scope: Scope): Predicate {
  const schema = lookup(filter.attribute, scope);
  return compileComparison(filter, schema, attributeReader(filter.attribute, schema)) ?? never;
}

function compileAll(filters: readonly Filter[], scope: Scope): Predicate[] {
  return filters.map((child) => compileNode(child, scope));
}

function compileNode(filter: Filter, scope: Scope): Predicate {
  switch (filter.type) {
    case "compare":
      return compileCompare(filter, scope);
    case "present": {
      const read = attributeReader(filter.attribute, lookup(filter.attribute, scope));
      return (record) => isPresent(read(record));
    }
    case "not": {
      const inner = compileNode(filter.filter, scope);
      return (record) => !inner(record);
    }
    case "and": {
      const parts = compileAll(filter.filters, scope);
      const [first, second] = parts;
      if (parts.length === 2 && first !== undefined && second !== undefined) return (record) => first(record) && second(record);
      return (record) => parts.every((part) => part(record));
    }
    case "or": {
      const parts = compileAll(filter.filters, scope);
      const [first, second] = parts;
      if (parts.length === 2 && first !== undefined && second !== undefined) return (record) => first(record) || second(record);
      return (record) => parts.some((part) => part(record));
    }
    case "valuePath": {
      const schema = lookup(filter.attribute, scope);
      const read = attributeReader(filter.attribute, schema);
      const inner = compileNode(filter.filter, { kind: "element", subAttributes: schema?.subAttributes });
      return (record) => anyElement(read(record), inner);
    }
  }
}

/**
 * Compiles a filter into a predicate over user objects. Text is parsed first (throws
 * FilterSyntaxError); with a schema its implicit clauses apply. Evaluating never throws on JSON data.
 */
export function compileFilter(filter: Filter | string, schema?: FilterSchema): UserPredicate {
  const tree = typeof filter === "string" ? parseFilter(filter) : filter;
  const effective = applyImplicitClauses(tree, checkSchema(schema));
  return compileNode(effective, { kind: "top", schema });
}

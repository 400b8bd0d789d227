// The clauses a server adds unless the filter mentions their attribute (Staffbase: status is activated).
import type { AttributePath, CompareFilter, Filter } from "../ast.js";
import { withoutSchemaUrn } from "../schema/resolve.js";
import type { FilterSchema, ImplicitClause } from "../schema/types.js";

const NO_SPAN = { start: 0, end: 0 };

/** The spellings under which a path mentions an attribute: as written and without its schema URN. */
function spellings(attribute: AttributePath, outer?: AttributePath): string[] {
  const names = [attribute.path.toLowerCase(), withoutSchemaUrn(attribute).toLowerCase()];
  // Inside `staffbase[status eq "x"]` the inner name is a sub-attribute: it mentions `staffbase.status`.
  if (outer !== undefined && outer.subAttribute === undefined && attribute.subAttribute === undefined && attribute.schema === undefined) {
    names.push(`${outer.name}.${attribute.name}`.toLowerCase());
  }
  return names;
}

/** Whether any attribute path in the filter (inside `not`, `or` and value paths too) is `target`. */
function mentions(filter: Filter, target: string, outer?: AttributePath): boolean {
  switch (filter.type) {
    case "compare":
    case "present":
      return spellings(filter.attribute, outer).includes(target);
    case "valuePath":
      return spellings(filter.attribute, outer).includes(target) || mentions(filter.filter, target, filter.attribute);
    case "not":
      return mentions(filter.filter, target, outer);
    case "and":
    case "or":
      return filter.filters.some((child) => mentions(child, target, outer));
  }
}

/** The schema's implicit clauses that apply to this filter: those whose attribute (or a suppressing one) it never mentions. */
export function implicitClausesFor(filter: Filter, schema: FilterSchema | undefined): ImplicitClause[] {
  return (schema?.implicit ?? []).filter(
    (clause) => ![clause.attribute, ...(clause.suppressedBy ?? [])].some((attribute) => mentions(filter, withoutSchemaUrn(attribute).toLowerCase())),
  );
}

/** An AttributePath for a clause's attribute text (`staffbase.status`, or with a schema URN prefix). */
function attributePath(text: string): AttributePath {
  const short = withoutSchemaUrn(text);
  const dot = short.indexOf(".");
  const path: AttributePath = { path: text, name: dot === -1 ? short : short.slice(0, dot) };
  if (short !== text) path.schema = text.slice(0, text.length - short.length - 1);
  if (dot !== -1) path.subAttribute = short.slice(dot + 1);
  return path;
}

/** The clause as a filter node. */
export function implicitClauseFilter(clause: ImplicitClause): CompareFilter {
  return { type: "compare", attribute: attributePath(clause.attribute), operator: clause.operator, value: clause.value, span: { ...NO_SPAN } };
}

/**
 * The filter the server effectively evaluates: the filter AND every implicit clause that applies
 * (appended to a top-level `and` chain, otherwise wrapping the filter). Returns the filter itself when
 * none applies; never changes its argument.
 */
export function applyImplicitClauses(filter: Filter, schema: FilterSchema | undefined): Filter {
  const clauses = implicitClausesFor(filter, schema);
  if (clauses.length === 0) return filter;
  const added = clauses.map(implicitClauseFilter);
  const operands = filter.type === "and" ? [...filter.filters, ...added] : [filter, ...added];
  return { type: "and", filters: operands, span: { ...filter.span } };
}

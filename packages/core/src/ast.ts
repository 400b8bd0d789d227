// The filter AST: plain, JSON-serializable data. Every node carries the offsets of the text it was
// parsed from, so editors can highlight it; nodes built by hand may use any span (formatFilter ignores it).

/** Offsets into the filter text: `start` inclusive, `end` exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** An attribute path such as `name.givenName` or `urn:…:enterprise:2.0:User:employeeNumber`. */
export interface AttributePath {
  /** The path exactly as written, schema URN included. */
  path: string;
  /** The schema URN prefix, without the colon that separates it from the name. */
  schema?: string;
  /** The attribute name, as written (SCIM names are case-insensitive). */
  name: string;
  subAttribute?: string;
}

export type CompareOperator = "eq" | "ne" | "co" | "sw" | "ew" | "gt" | "lt" | "ge" | "le";
export type Operator = CompareOperator | "pr";
export type LogicalOperator = "and" | "or";

/** A JSON value as allowed on the right of a comparison. */
export type FilterValue = string | number | boolean | null;

export interface CompareFilter {
  type: "compare";
  attribute: AttributePath;
  operator: CompareOperator;
  value: FilterValue;
  span: Span;
}

export interface PresentFilter {
  type: "present";
  attribute: AttributePath;
  span: Span;
}

export interface LogicalFilter {
  type: LogicalOperator;
  /** Two or more operands: an unparenthesized chain of one operator is one node. */
  filters: Filter[];
  span: Span;
}

export interface NotFilter {
  type: "not";
  filter: Filter;
  span: Span;
}

/** `emails[type eq "work"]`: the inner filter's attributes are sub-attributes of `attribute`. */
export interface ValuePathFilter {
  type: "valuePath";
  attribute: AttributePath;
  filter: Filter;
  span: Span;
}

export type Filter = CompareFilter | PresentFilter | LogicalFilter | NotFilter | ValuePathFilter;
export type FilterType = Filter["type"];

export const COMPARE_OPERATORS: readonly CompareOperator[] = ["eq", "ne", "co", "sw", "ew", "gt", "lt", "ge", "le"];
export const OPERATORS: readonly Operator[] = [...COMPARE_OPERATORS, "pr"];

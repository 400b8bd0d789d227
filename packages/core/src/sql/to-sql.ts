// toSql: a filter → a WHERE condition with placeholders, meaning exactly what compileFilter means under
// the schema (../../EVALUATION.md) for users stored as the mapping says. Values only ever travel as
// parameters. Every condition it writes is two-valued (never NULL), so NOT negates it exactly.
import type { AttributePath, Filter } from "../ast.js";
import { applyImplicitClauses } from "../evaluate/implicit.js";
import { parseFilter } from "../parse/parse.js";
import { withoutSchemaUrn } from "../schema/resolve.js";
import type { AttributeSchema, FilterSchema } from "../schema/types.js";
import { TranslationError, UnmappedAttributeError } from "../translate/errors.js";
import { assertExact } from "../translate/exactness.js";
import { locate } from "../translate/locate.js";
import type { ComparisonPlan, ValuePlan } from "../translate/plan.js";
import { planComparison } from "../translate/plan.js";
import type { StoredType } from "../translate/stored-type.js";
import type { Dialect } from "./dialect.js";
import { dialectOf } from "./dialect.js";
import type { SqlChildTable, SqlColumn, SqlDialect, SqlLocation, SqlMapping } from "./mapping.js";

export interface SqlOptions {
  dialect: SqlDialect;
  /** The schema whose types, case rules and implicit clauses apply (e.g. staffbaseUserSchema). */
  schema?: FilterSchema;
}

/** A WHERE condition (without the keyword) and its parameters, `$1…` (Postgres) or `?1…` (SQLite). */
export interface SqlQuery {
  sql: string;
  params: unknown[];
}

/**
 * What a condition can ask of an attribute's values, as SQL that is never NULL: whether some value passes
 * a test, whether none is equal (`ne`), whether one is present (`pr`), whether there is any value at all.
 */
interface Values {
  stored: StoredType;
  some: (test: (value: string) => string) => string;
  none: (test: (value: string) => string) => string;
  present: () => string;
  any: () => string;
}

interface Context {
  dialect: Dialect;
  mapping: SqlMapping;
  schema: FilterSchema | undefined;
  params: unknown[];
  aliases: number;
}


function quote(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}

function param(context: Context, value: unknown): string {
  context.params.push(value);
  return context.dialect.placeholder(context.params.length);
}

const LIMITS = { engine: "SQL" };

function testSql(context: Context, value: string, test: ValuePlan): string {
  const { dialect } = context;
  const bind = (bound: unknown) => param(context, bound);
  switch (test.type) {
    case "string": {
      const operand = test.fold ? dialect.fold(value) : value;
      if (test.operator === "co" || test.operator === "sw" || test.operator === "ew") return dialect.contains(operand, test.operator, test.value, bind);
      return `${operand} ${SQL_OPERATORS[test.operator]} ${bind(test.value)}${dialect.collate}`;
    }
    case "instant":
      return `${value} ${SQL_OPERATORS[test.operator]} ${bind(test.value)}${dialect.collate}`;
    case "number":
      return `${value} ${SQL_OPERATORS[test.operator]} ${bind(test.value)}`;
    case "boolean":
      return `${value} = ${bind(dialect.boolean(test.value))}`;
  }
}

const SQL_OPERATORS = { eq: "=", gt: ">", ge: ">=", lt: "<", le: "<=" } as const;

function presentSql(stored: StoredType, value: string): string {
  return stored === "string" || stored === "dateTime" ? `${value} <> ''` : "TRUE";
}

function planSql(context: Context, plan: ComparisonPlan, values: Values, attribute: string): string {
  switch (plan.kind) {
    case "never":
      return "FALSE";
    case "present":
      return plan.present ? values.present() : `(NOT ${values.present()})`;
    case "noValue":
      return `(NOT ${values.any()})`;
    case "any":
      assertExact(plan.test, attribute, LIMITS);
      return values.some((value) => testSql(context, value, plan.test));
    case "none":
      assertExact(plan.test, attribute, LIMITS);
      return values.none((value) => testSql(context, value, plan.test));
  }
}

/** Values read by `where(test)`, a condition over rows or one record, given the SQL of one value. */
function valuesOf(stored: StoredType, where: (test: (value: string) => string) => string): Values {
  return {
    stored,
    some: (test) => where((value) => `${value} IS NOT NULL AND ${test(value)}`),
    none: (test) => `(NOT ${where((value) => `${value} IS NOT NULL AND ${test(value)}`)})`,
    present: () => where((value) => `${value} IS NOT NULL AND ${presentSql(stored, value)}`),
    any: () => where((value) => `${value} IS NOT NULL`),
  };
}

/** One nullable value per record; the expression is written (and its parameters bound) only when used. */
function scalar(expression: () => string, stored: StoredType): Values {
  return valuesOf(stored, (test) => `(${test(expression())})`);
}

/** An attribute the element never has (inside a value path): nothing passes, `ne` holds, nothing is present. */
const ABSENT: Values = { stored: "string", some: () => "FALSE", none: () => "TRUE", present: () => "FALSE", any: () => "FALSE" };

function isChild(location: SqlLocation): location is SqlChildTable {
  return "table" in location;
}

function childRows(context: Context, child: SqlChildTable, where: (alias: string) => string): string {
  context.aliases += 1;
  const alias = quote(`scim_${context.aliases}`);
  const users = `${quote(context.mapping.table)}.${quote(context.mapping.id ?? "id")}`;
  return `EXISTS (SELECT 1 FROM ${quote(child.table)} AS ${alias} WHERE ${alias}.${quote(child.key)} = ${users} AND ${where(alias)})`;
}

/** The column of a child table's sub-attribute, by name (case-insensitive). */
function subColumn(child: SqlChildTable, name: string): SqlColumn | undefined {
  const lower = name.toLowerCase();
  return Object.entries(child.subAttributes ?? {}).find(([key]) => key.toLowerCase() === lower)?.[1];
}

/** The values of one column over a child table's rows. */
function rowValues(context: Context, child: SqlChildTable, column: SqlColumn): Values {
  return valuesOf(column.type, (test) => childRows(context, child, (alias) => test(`${alias}.${quote(column.column)}`)));
}

/** A child table's own values: its `column`, or the `value` sub-attribute of its elements. */
function simpleColumn(child: SqlChildTable): SqlColumn | undefined {
  return child.column !== undefined ? { column: child.column, type: child.type ?? "string" } : subColumn(child, "value");
}

/**
 * A child table's elements compared directly: their `value`. Elements without a `value` sub-attribute
 * compare with nothing (so `ne` holds only without elements) and are present when a member is.
 */
function elementValues(context: Context, child: SqlChildTable): Values {
  const column = simpleColumn(child);
  if (column !== undefined) return rowValues(context, child, column);
  const members = Object.values(child.subAttributes ?? {});
  const rows = childRows(context, child, () => "TRUE");
  const present = () =>
    members.length === 0
      ? "FALSE"
      : childRows(context, child, (alias) => `(${members.map(({ column, type }) => `(${alias}.${quote(column)} IS NOT NULL AND ${presentSql(type, `${alias}.${quote(column)}`)})`).join(" OR ")})`);
  return { stored: "string", some: () => "FALSE", none: () => `(NOT ${rows})`, present, any: () => rows };
}

function located(context: Context, attribute: AttributePath): { values: Values; schema: AttributeSchema | undefined; child?: SqlChildTable } {
  const found = locate(context.mapping, attribute, context.schema);
  const { dialect, mapping } = context;
  const table = quote(mapping.table);
  const bind = (value: unknown) => param(context, value);
  if (found.kind === "dynamic") {
    const { json, type } = found.dynamic;
    return { values: scalar(() => dialect.json(`${table}.${quote(json)}`, [found.key], type, bind), type), schema: found.schema };
  }
  const { location, sub, schema } = found;
  if (isChild(location)) {
    if (sub === undefined) return { values: elementValues(context, location), schema, child: location };
    const column = subColumn(location, sub);
    if (column === undefined) throw new UnmappedAttributeError(attribute.path);
    return { values: rowValues(context, location, column), schema };
  }
  if (sub !== undefined) throw new UnmappedAttributeError(attribute.path);
  if ("json" in location) return { values: scalar(() => dialect.json(`${table}.${quote(location.json)}`, location.path, location.type, bind), location.type), schema };
  return { values: scalar(() => `${table}.${quote(location.column)}`, location.type), schema };
}

/** Inside a value path: one element, a row of `child` under `alias`. */
interface Element {
  child: SqlChildTable;
  alias: string;
  /** The attribute's schema, for its sub-attributes' types. */
  schema: AttributeSchema | undefined;
  path: string;
}

function elementAttribute(context: Context, element: Element, attribute: AttributePath): { values: Values; schema: AttributeSchema | undefined } {
  const name = withoutSchemaUrn(attribute);
  const lower = name.toLowerCase();
  const schema = element.schema?.subAttributes?.find((sub) => sub.path.toLowerCase() === lower);
  const { child, alias } = element;
  const simple = child.column;
  if (simple !== undefined) {
    // A simple value is the element `{ value }`: other names read nothing.
    if (lower !== "value") return { values: ABSENT, schema };
    return { values: scalar(() => `${alias}.${quote(simple)}`, child.type ?? "string"), schema };
  }
  const column = attribute.subAttribute === undefined ? subColumn(child, name) : undefined;
  if (column === undefined) throw new UnmappedAttributeError(`${element.path}.${name}`);
  return { values: scalar(() => `${alias}.${quote(column.column)}`, column.type), schema };
}

function compileNode(context: Context, filter: Filter, element: Element | undefined): string {
  switch (filter.type) {
    case "compare":
    case "present": {
      const { values, schema } = element === undefined ? located(context, filter.attribute) : elementAttribute(context, element, filter.attribute);
      const plan: ComparisonPlan = filter.type === "present" ? { kind: "present", present: true } : planComparison(filter, schema, values.stored);
      return planSql(context, plan, values, filter.attribute.path);
    }
    case "not":
      return `(NOT ${compileNode(context, filter.filter, element)})`;
    case "and":
    case "or":
      return `(${filter.filters.map((child) => compileNode(context, child, element)).join(filter.type === "and" ? " AND " : " OR ")})`;
    case "valuePath": {
      if (element !== undefined) throw new TranslationError("unsupported", `A value path inside a value path: ${filter.attribute.path}`, filter.attribute.path);
      const found = located(context, filter.attribute);
      if (found.child === undefined) {
        throw new TranslationError("unsupported", `${filter.attribute.path}[…] needs a multi-valued attribute mapped to a child table`, filter.attribute.path);
      }
      const child = found.child;
      return childRows(context, child, (alias) => {
        const inner = compileNode(context, filter.filter, { child, alias, schema: found.schema, path: filter.attribute.path });
        // Simple values: a NULL row is no element.
        return child.column === undefined ? inner : `${alias}.${quote(child.column)} IS NOT NULL AND ${inner}`;
      });
    }
  }
}

/**
 * Translates a filter into a SQL condition for the users table of `mapping`, meaning exactly what
 * `compileFilter(filter, options.schema)` means for the users the rows stand for. Throws
 * FilterSyntaxError for bad text, UnmappedAttributeError for an attribute the mapping does not place,
 * and TranslationError where the engine cannot answer exactly as the evaluator does.
 */
export function toSql(filter: Filter | string, mapping: SqlMapping, options: SqlOptions): SqlQuery {
  const tree = typeof filter === "string" ? parseFilter(filter) : filter;
  const context: Context = { dialect: dialectOf(options.dialect), mapping, schema: options.schema, params: [], aliases: 0 };
  const sql = compileNode(context, applyImplicitClauses(tree, options.schema), undefined);
  return { sql, params: context.params };
}
